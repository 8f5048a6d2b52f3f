// The reader: the seed article's structure, the article list, deep links and 404.
import { test, expect } from './fixtures.js';
import { open, SEED, HELP, followInAppLink, serveData, watchConsole, holdRequests, reopen } from './helpers.js';

test('the seed article has the structure of the page it replaces', async ({ page }) => {
  const problems = watchConsole(page);
  await open(page, SEED);
  await expect(page).toHaveTitle('抓党建促振兴的乌兰陶勒盖实践 - 鄂尔多斯市党建网');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  // Landmarks: one banner, one main holding the article, one contentinfo.
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  const article = page.getByRole('main').getByRole('article');
  await expect(article).toHaveCount(1);
  await expect(page.getByRole('banner').getByRole('link', { name: '鄂尔多斯市党建网' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: '全国党建网站联盟' })).toBeVisible();

  // One h1, the title; the meta line with 来源 and 发布时间 as a machine-readable <time>.
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('抓党建促振兴的乌兰陶勒盖实践');
  await expect(article).toContainText('来源：《鄂尔多斯日报》');
  const time = article.locator('time');
  await expect(time).toHaveAttribute('datetime', '2023-09-06T07:28:00+08:00');
  await expect(time).toHaveText('2023-09-06 07:28');
  await expect(article).toContainText('约 7 分钟读完');

  // The lead, the five section headings in order, every paragraph of the seed.
  await expect(article.locator('.article-body h2')).toHaveText([
    '育强“组织力” 筑牢乡村振兴“桥头堡”',
    '擎起“产业旗” 打造乡村振兴“金钥匙”',
    '汇聚“人才力” 组建乡村振兴“智慧库”',
    '走好“文化路” 释放乡村振兴“新力量”',
    '做好“生态题” 答出乡村振兴“高分卷”',
  ]);
  const paragraphs = article.locator('.article-body p');
  await expect(paragraphs).toHaveCount(12);
  await expect(paragraphs.first()).toHaveText(/^百舸争流,奋楫者先。/);
  await expect(paragraphs.last()).toHaveText(/乌兰陶勒盖实践画卷。$/);

  // The Chinese two-character first-line indent.
  const indent = await paragraphs.first().evaluate((p) => {
    const s = getComputedStyle(p);
    return parseFloat(s.textIndent) / parseFloat(s.fontSize);
  });
  expect(indent).toBe(2);

  // The footer keeps the source page's entries, none of them a dead link.
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('heading', { name: '党网联盟' })).toBeVisible();
  await expect(footer.getByRole('button', { name: '无障碍浏览' })).toBeVisible();
  await expect(footer.getByRole('button', { name: '长者模式' })).toBeVisible();
  await expect(footer).toContainText('手机端');
  for (const href of await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href, 'no empty or script links').toMatch(/^(https?:\/\/|\/|#.)/);
    // A link within the page goes to something on it.
    if (href.startsWith('#')) expect(await page.locator(`[id="${href.slice(1)}"]`).count(), href).toBe(1);
  }
  expect(problems).toEqual([]);
});

test('the page language comes from the data', async ({ page }) => {
  await serveData(page, '/data/site.json', { name: '測試站', lang: 'zh-Hant-TW' });
  await serveData(page, '/data/articles/wulantaolegai-practice.json', {
    id: 'wulantaolegai-practice', title: 'A title', source: 'S', lang: 'en', published: '2023-09-06T07:28:00+08:00',
    body: [{ type: 'paragraph', text: 'Hello.' }],
  });
  await open(page, SEED);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-TW');
  await expect(page.getByRole('article')).toHaveAttribute('lang', 'en');
});

test('the page is never blank: before the app has started, an article or the list shows its text, other pages a message', async ({ page }) => {
  await page.route('**/*.wasm', () => {});
  await page.goto(SEED);
  // The pre-rendered page: the article itself, with its headings, in the app's own markup.
  await expect(page.locator('h1')).toHaveText('抓党建促振兴的乌兰陶勒盖实践');
  await expect(page.locator('.article-body p')).toHaveCount(12);
  await expect(page.getByRole('link', { name: '跳到正文' })).toHaveAttribute('href', '#main');
  await expect(page).toHaveTitle(/^抓党建促振兴的乌兰陶勒盖实践/);
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('文章列表');
  await expect(page.getByRole('link', { name: '抓党建促振兴的乌兰陶勒盖实践' })).toHaveAttribute('href', SEED);
  await page.goto('/some/where');
  await expect(page.getByText('正在加载，请稍候……')).toBeVisible();
});

test('the app takes over a pre-rendered article without changing what is on screen', async ({ page }) => {
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  await expect(page.locator('h1')).toBeVisible();
  const box = (selector) => page.locator(selector).first().evaluate((e) => JSON.stringify(e.getBoundingClientRect()));
  const before = { h1: await box('h1'), p: await box('.article-body p'), last: await box('.article-body p:last-child') };
  release();
  await expect(page.locator('#prerendered')).toHaveCount(0);
  expect({ h1: await box('h1'), p: await box('.article-body p'), last: await box('.article-body p:last-child') }).toEqual(before);
  await page.getByRole('button', { name: '大', exact: true }).click({ delay: 50 });
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '130');
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('#main')).toHaveCount(1);
});

test('keyboard focus in the pre-rendered page stays on the same control when the app takes over', async ({ page }) => {
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  await page.locator('#prerendered').getByRole('button', { name: '放大字号' }).focus();
  release();
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '放大字号' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '110');
});

test('with the 无障碍 toolbar stored open, focus after it stays on the same control when the app takes over', async ({ page }) => {
  // The copy shows its toolbar (the settings script's mark) and the app opens its own: a
  // control after it must still be the one focused.
  await page.addInitScript(() => localStorage.setItem('changyue.tools.v1', JSON.stringify({ open: true })));
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  const enlarge = (root) => root.getByRole('button', { name: '放大二维码 北疆先锋订阅' });
  await enlarge(page.locator('#prerendered')).focus();
  release();
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.getByRole('toolbar').first()).toBeVisible();
  await expect(enlarge(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: '北疆先锋订阅' })).toBeVisible();
});

test('focus on a control after the toolbar the pre-rendered page carries hidden stays on the same control', async ({ page }) => {
  // The copy has the toolbar's buttons (hidden: this reader has not opened it); the app has
  // none, so every control after them is at another place among all controls.
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  await expect(page.locator('#prerendered #barrier-free button')).not.toHaveCount(0);
  const enlarge = (root) => root.getByRole('button', { name: '放大二维码 北疆先锋订阅' });
  await enlarge(page.locator('#prerendered')).focus();
  release();
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.locator('#barrier-free')).toHaveCount(0);
  await expect(enlarge(page)).toBeFocused();
});

test('with the 无障碍 toolbar stored open, focus on the text (跳到正文 before the app started) stays on it', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('changyue.tools.v1', JSON.stringify({ open: true })));
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  await page.keyboard.press('Tab');
  await expect(page.locator('#prerendered').getByRole('link', { name: '跳到正文' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#prerendered main')).toBeFocused();
  release();
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.getByRole('toolbar').first()).toBeVisible();
  await expect(page.locator('main')).toBeFocused();
});

test('a network failure on a pre-rendered article keeps the text and the app takes over once it can', async ({ page }) => {
  await page.route('**/data/articles/wulantaolegai-practice.json', (route) => route.abort('internetdisconnected'));
  const failed = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/wulantaolegai-practice.json'));
  await page.goto(SEED);
  await expect(page.locator('html')).toHaveAttribute('data-taking-over', '');
  // Past the app's first failed attempt (and two frames for it to show anything), the reader
  // still sees the article, not an error.
  await failed;
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(page.getByText('网络连接失败').filter({ visible: true })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('抓党建促振兴的乌兰陶勒盖实践');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.unroute('**/data/articles/wulantaolegai-practice.json');
  await expect(page.locator('#prerendered')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator('h1')).toHaveText('抓党建促振兴的乌兰陶勒盖实践');
  await expect(page.locator('.article-body p')).toHaveCount(12);
});

test('leaving a pre-rendered article before the app has it shows the app page that was asked for', async ({ page }) => {
  await page.route('**/data/articles/wulantaolegai-practice.json', () => {}); // never answers
  await page.goto(SEED);
  await expect(page.locator('html')).toHaveAttribute('data-taking-over', '');
  await page.locator('#prerendered').getByRole('link', { name: '鄂尔多斯市党建网' }).click({ delay: 50 });
  await expect(page.locator('h1')).toHaveText('文章列表');
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-taking-over');
});

test('the help article shows every block type', async ({ page }) => {
  await open(page, HELP);
  const article = page.getByRole('article');
  await expect(article.getByRole('img', { name: '页面顶部的字号按钮：大、中、小、缩小、放大' })).toBeVisible();
  await expect(article.locator('figure figcaption')).toHaveText('字号按钮在每个页面的顶部');
  await expect(article.locator('blockquote')).toContainText('看得清、点得准、听得懂');
  await expect(article.locator('.article-body ol > li')).toHaveCount(3);
  await expect(article.locator('ul > li')).toHaveCount(3);
  await expect(article).toContainText('作者：畅阅编辑部');
});

test('the home page lists the articles newest first and links to them', async ({ page }) => {
  await open(page, '/');
  await expect(page).toHaveTitle('鄂尔多斯市党建网');
  await expect(page.locator('h1')).toHaveText('文章列表');
  const titles = page.locator('.article-list h2');
  await expect(titles).toHaveText(['抓党建促振兴的乌兰陶勒盖实践', '使用帮助：怎样用畅阅读文章']);
  await expect(page.locator('.article-list time').first()).toHaveAttribute('datetime', '2023-09-06T07:28:00+08:00');
  // On the first load focus stays where the browser puts it.
  await expect(page.locator('h1')).not.toBeFocused();
  await page.getByRole('link', { name: '使用帮助：怎样用畅阅读文章' }).click({ delay: 50 });
  await expect(page).toHaveURL(HELP);
  await expect(page.locator('h1')).toHaveText('使用帮助：怎样用畅阅读文章');
  // After an in-app navigation focus moves to the new page's heading, as a page load would.
  await expect(page.locator('h1')).toBeFocused();
  await expect(page).toHaveTitle('使用帮助：怎样用畅阅读文章 - 鄂尔多斯市党建网');
  await page.goBack();
  await expect(page.locator('h1')).toHaveText('文章列表');
  // Back, focus is on the entry the reader opened, as they left it.
  await expect(page.getByRole('link', { name: '使用帮助：怎样用畅阅读文章' })).toBeFocused();
});

test('following a link from one article to another shows loading, then the new one with its title focused', async ({ page }) => {
  const release = await holdRequests(page, '**/data/articles/how-to-use.json');
  await open(page, SEED);
  await followInAppLink(page, HELP);
  // The old article is not left on screen under the new address.
  await expect(page.getByRole('main')).toContainText('正在加载，请稍候……');
  await expect(page.getByRole('main')).not.toContainText('乌兰陶勒盖');
  release();
  await expect(page.locator('h1')).toHaveText('使用帮助：怎样用畅阅读文章');
  await expect(page.locator('h1')).toBeFocused();
  await expect(page).toHaveTitle('使用帮助：怎样用畅阅读文章 - 鄂尔多斯市党建网');
});

test('focus moves to the 404 heading after following a link to a missing article', async ({ page }) => {
  await open(page, '/');
  await followInAppLink(page, '/article/gone');
  await expect(page.locator('h1')).toHaveText('找不到这篇文章');
  await expect(page.locator('h1')).toBeFocused();
});

test('a deep link survives a reload', async ({ page }) => {
  await open(page, SEED);
  await reopen(page);
  await expect(page.locator('h1')).toHaveText('抓党建促振兴的乌兰陶勒盖实践');
});

// The data files each 404 may ask for: an id outside the contract never becomes a request
// (a browser would quietly normalise `/data/articles/../site.json` to another real file).
for (const [path, title, dataRequests] of [
  ['/article/no-such-article', '找不到这篇文章', ['/data/articles/no-such-article.json', '/data/site.json']],
  ['/article/..%2Fsite', '找不到这篇文章', ['/data/site.json']],
  ['/article/UPPER', '找不到这篇文章', ['/data/site.json']],
  ['/no/such/page', '找不到这个页面', ['/data/site.json']],
]) {
  test(`${path} gives a 404 page with a way home`, async ({ page }) => {
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await open(page, path);
    await expect(page.locator('h1')).toHaveText(title);
    await expect(page).toHaveTitle(new RegExp(`^${title}`));
    expect(requests.filter((p) => p.startsWith('/data/')).sort()).toEqual(dataRequests);
    await page.getByRole('link', { name: '返回文章列表' }).click({ delay: 50 });
    await expect(page.locator('h1')).toHaveText('文章列表');
  });
}

test('the skip link is the first Tab stop and moves focus into the main content', async ({ page }) => {
  await open(page, SEED);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab goes on from the main content, not back to the banner.
  await page.keyboard.press('Tab');
  const inFooterOrMain = await page.evaluate(() => !!document.activeElement.closest('main, footer'));
  expect(inFooterOrMain).toBe(true);
});
