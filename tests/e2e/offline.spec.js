// The service worker: a repeat visit shows the last-read article with no network at all, and
// data is network-first, so an editor's change shows as soon as the network answers.
import { test, expect } from './fixtures.js';
import { open, SEED } from './helpers.js';

test.use({ serviceWorkers: 'allow' });

/** Waits until the worker controls the page and holds this article's data. */
async function kept(page, path) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(async (p) => !!(await caches.match(p)), path)).toBe(true);
}

test('after one visit, the article and the app open with the network off', async ({ page, context }) => {
  await open(page, SEED);
  await kept(page, '/data/articles/wulantaolegai-practice.json');
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText('抓党建促振兴的乌兰陶勒盖实践');
  await expect(page.locator('.article-body p')).toHaveCount(12);
  // The settings still work offline.
  await page.getByRole('button', { name: '大', exact: true }).click({ delay: 50 });
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '130');
  // An article never read is not there: the reader is told, not shown a browser error page.
  await page.goto('/article/how-to-use');
  await expect(page.getByRole('main')).toContainText('网络连接失败');
});

test('data is network-first: a changed article shows at once when online', async ({ page }) => {
  await open(page, SEED);
  await kept(page, '/data/articles/wulantaolegai-practice.json');
  const seed = await (await page.request.get('/data/articles/wulantaolegai-practice.json')).json();
  // The worker's own fetch goes to the network; the change arrives through it.
  await page.context().route('**/data/articles/wulantaolegai-practice.json', (route) =>
    route.fulfill({ json: { ...seed, title: '更新后的标题' } }));
  await page.reload();
  await expect(page.locator('h1')).toHaveText('更新后的标题');
});
