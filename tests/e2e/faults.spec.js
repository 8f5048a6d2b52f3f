// Faults and hostile input, end to end: a network that never answers, data that changes between
// the list and the article, a full localStorage, an oversized file, hostile site and list data.
import { test, expect } from './fixtures.js';
import { open, SEED, serveData, serveList, fontSize, watchConsole, countDialogs } from './helpers.js';

test('a request that never answers shows 正在加载, then after 20 s an error with 重试', async ({ page }) => {
  await page.clock.install();
  let answer = null;
  await page.route('**/data/articles/wulantaolegai-practice.json', (route) => {
    answer ??= route; // held: the first request never gets an answer
    if (answer !== route) route.continue();
  });
  // From the list, so the app loads it (a direct visit gets the pre-rendered page at once).
  await open(page, '/');
  await page.getByRole('link', { name: '抓党建促振兴的乌兰陶勒盖实践' }).click({ delay: 50 });
  const main = page.getByRole('main');
  await expect(main).toContainText('正在加载，请稍候……');
  await page.clock.runFor(19_000);
  await expect(main).toContainText('正在加载，请稍候……');
  await page.clock.runFor(2_000);
  await expect(main).toContainText('网络太慢，等了 20 秒仍没有加载出来');
  await main.getByRole('button', { name: '重试' }).click({ delay: 50 });
  await expect(page.locator('h1')).toHaveText('抓党建促振兴的乌兰陶勒盖实践');
});

test('an article in the list whose file has gone gives the article 404, and the list is one step away', async ({ page }) => {
  await serveList(page, [{ id: 'withdrawn', title: '已撤下的文章', source: '来源', published: '2024-05-01T08:00:00+08:00' }]);
  await page.route('**/data/articles/withdrawn.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await open(page, '/');
  await page.getByRole('link', { name: '已撤下的文章' }).click({ delay: 50 });
  await expect(page.locator('h1')).toHaveText('找不到这篇文章');
  await expect(page.locator('h1')).toBeFocused();
  await page.getByRole('link', { name: '返回文章列表' }).click({ delay: 50 });
  await expect(page.getByRole('link', { name: '已撤下的文章' })).toBeVisible();
});

test('an article edited since the list was made shows its own, newer title', async ({ page }) => {
  await serveList(page, [{ id: 'wulantaolegai-practice', title: '旧标题', source: '来源', published: '2023-09-06T07:28:00+08:00' }]);
  await open(page, '/');
  await page.getByRole('link', { name: '旧标题' }).click({ delay: 50 });
  await expect(page.locator('h1')).toHaveText('抓党建促振兴的乌兰陶勒盖实践');
  await expect(page).toHaveTitle(/^抓党建促振兴的乌兰陶勒盖实践/);
});

test('a full localStorage: settings still apply for the visit and nothing breaks', async ({ page }) => {
  const problems = watchConsole(page);
  await open(page, SEED);
  // Fill the real quota, as other pages of the same site might have.
  const filled = await page.evaluate(() => {
    localStorage.clear();
    // Big pieces first, then ever smaller ones, until not one more character fits.
    let i = 0;
    let error = null;
    for (let size = 1024 * 1024; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        try {
          localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
        } catch (e) {
          error = e.name;
          break;
        }
      }
    }
    return { error };
  });
  expect(filled.error).toBe('QuotaExceededError');
  await page.getByRole('button', { name: '大', exact: true }).click({ delay: 50 });
  expect(await fontSize(page, '.article-body p')).toBe(26);
  await expect(page.getByRole('status')).toHaveText('字号已调整为 大');
  await page.getByRole('banner').getByRole('button', { name: '长者模式' }).click({ delay: 50 });
  expect(await fontSize(page, '.article-body p')).toBe(31.2);
  expect(await page.evaluate(() => localStorage.getItem('changyue.settings.v1'))).toBeNull();
  expect(problems).toEqual([]);
});

test('an article file whose id is not its name is a data error, not an endless wait', async ({ page }) => {
  await open(page, '/');
  await serveData(page, '/data/articles/wulantaolegai-practice.json', {
    id: 'another-article', title: '标题', source: '来源', published: '2023-09-06T07:28:00+08:00', body: [],
  });
  await page.getByRole('link', { name: '抓党建促振兴的乌兰陶勒盖实践' }).click({ delay: 50 });
  await expect(page.getByRole('main')).toContainText('数据文件中文章的“编号（id）”不符合要求，无法显示。');
});

test('an oversized article gets a clear message, not a hang', async ({ page }) => {
  const paragraph = '字'.repeat(1000);
  const body = Array.from({ length: 1200 }, () => ({ type: 'paragraph', text: paragraph }));
  await serveData(page, '/data/articles/wulantaolegai-practice.json', {
    id: 'wulantaolegai-practice', title: '很长', source: '来源', published: '2023-09-06T07:28:00+08:00', body,
  });
  await page.goto(SEED);
  await expect(page.getByRole('main')).toContainText('数据文件太大（3.4 MB，上限 2.0 MB），无法显示。');
  await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
});

test('hostile site names, channels and list entries stay text, and bad links are refused', async ({ page }) => {
  const problems = watchConsole(page);
  const dialogs = countDialogs(page);
  const evil = '<img src=x onerror="alert(1)"><b>粗</b><script>alert(2)</script>';
  await serveData(page, '/data/site.json', {
    name: '站点',
    channels: [
      { id: 'evil-name', kind: 'wechat', name: evil, url: 'https://example.org/a', account: evil, description: evil },
      { id: 'js-url', kind: 'weibo', name: '脚本链接', url: 'javascript:alert(3)' },
      { id: 'data-url', kind: 'app', name: '数据链接', url: 'data:text/html,<script>alert(4)</script>' },
      { id: 'at-url', kind: 'web', name: '冒充链接', url: 'https://www.gov.cn@evil.example/' },
    ],
  });
  await serveList(page, [{ id: 'wulantaolegai-practice', title: evil, source: evil, published: '2023-09-06T07:28:00+08:00', summary: evil }]);
  await open(page, '/');
  await expect(page.getByRole('link', { name: evil, exact: true })).toBeVisible();
  const panel = page.getByRole('region', { name: '两微一端' });
  await expect(panel.getByRole('heading', { name: evil })).toBeVisible();
  await expect(panel.getByRole('img', { name: `${evil}（微信公众号）二维码` })).toBeVisible();
  await expect(page.locator('body b, body script, img[src="x"]')).toHaveCount(0);
  for (const name of ['脚本链接', '数据链接', '冒充链接']) {
    const card = page.locator('.channel', { has: page.getByRole('heading', { name }) });
    await expect(card).toContainText('暂无可用的链接和二维码');
    await expect(card.getByRole('link')).toHaveCount(0);
  }
  const hrefs = await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of hrefs) {
    expect(href).toMatch(/^(https?:\/\/[^@/]+\/|\/|#.)/);
    if (href.startsWith('#')) expect(await page.locator(`[id="${href.slice(1)}"]`).count(), href).toBe(1);
  }
  expect(dialogs.count).toBe(0);
  expect(problems).toEqual([]);
});
