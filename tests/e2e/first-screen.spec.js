// The first screen of an article on a phone: the title high, every control in sight with its
// label, and 导读 under the meta line.
import { test, expect } from './fixtures.js';
import { open, SEED, axeViolations, withSettings } from './helpers.js';
import { PHONE } from './place.js';

test.describe('the article on the first screen', () => {
  for (const [elder, most] of [[false, 0.3], [true, 0.4]]) {
    test(`at 360x780 the title starts within the top ${most * 100}%${elder ? ' in 长者模式' : ''}, every control in sight with its label`, async ({ page }) => {
      if (elder) await withSettings(page, { elder: true });
      await page.setViewportSize(PHONE);
      await open(page, SEED);
      const top = await page.locator('main h1').evaluate((h) => h.getBoundingClientRect().top);
      expect(top, `the title starts at ${top} px`).toBeLessThanOrEqual(PHONE.height * most);
      const banner = page.getByRole('banner');
      for (const name of ['长者模式', '大', '中', '小', '缩小字号', '放大字号', '阅读设置', '无障碍浏览']) {
        const control = banner.getByRole('button', { name, exact: true });
        await expect(control).toBeInViewport({ ratio: 1 });
        const box = await control.boundingBox();
        expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(elder ? 60 : 44);
      }
      await expect(banner.getByRole('group', { name: '字号' })).toContainText('字号');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('导读', () => {
  test('the summary shows under the meta line as a labelled block, before the contents', async ({ page }) => {
    await open(page, SEED);
    const summary = page.locator('.article-summary');
    await expect(summary.getByRole('heading', { name: '导读', level: 2 })).toBeVisible();
    await expect(summary.locator('p')).toHaveText('乌审旗乌兰陶勒盖镇把抓党建促乡村振兴工作摆在首要位置，推动基层党建与乡村振兴深度融合。');
    const order = await page.locator('main h1, .article-meta, .article-summary, #contents').evaluateAll((els) => els.map((e) => e.className || e.tagName));
    expect(order).toEqual(['H1', 'article-meta', 'article-summary', 'contents']);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('an article without a summary shows no 导读', async ({ page }) => {
    await page.route('**/data/articles/how-to-use.json', async (route) => {
      const response = await route.fetch();
      const article = await response.json();
      delete article.summary;
      await route.fulfill({ response, json: article });
    });
    await open(page, '/');
    await page.getByRole('link', { name: /怎样/ }).first().click({ delay: 50 });
    await expect(page.locator('main h1')).not.toHaveText('文章列表');
    await expect(page.locator('.article-meta')).toBeVisible();
    await expect(page.locator('.article-summary')).toHaveCount(0);
  });
});

test('at 字号 320% on a 320 px screen, 本文目录 keeps its lines for its links: the numbers and the indent stop growing', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await withSettings(page, { font_scale: 320 });
  await open(page, SEED);
  const contents = page.getByRole('navigation', { name: '本文目录' });
  await expect(contents.getByRole('link').first()).toBeVisible();
  const box = await contents.locator('ol').evaluate((ol) => ol.parentElement.getBoundingClientRect().width);
  for (const link of await contents.getByRole('link').all()) {
    const { width } = await link.boundingBox();
    expect(width, 'the link keeps two thirds of the box').toBeGreaterThanOrEqual(box * 2 / 3);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
});
