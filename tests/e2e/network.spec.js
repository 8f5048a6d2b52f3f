// When the network fails or is slow: the reader is told in Chinese what happened and offered
// 重试, which works; never a blank page, never an endless wait.
import { test, expect } from './fixtures.js';
import { open, openSeedFromList, SEED, serveData, watchConsole, holdRequests } from './helpers.js';

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
