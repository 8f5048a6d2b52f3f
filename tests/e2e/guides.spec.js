// Reading guides (阅读尺, 行聚焦, 十字线, 大鼠标) and the 大字幕 caption bar, by pointer and by keyboard.
import { test, expect } from './fixtures.js';
import { open, reopen, SEED, axeViolations, openToolbar } from './helpers.js';
import { installSpeech, finishSentence } from './speech.js';

async function turnOn(page, name) {
  const toolbar = page.getByRole('toolbar', { name: '无障碍工具' });
  if (!(await toolbar.isVisible())) await page.getByRole('banner').getByRole('button', { name: '无障碍浏览' }).click({ delay: 50 });
  await toolbar.getByRole('button', { name }).click({ delay: 50 });
  await expect(toolbar.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
}

const box = (page, selector) => page.locator(selector).evaluate((e) => {
  const r = e.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height, width: r.width };
});

test('阅读尺 follows the pointer and keyboard focus, dims the rest and takes no clicks', async ({ page }) => {
  await open(page, SEED);
  await turnOn(page, '阅读尺');
  await page.mouse.move(300, 400);
  const ruler = page.locator('.reading-ruler');
  await expect(ruler).toBeVisible();
  await expect(ruler).toHaveAttribute('aria-hidden', 'true');
  const band = await box(page, '.reading-ruler');
  expect(band.top).toBeLessThan(400);
  expect(band.bottom).toBeGreaterThan(400);
  expect(band.width).toBe(page.viewportSize().width);
  expect(await ruler.evaluate((e) => getComputedStyle(e).boxShadow)).toMatch(/rgba\(0, 0, 0, 0\.45\)/);
  // Clicks go through it to the page.
  const link = page.getByRole('navigation', { name: '本文目录' }).getByRole('link').first();
  await link.click({ delay: 50 });
  await expect(page.locator('#section-1')).toBeFocused();
  // Keyboard focus moves it too.
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const r = document.activeElement.getBoundingClientRect();
    return r.top + r.height / 2;
  });
  const moved = await box(page, '.reading-ruler');
  expect(Math.abs((moved.top + moved.bottom) / 2 - focused)).toBeLessThan(2);
  await reopen(page);
  await expect(page.locator('html'), 'remembered').toHaveAttribute('data-ruler', '');
});

test('行聚焦 leaves 3 lines clear across the middle, then 5 and 1, dims the rest and is remembered', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await open(page, SEED);
  await turnOn(page, '行聚焦');
  const band = page.locator('.line-focus');
  await expect(band).toHaveAttribute('aria-hidden', 'true');
  const line = await page.locator('.article-body p').first().evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
  const lines = async () => {
    const b = await box(page, '.line-focus');
    expect(Math.abs((b.top + b.bottom) / 2 - 390), 'across the middle').toBeLessThan(1);
    return Math.round((b.height / line) * 10) / 10;
  };
  expect(await lines()).toBe(3);
  expect(await band.evaluate((e) => getComputedStyle(e).boxShadow)).toMatch(/rgba\(0, 0, 0, 0\.6\)/);
  const toolbar = page.getByRole('toolbar', { name: '无障碍工具' });
  await toolbar.getByRole('button', { name: '聚焦 3 行' }).click({ delay: 50 });
  await expect(page.getByRole('status')).toHaveText('聚焦行数已调整为 5 行');
  expect(await lines()).toBe(5);
  await toolbar.getByRole('button', { name: '聚焦 5 行' }).click({ delay: 50 });
  expect(await lines()).toBe(1);
  // It follows the text size: 大 makes the one line taller.
  await page.getByRole('banner').getByRole('button', { name: '大', exact: true }).click({ delay: 50 });
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '130');
  const bigger = await page.locator('.article-body p').first().evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
  expect((await box(page, '.line-focus')).height).toBeCloseTo(bigger, 0);
  // Clicks go through it to the page.
  await page.getByRole('navigation', { name: '本文目录' }).getByRole('link').first().click({ delay: 50 });
  await expect(page.locator('#section-1')).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await reopen(page);
  await expect(page.locator('html'), 'remembered').toHaveAttribute('data-line-focus', 'one');
  await expect(page.locator('.line-focus')).toBeVisible();
});

test('十字线 crosses at the pointer; 大鼠标 is a 48 px cursor from this site', async ({ page }) => {
  await open(page, SEED);
  await turnOn(page, '十字线');
  await page.mouse.move(500, 300);
  const across = await box(page, '.crosshair-x');
  const down = await box(page, '.crosshair-y');
  expect(Math.round((across.top + across.bottom) / 2)).toBe(300);
  expect(Math.round((down.left + down.right) / 2)).toBe(500);
  await turnOn(page, '大鼠标');
  const cursor = await page.locator('.article-body p').first().evaluate((e) => getComputedStyle(e).cursor);
  expect(cursor).toMatch(/^url\("data:image\/svg\+xml,.*width='48'/);
  const onButton = await page.getByRole('button', { name: '大鼠标' }).evaluate((e) => getComputedStyle(e).cursor);
  expect(onButton).toBe(cursor);
});

test('大字幕 shows what the pointer or focus is on in 40 px type, 56 px in elder mode, and never covers focus', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await open(page, SEED);
  await turnOn(page, '大字幕');
  const bar = page.locator('.caption-bar');
  await expect(bar).toHaveAttribute('aria-hidden', 'true');
  const paragraph = page.locator('.article-body p').first();
  await paragraph.hover();
  await expect(bar).toHaveText(await paragraph.textContent());
  expect(await bar.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(40);

  // Tab through the whole footer: every focused control stays above the bar.
  const inFooter = page.getByRole('contentinfo').getByRole('button', { name: '长者模式' });
  await page.locator('#channels-title').focus();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement === document.body)) break;
    const covered = () => page.evaluate(() => {
      const bar = document.querySelector('.caption-bar').getBoundingClientRect();
      const focused = document.activeElement.getBoundingClientRect();
      return focused.bottom > bar.top + 1;
    });
    await expect.poll(covered, { message: `focus stop ${i + 1}`, timeout: 1000 }).toBe(false);
  }
  await inFooter.focus();
  await expect(bar).toHaveText('长者模式');
  await inFooter.click({ delay: 50 });
  expect(await bar.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(56);
  // The end of the page can still be scrolled above the bar.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const last = await page.locator('footer li').last().evaluate((e) => e.getBoundingClientRect().bottom);
  expect(last).toBeLessThanOrEqual((await box(page, '.caption-bar')).top);
  expect(await axeViolations(page)).toEqual([]);
});

test('大字幕 shows the sentence being read aloud', async ({ page }) => {
  await installSpeech(page);
  await open(page, SEED);
  await turnOn(page, '大字幕');
  await page.getByRole('button', { name: '连读' }).click({ delay: 50 });
  await finishSentence(page);
  await expect(page.locator('.caption-bar')).toHaveText('乌审旗乌兰陶勒盖镇把抓党建促乡村振兴工作摆在首要位置，推动基层党建与乡村振兴深度融合。');
});

// Focus moved to <main>, which is far taller than the window, must not scroll its top (the
// title) out of sight to clear the bars at the bottom: the reader would land mid-article.
for (const elder of [false, true]) {
  test(`with 大字幕 and the 朗读控制 dock on screen${elder ? ' in 长者模式' : ''}, 跳到正文 and Alt+Shift+2 keep the title in view, and 本文目录 and its links land clear of the bars`, async ({ page }) => {
    await installSpeech(page);
    await page.setViewportSize({ width: 360, height: 640 });
    await open(page, SEED);
    if (elder) await page.getByRole('banner').getByRole('button', { name: '长者模式' }).click({ delay: 50 });
    await turnOn(page, '大字幕');
    await page.getByRole('toolbar', { name: '无障碍工具' }).getByRole('button', { name: '连读' }).click({ delay: 50 });
    await expect(page.getByRole('region', { name: '朗读控制' })).toBeVisible();
    const title = page.locator('main h1');
    const settled = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('link', { name: '跳到正文' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await settled();
    await expect(title).toBeInViewport();

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.keyboard.press('Alt+Shift+Digit2');
    await expect(page.locator('main')).toBeFocused();
    await settled();
    await expect(title).toBeInViewport();

    // 本文目录 by Alt+Shift+5, and its last link: what takes focus is whole above the bars.
    const clearOfBars = (selector) => page.evaluate((selector) => {
      const top = Math.min(...[...document.querySelectorAll('.reading-dock, .caption-bar')].map((b) => b.getBoundingClientRect().top));
      const r = document.querySelector(selector).getBoundingClientRect();
      // Within a pixel of the window's top: scrolling into view rounds to device pixels.
      return r.top >= -1 && r.bottom <= top;
    }, selector);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.keyboard.press('Alt+Shift+Digit5');
    await expect(page.locator('#contents a').first()).toBeFocused();
    await settled();
    expect(await clearOfBars('#contents a')).toBe(true);
    await page.locator('#contents a').last().click({ delay: 50 });
    await expect(page.locator('#section-5')).toBeFocused();
    await settled();
    expect(await clearOfBars('#section-5')).toBe(true);
  });
}

test('a press held on the article text while the bars show does not move the page, and reading goes on from there', async ({ page }) => {
  await installSpeech(page);
  await page.setViewportSize({ width: 1280, height: 1400 });
  await open(page, SEED);
  await turnOn(page, '大字幕');
  await page.getByRole('toolbar', { name: '无障碍工具' }).getByRole('button', { name: '连读' }).click({ delay: 50 });
  await expect(page.getByRole('region', { name: '朗读控制' })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  // The article's top (<main>, which a press focuses) is on screen below the window's top.
  expect(await page.locator('main').evaluate((m) => m.getBoundingClientRect().top)).toBeGreaterThan(16);
  const paragraph = page.locator('.article-body p').first();
  await expect(paragraph).toBeInViewport({ ratio: 1 });
  await paragraph.click({ delay: 50 });
  await expect(paragraph).toHaveAttribute('aria-current', 'true');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('十字线, 大鼠标, 大字幕 and 指读 are remembered across visits', async ({ page }) => {
  await open(page, SEED);
  const toolbar = await openToolbar(page);
  for (const name of ['十字线', '大鼠标', '大字幕', '指读']) {
    await toolbar.getByRole('button', { name, exact: true }).click({ delay: 50 });
    await expect(toolbar.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
  }
  await reopen(page);
  const again = page.getByRole('toolbar', { name: '无障碍工具' });
  for (const name of ['十字线', '大鼠标', '大字幕', '指读']) {
    await expect(again.getByRole('button', { name, exact: true }), name).toHaveAttribute('aria-pressed', 'true');
  }
  for (const attribute of ['data-crosshair', 'data-large-cursor', 'data-captions']) {
    await expect(page.locator('html')).toHaveAttribute(attribute, '');
  }
});
