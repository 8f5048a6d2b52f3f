// Data that is wrong or hostile: a Chinese message that names the problem, the rest of the page
// still shown, and text that is only ever text (never HTML, never a script, never a bad link).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.js';
import { open, SEED, serveData, serveList, watchConsole, countDialogs } from './helpers.js';

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

/** The seed article with only `body` for its blocks, opened; the console's warnings, as they come. */
async function openWithBody(page, body) {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await serveData(page, '/data/articles/wulantaolegai-practice.json', {
    id: 'wulantaolegai-practice', title: '标题', source: '来源', published: '2023-09-06T07:28:00+08:00', body,
  });
  await open(page, SEED);
  return warnings;
}

test('an unknown block type is skipped with a console warning and the rest still shows', async ({ page }) => {
  const warnings = await openWithBody(page, [
    { type: 'paragraph', text: '第一段' },
    { type: 'video', src: '/v.mp4' },
    { type: 'paragraph', text: '第二段' },
  ]);
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
  const warnings = await openWithBody(page, [
    { type: 'image', src: 'javascript:alert(1)', alt: '图' },
    { type: 'image', src: 'https://www.gov.cn@evil.example/a.png', alt: '图' },
    { type: 'paragraph', text: '正文' },
  ]);
  await expect(page.locator('.article-body p')).toHaveText(['正文']);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(warnings.filter((w) => w.includes('refused src'))).toHaveLength(2);
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
