// The bars fixed at the window's edges (the 字号 bar, 继续阅读, the 朗读控制 dock, 大字幕) never take
// more than 30% of the window together, at 400% zoom (320x256 CSS px), at 字号 320% and in
// 长者模式: at least 70% is the article's. Where the 字号 bar would not fit, it folds into one
// 字号 button; 继续阅读 gives way to it and to the dock; 大字幕 keeps to the room left.
import { test, expect } from './fixtures.js';
import { open, reopen, SEED, withSettings, axeViolations } from './helpers.js';
import { installSpeech } from './speech.js';
import { twoFrames } from './place.js';

const ZOOMED = { width: 320, height: 256 };
const MODES = [['字号 100%', {}], ['字号 320%', { font_scale: 320 }], ['长者模式', { elder: true }]];
const READING_KEY = 'changyue.reading.v1';

/** The share of the window under the fixed and sticky bars, their overlaps counted once. */
const barsShare = (page) => page.evaluate(() => {
  const spans = [...document.querySelectorAll('.quick-bar, .resume-offer, .reading-dock, .caption-bar, .start-notice')]
    .filter((b) => ['fixed', 'sticky'].includes(getComputedStyle(b).position))
    .map((b) => b.getBoundingClientRect())
    .map((r) => [Math.max(r.top, 0), Math.min(r.bottom, innerHeight)])
    .filter(([top, bottom]) => bottom > top)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reach = 0;
  for (const [top, bottom] of spans) {
    covered += Math.max(0, bottom - Math.max(top, reach));
    reach = Math.max(reach, bottom);
  }
  return covered / innerHeight;
});

/** The seed article, read to its ninth block and opened again: 继续阅读 is offered. */
async function openWithOffer(page) {
  await open(page, SEED);
  await page.locator('.article-body > *').nth(8).evaluate((b) => {
    b.scrollIntoView({ block: 'start' });
    window.scrollBy(0, 5);
  });
  await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]').length, READING_KEY)).toBe(1);
  await reopen(page);
  const offer = page.getByRole('button', { name: /^继续阅读/ });
  await expect(offer).toBeVisible();
  return offer;
}

/** Scrolled down to the article's fourth block (before the place 继续阅读 offers), then back up
 *  by a wheel notch: the 字号 bar comes, whole or folded. */
async function bringBarBack(page) {
  await page.mouse.move(160, 128);
  await page.locator('.article-body > *').nth(3).evaluate((b) => b.scrollIntoView({ block: 'start' }));
  await twoFrames(page);
  await page.mouse.wheel(0, -120);
  const bar = page.getByRole('region', { name: '字号和长者模式' });
  await expect(bar).toBeVisible();
  await twoFrames(page);
  return bar;
}

for (const [mode, settings] of MODES) {
  test.describe(`at 320x256 (400% zoom), ${mode}`, () => {
    test.use({ viewport: ZOOMED });

    test('继续阅读 and the 字号 bar, alone and one after the other, leave the article 70% of the window', async ({ page }) => {
      await withSettings(page, settings);
      await openWithOffer(page);
      expect(await barsShare(page), '继续阅读').toBeLessThanOrEqual(0.3);
      const bar = await bringBarBack(page);
      expect(await barsShare(page), '字号 bar with 继续阅读 waiting').toBeLessThanOrEqual(0.3);
      // Folded: one 字号 button, naming the size in force; it opens the group and 长者模式.
      const toggle = bar.getByRole('button', { name: /^字号/ });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(bar.getByRole('button', { name: '大', exact: true })).toHaveCount(0);
      // Scrolling on down sends the bar away and brings 继续阅读 back.
      await page.mouse.wheel(0, 200);
      await expect(bar).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^继续阅读/ })).toBeVisible();
    });

    test('大字幕 with the 朗读控制 dock leaves the article 70% of the window', async ({ page }) => {
      await installSpeech(page);
      await withSettings(page, settings);
      await page.addInitScript(() => localStorage.setItem('changyue.tools.v1', JSON.stringify({ captions: true })));
      await open(page, SEED);
      expect(await barsShare(page), '大字幕 alone').toBeLessThanOrEqual(0.3);
      await page.locator('main h1').click({ delay: 50 });
      await page.keyboard.press('Alt+Shift+KeyR');
      await expect(page.getByRole('region', { name: '朗读控制' })).toBeVisible();
      await twoFrames(page);
      expect(await barsShare(page), 'dock and 大字幕').toBeLessThanOrEqual(0.3);
      // Every one of the dock's buttons is whole in the window, none wrapped below its edge.
      for (const button of await page.getByRole('region', { name: '朗读控制' }).getByRole('button').all()) {
        await expect(button).toBeInViewport({ ratio: 1 });
      }
    });
  });
}

test('at 320x256 with 大字幕 taking the bars\' room, scrolling back up brings no 字号 bar over the article', async ({ page }) => {
  await page.setViewportSize(ZOOMED);
  await page.addInitScript(() => localStorage.setItem('changyue.tools.v1', JSON.stringify({ captions: true })));
  await open(page, SEED);
  await page.mouse.move(160, 128);
  await page.locator('.article-body > *').nth(3).evaluate((b) => b.scrollIntoView({ block: 'start' }));
  await twoFrames(page);
  await page.mouse.wheel(0, -120);
  await page.waitForFunction(() => window.scrollY > 0);
  await twoFrames(page);
  await expect(page.getByRole('region', { name: '字号和长者模式' })).toHaveCount(0);
  expect(await barsShare(page)).toBeLessThanOrEqual(0.3);
  // Its controls are where they always are, at the top of the page.
  await page.keyboard.press('Alt+Shift+Equal');
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '110');
});

test('at 320x256 in 长者模式, the notice of an app that could not start keeps to 30%, and its 重新加载 link is reachable', async ({ page }) => {
  await page.setViewportSize(ZOOMED);
  await withSettings(page, { elder: true });
  await page.route('**/*_bg.wasm', (route) => route.abort('internetdisconnected'));
  await page.goto(SEED);
  const notice = page.locator('.start-notice');
  await expect(notice).toContainText('网络不好');
  expect(await barsShare(page)).toBeLessThanOrEqual(0.3);
  const reload = notice.getByRole('link', { name: '重新加载' });
  await reload.focus();
  await expect(reload).toBeInViewport();
});

test('the folded 字号 bar works by touch and by keyboard: it opens the group, 大 takes effect, Escape closes it onto its button', async ({ page }) => {
  await page.setViewportSize(ZOOMED);
  await open(page, SEED);
  const bar = await bringBarBack(page);
  const toggle = bar.getByRole('button', { name: /^字号/ });
  await expect(toggle).toHaveText('字号 100%');
  await toggle.click({ delay: 50 });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const large = bar.getByRole('button', { name: '大', exact: true });
  await large.click({ delay: 50 });
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '130');
  await expect(large).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toHaveText('字号 130%');
  expect(await axeViolations(page)).toEqual([]);
  await large.focus();
  await page.keyboard.press('Escape');
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(bar.getByRole('button', { name: '大', exact: true })).toHaveCount(0);
});

test('on a phone held upright the 字号 bar stays whole, and in 长者模式 with 大字幕 and the dock the bars keep to 30%', async ({ page }) => {
  await installSpeech(page);
  await page.setViewportSize({ width: 360, height: 780 });
  await withSettings(page, { elder: true });
  await open(page, SEED);
  const bar = await bringBarBack(page);
  await expect(bar.getByRole('button', { name: '大', exact: true })).toBeVisible();
  expect(await barsShare(page)).toBeLessThanOrEqual(0.3);
  await page.addInitScript(() => localStorage.setItem('changyue.tools.v1', JSON.stringify({ captions: true })));
  await reopen(page);
  await page.locator('main h1').click({ delay: 50 });
  await page.keyboard.press('Alt+Shift+KeyR');
  await expect(page.getByRole('region', { name: '朗读控制' })).toBeVisible();
  await twoFrames(page);
  expect(await barsShare(page)).toBeLessThanOrEqual(0.3);
  // 大字幕 is still there, as large as the room allows.
  expect(await page.locator('.caption-bar').evaluate((c) => parseFloat(getComputedStyle(c).fontSize))).toBeGreaterThanOrEqual(32);
});
