// 字号 at hand mid-article: the bar of 字号 and 长者模式 that a reader brings back by scrolling
// up, which keeps the place under it and goes away when reading goes on.
import { test, expect } from './fixtures.js';
import { open, SEED, axeViolations } from './helpers.js';
import { PHONE, twoFrames } from './place.js';
import { installSpeech } from './speech.js';

test.describe('字号 at hand mid-article', () => {
  /** A finger's swipe through the browser's touch input: positive `by` moves the finger down,
   *  which scrolls the page back up. Waits until the fling has settled. */
  async function swipe(page, by) {
    const cdp = await page.context().newCDPSession(page);
    const touch = (type, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: 180, y }] });
    const from = by > 0 ? 200 : 600;
    await touch('touchStart', from);
    for (let i = 1; i <= 20; i++) await touch('touchMove', from + (by * i) / 20);
    await touch('touchEnd');
    await cdp.detach();
    await page.evaluate(() => new Promise((resolve) => {
      let last = -1;
      let still = 0;
      const frame = () => {
        if (window.scrollY === last) still++;
        else [last, still] = [window.scrollY, 0];
        if (still > 5) resolve();
        else requestAnimationFrame(frame);
      };
      frame();
    }));
  }

  /** Marks the block at the bar's bottom edge and returns the share of it under the bar. */
  async function markBlockUnderBar(page) {
    return page.evaluate(() => {
      const line = document.querySelector('.quick-bar').getBoundingClientRect().bottom;
      const block = [...document.querySelectorAll('.article-body p, .article-body h2')].find((b) => b.getBoundingClientRect().bottom > line);
      block.dataset.place = 'kept';
      const rect = block.getBoundingClientRect();
      return Math.max(0, (line - rect.top) / rect.height);
    });
  }

  /** The seed article on a phone, scrolled `down` px by the wheel, then back up a notch: the bar. */
  async function bringBarBack(page, down) {
    await page.setViewportSize(PHONE);
    await open(page, SEED);
    const bar = page.getByRole('region', { name: '字号和长者模式' });
    await page.mouse.move(180, 400);
    await page.mouse.wheel(0, down);
    await page.waitForFunction((least) => window.scrollY >= least, down - 500);
    await page.mouse.wheel(0, -120);
    await expect(bar).toBeVisible();
    return bar;
  }

  async function placeUnderBar(page) {
    return page.evaluate(() => {
      const line = document.querySelector('.quick-bar').getBoundingClientRect().bottom;
      const rect = document.querySelector('[data-place="kept"]').getBoundingClientRect();
      return { fromLine: rect.top - line, height: rect.height, line: parseFloat(getComputedStyle(document.querySelector('[data-place="kept"]')).lineHeight) };
    });
  }

  test('a swipe back up brings 字号 and 长者模式; taps on them keep the place under the bar; reading on sends it away', async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await open(page, SEED);
    const bar = page.getByRole('region', { name: '字号和长者模式' });
    await page.locator('.article-body h2 >> nth=1').evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await swipe(page, -300);
    await expect(bar, 'reading on down shows no bar').toHaveCount(0);

    await swipe(page, 150);
    await expect(bar).toBeVisible();
    const larger = bar.getByRole('button', { name: '放大字号' });
    await expect(larger).toBeInViewport();
    const share = await markBlockUnderBar(page);
    await larger.tap();
    await expect(page.locator('html')).toHaveAttribute('data-font-scale', '110');
    await twoFrames(page);
    await expect(bar, 'the scroll that kept the place is not taken for reading on').toBeVisible();
    let kept = await placeUnderBar(page);
    expect(Math.abs(kept.fromLine + share * kept.height)).toBeLessThanOrEqual(kept.line);

    const elder = bar.getByRole('button', { name: '长者模式' });
    await elder.tap();
    await expect(page.locator('html')).toHaveAttribute('data-elder', '');
    await expect(elder).toHaveAttribute('aria-pressed', 'true');
    kept = await placeUnderBar(page);
    expect(Math.abs(kept.fromLine + share * kept.height)).toBeLessThanOrEqual(kept.line);
    await twoFrames(page);
    await expect(bar.getByRole('button')).toHaveCount(6);
    for (const button of await bar.getByRole('button').all()) {
      const box = await button.boundingBox();
      expect(Math.min(box.width, box.height), 'targets stay 60 px in 长者模式').toBeGreaterThanOrEqual(60);
    }
    expect(await axeViolations(page)).toEqual([]);

    await swipe(page, -200);
    await expect(bar).toHaveCount(0);
    await context.close();
  });

  test('on a wide screen, the wheel back up brings the bar; a held click on 大 keeps the place under it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, SEED);
    const bar = page.getByRole('region', { name: '字号和长者模式' });
    await page.locator('.article-body p >> nth=8').evaluate((p) => p.scrollIntoView({ block: 'center' }));
    await page.mouse.move(640, 450);
    await page.mouse.wheel(0, -120);
    await expect(bar).toBeVisible();
    await twoFrames(page);
    const share = await markBlockUnderBar(page);
    await bar.getByRole('button', { name: '大', exact: true }).click({ delay: 50 });
    await expect(page.locator('html')).toHaveAttribute('data-font-scale', '130');
    await twoFrames(page);
    await expect(bar).toBeVisible();
    const kept = await placeUnderBar(page);
    expect(Math.abs(kept.fromLine + share * kept.height)).toBeLessThanOrEqual(kept.line);
  });

  test('跳到正文 from far down: the page scrolls up to the title and the bar does not come over it', async ({ page }) => {
    const bar = await bringBarBack(page, 3000);
    await page.keyboard.press('Alt+Shift+Digit2');
    await expect(page.getByRole('main')).toBeFocused();
    await twoFrames(page);
    await twoFrames(page);
    await expect(bar).toHaveCount(0);
    await expect(page.locator('main h1')).toBeInViewport({ ratio: 1 });
  });

  test('连读 sends it away, and it does not come back by itself when reading stops', async ({ page }) => {
    await installSpeech(page);
    const bar = await bringBarBack(page, 1500);
    await page.keyboard.press('Alt+Shift+KeyR');
    await expect(page.getByRole('region', { name: '朗读控制' })).toBeVisible();
    await expect(bar).toHaveCount(0);
    await page.keyboard.press('Alt+Shift+KeyS');
    await expect(page.getByRole('region', { name: '朗读控制' })).toHaveCount(0);
    await twoFrames(page);
    await expect(bar).toHaveCount(0);
  });

  test('never while the banner’s own controls show, and focus moving elsewhere sends it away', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await open(page, SEED);
    const bar = page.getByRole('region', { name: '字号和长者模式' });
    await page.mouse.move(180, 400);
    await page.mouse.wheel(0, 150);
    await page.waitForFunction(() => window.scrollY >= 100);
    await page.mouse.wheel(0, -100);
    await page.waitForFunction(() => window.scrollY <= 50);
    await expect(page.locator('#font-size-controls')).toBeInViewport();
    await expect(bar).toHaveCount(0);

    await page.mouse.wheel(0, 2000);
    await page.waitForFunction(() => window.scrollY >= 1500);
    await page.mouse.wheel(0, -200);
    await expect(bar).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(bar).toHaveCount(0);
    const focused = page.locator(':focus');
    await expect(focused).toBeInViewport();
  });
});
