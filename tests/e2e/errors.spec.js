// Bad input and faults: a clear Chinese message and 重试, never a blank page or a panic.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.js';
import { open, openSeedFromList, SEED, serveData, watchConsole, holdRequests, countDialogs } from './helpers.js';

const ARTICLE_JSON = `**/data/articles/wulantaolegai-practice.json`;

test('a network failure says so and 重试 loads the article once the network is back', async ({ page }) => {
  const problems = watchConsole(page);
  await page.route(ARTICLE_JSON, (route) => route.abort('internetdisconnected'));
  await openSeedFromList(page);
  await expect(page.locator('h1')).toHaveText('内容没有加载出来');
  await expect(page.getByRole('main')).toContainText('网络连接失败，请检查网络后点“重试”。');
  await expect(page.getByRole('status')).toContainText('网络连接失败');
  await page.unroute(ARTICLE_JSON);
  await page.getByRole('button', { name: '重试' }).click({ delay: 50 });
  await expect(page.locator('h1')).toHaveText('抓党建促振兴的乌兰陶勒盖实践');
  expect(problems).toEqual([]);
});

test('a server error gives its code and a retry', async ({ page }) => {
  await serveData(page, '/data/articles/wulantaolegai-practice.json', 'oops', 503);
  await openSeedFromList(page);
  await expect(page.getByRole('main')).toContainText('错误代码 503');
  await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
});

test('broken JSON names the line and column', async ({ page }) => {
  const problems = watchConsole(page);
  await serveData(page, '/data/articles/wulantaolegai-practice.json', '{\n  "id": "wulantaolegai-practice",\n  "title": ');
  await open(page, SEED);
  await expect(page.getByRole('main')).toContainText('数据文件格式已损坏（第 3 行第 11 列），无法显示。');
  await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a missing required field is named in Chinese', async ({ page }) => {
  await serveData(page, '/data/articles/wulantaolegai-practice.json', {
    id: 'wulantaolegai-practice', source: '《鄂尔多斯日报》', published: '2023-09-06T07:28:00+08:00', body: [],
  });
  await open(page, SEED);
  await expect(page.getByRole('main')).toContainText('数据文件中文章缺少“标题（title）”，无法显示。');
});

test('a value of the wrong type is reported, not a panic', async ({ page }) => {
  const problems = watchConsole(page);
  await serveData(page, '/data/articles/wulantaolegai-practice.json', {
    id: 'wulantaolegai-practice', title: 42, source: 's', published: '2023-09-06T07:28:00+08:00', body: [],
  });
  await open(page, SEED);
  await expect(page.getByRole('main')).toContainText('数据文件中有内容类型不对');
  expect(problems).toEqual([]);
});

test('a broken article list has its own message and retry', async ({ page }) => {
  await serveData(page, '/data/articles/page/1.json', { page: 1, pages: 1, total: 1, articles: [{ id: 'x', title: 't', source: 's' }] });
  await open(page, '/');
  await expect(page.getByRole('main')).toContainText('数据文件中文章列表第 1 项缺少“发布时间（published）”');
  await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
});

test('when site.json fails the article is still readable and the banner offers a retry', async ({ page }) => {
  await page.route('**/data/site.json', (route) => route.abort('failed'));
  await open(page, SEED);
  await expect(page.locator('h1')).toHaveText('抓党建促振兴的乌兰陶勒盖实践');
  const banner = page.getByRole('banner');
  await expect(banner).toContainText('站点信息没有加载出来，文章仍可阅读。');
  await expect(banner.getByRole('link', { name: '畅阅' })).toBeVisible();
  await page.unroute('**/data/site.json');
  await banner.getByRole('button', { name: '重试' }).click({ delay: 50 });
  await expect(banner.getByRole('link', { name: '鄂尔多斯市党建网' })).toBeVisible();
  await expect(banner.getByRole('link', { name: '鄂尔多斯市党建网' })).toBeFocused();
  await expect(banner).not.toContainText('站点信息没有加载出来');
});

test('an unknown block type is skipped with a console warning and the rest still shows', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await serveData(page, '/data/articles/wulantaolegai-practice.json', {
    id: 'wulantaolegai-practice', title: '标题', source: '来源', published: '2023-09-06T07:28:00+08:00',
    body: [
      { type: 'paragraph', text: '第一段' },
      { type: 'video', src: '/v.mp4' },
      { type: 'paragraph', text: '第二段' },
    ],
  });
  await open(page, SEED);
  await expect(page.locator('.article-body p')).toHaveText(['第一段', '第二段']);
  expect(warnings.some((w) => w.includes('video'))).toBe(true);
});

/** The seed article with `evil` in every text field and block, and an image with a script URL. */
function hostileArticle(evil) {
  return {
    id: 'wulantaolegai-practice', title: evil, source: evil, author: evil, published: '2023-09-06T07:28:00+08:00',
    body: [
      { type: 'paragraph', text: evil },
      { type: 'heading', text: evil },
      { type: 'quote', text: evil },
      { type: 'list', items: [evil] },
      { type: 'image', src: '/data/images/font-size-controls.svg', alt: evil, caption: evil },
      { type: 'image', src: 'javascript:alert(4)', alt: evil },
    ],
  };
}

test('hostile text is shown as text and never runs', async ({ page }) => {
  const problems = watchConsole(page);
  const dialogs = countDialogs(page);
  const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  await serveData(page, '/data/site.json', {
    name: `站点${evil}`, links: [{ label: evil, url: 'javascript:alert(3)' }, { label: '好链接', url: '/' }],
  });
  await serveData(page, '/data/articles/wulantaolegai-practice.json', hostileArticle(evil));
  await open(page, SEED);
  await expect(page.locator('h1')).toHaveText(evil);
  await expect(page.locator('.article-body p').first()).toHaveText(evil);
  await expect(page.locator('.site-name')).toHaveText(`站点${evil}`);
  await expect(page.locator('body script, body iframe, body object')).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // The javascript: link was refused; the good one stays.
  await expect(page.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('link', { name: '好链接' })).toBeVisible();
  // Whatever the page loads has loaded (an image's error handler would have run by now).
  await page.waitForLoadState('networkidle');
  expect(dialogs.count).toBe(0);
  expect(problems).toEqual([]);
});

// The same hostile data, rendered natively by the build (`changyue render`, as scripts/build.sh
// runs it) into a copy of dist/: the pre-rendered page shows it as text before any wasm.
test('hostile text in a pre-rendered page is text and never runs', async ({ page }) => {
  const dialogs = countDialogs(page);
  const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  const dist = mkdtempSync(join(tmpdir(), 'changyue-hostile-'));
  cpSync(fileURLToPath(new URL('../../dist/index.html', import.meta.url)), join(dist, 'index.html'));
  mkdirSync(join(dist, 'data/articles'), { recursive: true });
  const site = { name: `站点${evil}`, lang: `zh-CN"><script>alert(5)</script>`, links: [{ label: evil, url: 'javascript:alert(3)' }], channels: [] };
  writeFileSync(join(dist, 'data/site.json'), JSON.stringify(site));
  const article = { ...hostileArticle(evil), title: `</title>${evil}` };
  writeFileSync(join(dist, 'data/articles/wulantaolegai-practice.json'), JSON.stringify(article));
  writeFileSync(join(dist, 'data/articles/index.json'), JSON.stringify({ articles: [{ id: article.id, title: 't', source: 's', published: article.published }] }));
  execFileSync(fileURLToPath(new URL('../../target/release/changyue', import.meta.url)), ['render', dist], { stdio: 'pipe' });
  const html = readFileSync(join(dist, 'article/wulantaolegai-practice.html'), 'utf8');
  rmSync(dist, { recursive: true });

  // Without the app (its wasm never arrives) and without the host's CSP: only the escaping holds.
  await page.route('**/*.wasm', () => {});
  await page.route('**/article/wulantaolegai-practice', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(SEED);
  await expect(page.locator('#prerendered h1')).toHaveText(`</title>${evil}`);
  await expect(page).toHaveTitle(`</title>${evil} - 站点${evil}`);
  await expect(page.locator('#prerendered .article-body p').first()).toHaveText(evil);
  await expect(page.locator('#prerendered .site-name')).toHaveText(`站点${evil}`);
  await expect(page.locator('body script, body iframe, body object')).toHaveCount(0);
  await expect(page.locator('img[src="x"], [href^="javascript"], [src^="javascript"]')).toHaveCount(0);
  // The hostile language is refused by core's rules, not written into <html lang>.
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  // A positive end: the page is fully loaded, so an injected handler would have fired by now.
  await page.evaluate(() => new Promise((done) => (document.readyState === 'complete' ? done() : addEventListener('load', done))));
  expect(dialogs.count).toBe(0);
});

test('an image with a refused URL is left out and the rest shows', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await serveData(page, '/data/articles/wulantaolegai-practice.json', {
    id: 'wulantaolegai-practice', title: '标题', source: '来源', published: '2023-09-06T07:28:00+08:00',
    body: [
      { type: 'image', src: 'javascript:alert(1)', alt: '图' },
      { type: 'image', src: 'https://www.gov.cn@evil.example/a.png', alt: '图' },
      { type: 'paragraph', text: '正文' },
    ],
  });
  await open(page, SEED);
  await expect(page.locator('.article-body p')).toHaveText(['正文']);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(warnings.filter((w) => w.includes('refused src'))).toHaveLength(2);
});

test('while the article is on its way, the reader sees that it is loading', async ({ page }) => {
  const release = await holdRequests(page, ARTICLE_JSON);
  // From the list, so the app loads it (a direct visit gets the pre-rendered page at once).
  await open(page, '/');
  await page.getByRole('link', { name: '抓党建促振兴的乌兰陶勒盖实践' }).click({ delay: 50 });
  await expect(page.getByRole('main')).toContainText('正在加载，请稍候……');
  release();
  await expect(page.locator('h1')).toHaveText('抓党建促振兴的乌兰陶勒盖实践');
});

test('重试 shows that it is working, then moves focus to what it brought', async ({ page }) => {
  let release;
  const held = new Promise((r) => (release = r));
  let attempts = 0;
  await page.route(ARTICLE_JSON, async (route) => {
    attempts++;
    if (attempts === 1) return route.abort('failed');
    if (attempts === 2) {
      await held;
      return route.abort('failed');
    }
    return route.continue();
  });
  await openSeedFromList(page);
  const retry = page.getByRole('button', { name: '重试' });
  await retry.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '正在重试……' })).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  release();
  // The second attempt failed too: focus is on the message's heading, not lost.
  await expect(page.locator('h1')).toHaveText('内容没有加载出来');
  await expect(page.locator('h1')).toBeFocused();
  expect(attempts).toBe(2);
  await page.getByRole('button', { name: '重试' }).click({ delay: 50 });
  await expect(page.locator('h1')).toHaveText('抓党建促振兴的乌兰陶勒盖实践');
  await expect(page.locator('h1')).toBeFocused();
});

test('a data file answered with an HTML page (a host\'s SPA fallback) counts as missing', async ({ page }) => {
  await page.route(ARTICLE_JSON, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><html><body>app</body></html>' }),
  );
  await open(page, SEED);
  await expect(page.locator('h1')).toHaveText('找不到这篇文章');
});

test('a missing or unreachable article list has a message and a retry', async ({ page }) => {
  // The list's page file, and the whole list the app looks for when a site has no page files.
  const LIST = /\/data\/articles\/(index|page\/1)\.json$/;
  await page.route(LIST, (route) => route.fulfill({ status: 404, body: 'no' }));
  await open(page, '/');
  await expect(page.getByRole('main')).toContainText('没有找到所需的内容');
  await page.unroute(LIST);
  await page.route(LIST, (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: '重试' }).click({ delay: 50 });
  await expect(page.getByRole('main')).toContainText('网络连接失败');
  await page.unroute(LIST);
  await page.getByRole('button', { name: '重试' }).click({ delay: 50 });
  await expect(page.locator('.article-list h2')).toHaveCount(2);
});

test('a page the app alone shows says at once to check the network when the app cannot start', async ({ page }) => {
  await page.route('**/*_bg.wasm', (route) => route.abort('internetdisconnected'));
  // Not pre-rendered: the host answers with the app's own page, which waits for the app.
  await page.goto('/article/not-built-here');
  await expect(page.getByText('正在加载，请稍候……')).toBeVisible();
  // Without the failure seen, this line shows only after 12 s, far past this wait.
  await expect(page.getByText('如果很久都没有显示，请检查网络后刷新页面，或换一个浏览器打开。')).toBeVisible({ timeout: 3000 });
});
