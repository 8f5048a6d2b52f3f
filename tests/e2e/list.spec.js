// The article list of a real archive: 20 articles a page, every page pre-rendered, numbered
// links with 上一页/下一页 and the current page marked, and one small data file a list view.
// The site is the real build (dist/) with a list of 45 articles in place of the two of
// public/data, rendered by the real `changyue render`, and served by tests/e2e/server.mjs.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.js';
import { open, axeViolations, withSettings, serveList } from './helpers.js';
import { serve } from './server.mjs';

const TOTAL = 45;
const titleOf = (i) => `第${i}篇：档案文章`;
/** Article `i` was published `i` hours after the first: the newest (45) comes first. */
const published = (i) => new Date(Date.UTC(2024, 0, 1, i)).toISOString().replace('.000Z', '+00:00');

function makeSite() {
  const dist = mkdtempSync(join(tmpdir(), 'changyue-list-'));
  cpSync(fileURLToPath(new URL('../../dist', import.meta.url)), dist, { recursive: true });
  rmSync(join(dist, 'data/articles'), { recursive: true });
  mkdirSync(join(dist, 'data/articles'));
  rmSync(join(dist, 'article'), { recursive: true, force: true });
  rmSync(join(dist, 'page'), { recursive: true, force: true });
  const entries = [];
  for (let i = 1; i <= TOTAL; i++) {
    const id = `archive-${i}`;
    const article = { id, title: titleOf(i), source: '档案室', published: published(i), summary: `第${i}篇的摘要。`.repeat(12), body: [{ type: 'paragraph', text: `第${i}篇的正文。` }] };
    entries.push({ id, title: article.title, source: article.source, published: article.published, summary: article.summary });
    writeFileSync(join(dist, `data/articles/${id}.json`), JSON.stringify(article));
  }
  writeFileSync(join(dist, 'data/articles/index.json'), JSON.stringify({ articles: entries }));
  execFileSync(fileURLToPath(new URL('../../target/release/changyue', import.meta.url)), ['render', dist], { stdio: 'pipe' });
  return dist;
}

const dist = makeSite();
const server = await serve(dist);
const site = `http://127.0.0.1:${server.address().port}`;
process.on('exit', () => rmSync(dist, { recursive: true, force: true }));
test.use({ baseURL: site });

const pagination = (page) => page.getByRole('navigation', { name: '文章列表分页' });
const cards = (page) => page.locator('main .article-card h2');

/** What the page asked of the site's data folder. */
function dataRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/data/articles/')) seen.push(path);
  });
  return seen;
}

test('the pre-rendered first page shows 20 articles, newest first, and the links to the others, before any wasm', async ({ page }) => {
  await page.route('**/*.wasm', () => {});
  await page.goto('/');
  const copy = page.locator('#prerendered');
  await expect(copy.locator('.article-card h2')).toHaveCount(20);
  await expect(copy.locator('.article-card h2').first()).toHaveText(titleOf(45));
  await expect(copy.locator('.article-card h2').last()).toHaveText(titleOf(26));
  const nav = copy.getByRole('navigation', { name: '文章列表分页' });
  await expect(nav).toContainText('第 1 页，共 3 页，45 篇文章');
  await expect(nav.getByRole('link', { name: '第 1 页' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: '下一页' })).toHaveAttribute('href', '/page/2');
  await expect(nav.getByRole('link', { name: '上一页' })).toHaveCount(0);
  // A summary is cut in the list; the article keeps it whole.
  await expect(copy.locator('.summary').first()).toHaveText(/…$/);
});

test('a list view loads one small page file, never the whole list', async ({ page }) => {
  const requests = dataRequests(page);
  await open(page, '/page/2');
  await expect(cards(page)).toHaveCount(20);
  expect(requests).toEqual(['/data/articles/page/2.json']);
  const bytes = readFileSync(join(dist, 'data/articles/page/2.json')).length;
  expect(bytes).toBeLessThan(15 * 1024);
});

test('下一页, a numbered page and 上一页 move through the list, each a real address with focus on its heading', async ({ page }) => {
  await open(page, '/');
  await pagination(page).getByRole('link', { name: '下一页' }).click({ delay: 50 });
  await expect(page).toHaveURL(`${site}/page/2`);
  const heading = page.locator('main h1');
  await expect(heading).toHaveText('文章列表（第 2 页）');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page).toHaveTitle(/^文章列表（第 2 页） - /);
  await expect(cards(page).first()).toHaveText(titleOf(25));
  await expect(pagination(page).getByRole('link', { name: '第 2 页' })).toHaveAttribute('aria-current', 'page');
  await expect(pagination(page).locator('[aria-current]')).toHaveCount(1);

  // By keyboard: the last page's link, then Enter.
  const last = pagination(page).getByRole('link', { name: '第 3 页' });
  await last.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${site}/page/3`);
  await expect(cards(page)).toHaveCount(5);
  await expect(cards(page).last()).toHaveText(titleOf(1));
  await expect(pagination(page).getByRole('link', { name: '下一页' })).toHaveCount(0);

  await pagination(page).getByRole('link', { name: '上一页' }).click({ delay: 50 });
  await expect(page).toHaveURL(`${site}/page/2`);
  await page.goBack();
  await expect(page).toHaveURL(`${site}/page/3`);
  await expect(cards(page)).toHaveCount(5);
  await pagination(page).getByRole('link', { name: '第 1 页' }).click({ delay: 50 });
  await expect(page).toHaveURL(`${site}/`);
  await expect(page.locator('main h1')).toHaveText('文章列表');
});

test('Back from an article puts focus on the entry the reader opened, in view; a link followed again is not confused with its twin', async ({ page }) => {
  await open(page, '/page/2');
  const entry = page.getByRole('main').getByRole('link', { name: titleOf(9) });
  await entry.click({ delay: 50 });
  await expect(page.locator('main h1')).toHaveText(titleOf(9));
  await expect(page.locator('main h1')).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(`${site}/page/2`);
  await expect(entry).toBeFocused();
  await expect(entry).toBeInViewport();
  // By keyboard, and Forward then Back again: the same.
  await page.goForward();
  await expect(page.locator('main h1')).toHaveText(titleOf(9));
  await page.goBack();
  await expect(entry).toBeFocused();
  // 下一页 and 第 3 页 lead to the same page: Back returns to the one pressed.
  const next = pagination(page).getByRole('link', { name: '下一页' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${site}/page/3`);
  await page.goBack();
  await expect(next).toBeFocused();
  // A link, not Back, to a page: its heading, as before.
  await pagination(page).getByRole('link', { name: '第 3 页' }).click({ delay: 50 });
  await expect(page.locator('main h1')).toBeFocused();
  await pagination(page).getByRole('link', { name: '第 2 页' }).click({ delay: 50 });
  await expect(page.locator('main h1')).toHaveText('文章列表（第 2 页）');
  await expect(page.locator('main h1')).toBeFocused();
});

test('a page past the end, or a number written oddly, is the 404 page', async ({ page }) => {
  for (const path of ['/page/4', '/page/02', '/page/0', '/page/x']) {
    await page.goto(path);
    await expect(page.locator('main h1'), path).toHaveText('找不到这个页面');
  }
});

test('a data folder without page files is cut into pages by the app', async ({ page }) => {
  const requests = dataRequests(page);
  await page.route(/\/data\/articles\/page\/\d+\.json$/, (route) => route.fulfill({ status: 404, body: 'no' }));
  await page.route('**/page/2', (route) => route.fulfill({ contentType: 'text/html', body: readFileSync(join(dist, 'index.html')) }));
  await open(page, '/page/2');
  await expect(cards(page)).toHaveCount(20);
  await expect(cards(page).first()).toHaveText(titleOf(25));
  expect(requests).toEqual(['/data/articles/page/2.json', '/data/articles/page/1.json', '/data/articles/index.json']);
});

test('the page links are whole targets, 60 px in 长者模式, and the list has no axe violations at 360 and 1280 px', async ({ page }) => {
  await withSettings(page, { elder: true });
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await open(page, '/page/2');
    const links = pagination(page).getByRole('link');
    for (const box of await links.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().toJSON()))) {
      expect(box.width, `${width} px`).toBeGreaterThanOrEqual(60);
      expect(box.height, `${width} px`).toBeGreaterThanOrEqual(60);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll').toBe(true);
    expect(await axeViolations(page), `${width} px`).toEqual([]);
  }
});

test('the build removes list pages left from a longer list', () => {
  expect(existsSync(join(dist, 'page/3.html'))).toBe(true);
  const copy = mkdtempSync(join(tmpdir(), 'changyue-shorter-'));
  cpSync(dist, copy, { recursive: true });
  const index = JSON.parse(readFileSync(join(copy, 'data/articles/index.json'), 'utf8'));
  writeFileSync(join(copy, 'data/articles/index.json'), JSON.stringify({ articles: index.articles.slice(0, 25) }));
  execFileSync(fileURLToPath(new URL('../../target/release/changyue', import.meta.url)), ['render', copy], { stdio: 'pipe' });
  const left = ['page/2.html', 'page/3.html', 'data/articles/page/2.json', 'data/articles/page/3.json'].map((f) => existsSync(join(copy, f)));
  rmSync(copy, { recursive: true });
  expect(left).toEqual([true, false, true, false]);
});

test('an empty list says there are no articles yet', async ({ page }) => {
  await serveList(page, []);
  await open(page, '/');
  await expect(page.getByRole('main')).toContainText('暂时没有文章。');
  await expect(page.locator('.article-card')).toHaveCount(0);
});
