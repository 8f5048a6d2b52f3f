// Reading comfort: the reader's place kept across setting changes, 字号 at hand, the
// title on the first screen, 撤销, 导读, a long article, 继续阅读 and 添加到主屏幕.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { test, expect } from './fixtures.js';
import {
  open, reopen, SEED, HELP, SCHEMES, axeViolations, openSettingsPanel, watchAnnouncements, watchConsole, withSettings,
  followInAppLink, sidewaysOverflow, measureContrast,
} from './helpers.js';
import { installSpeech } from './speech.js';

const PHONE = { width: 360, height: 780 };

/** Two frames: whatever a scroll or a change causes (its scroll event, its effects) has happened. */
const twoFrames = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Puts `selector`'s block at the window's top with `share` of it scrolled past, and marks it. */
async function placeAtTop(page, selector, share) {
  await page.locator(selector).evaluate((el, share) => {
    el.dataset.place = 'kept';
    el.scrollIntoView({ block: 'start' });
    window.scrollBy(0, el.getBoundingClientRect().height * share);
  }, share);
}

/** Where the marked block stands: its share scrolled past the top, its height, the length of one
 *  of its lines and whether it is the block at the top of the window. */
async function place(page) {
  return page.locator('[data-place="kept"]').evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return {
      top: rect.top,
      height: rect.height,
      line: parseFloat(getComputedStyle(el).lineHeight),
      atTop: rect.top <= 0.5 && rect.bottom > 0,
      scrollY: window.scrollY,
    };
  });
}

/** The place is kept: the same block at the top, with the same share read, within one line. */
function expectKept(before, after, share) {
  expect(after.atTop, `the block is still at the top (top ${after.top}, height ${after.height})`).toBe(true);
  expect(Math.abs(after.top + share * after.height)).toBeLessThanOrEqual(after.line);
  expect(after.height, 'the change did restyle the block').not.toBe(before.height);
}

test.describe('the place is kept', () => {
  test.use({ viewport: PHONE });

  test('four 放大 steps by keyboard keep the paragraph being read at the top, and 撤销 brings it back too', async ({ page }) => {
    await open(page, SEED);
    await placeAtTop(page, '.article-body p >> nth=6', 0.4);
    const before = await place(page);
    expect(before.atTop).toBe(true);
    const html = page.locator('html');
    for (const scale of ['110', '120', '130', '140']) {
      await page.keyboard.press('Alt+Shift+Equal');
      await expect(html).toHaveAttribute('data-font-scale', scale);
    }
    const enlarged = await place(page);
    expectKept(before, enlarged, 0.4);
    expect(enlarged.scrollY, 'the page did move to keep it').toBeGreaterThan(before.scrollY + 500);

    await page.keyboard.press('Alt+Shift+KeyZ');
    await expect(html).toHaveAttribute('data-font-scale', '130');
    expectKept(enlarged, await place(page), 0.4);
  });

  /** The footer's 长者模式 row, at the very end of the page: marked as the place, and where it stands. */
  async function markFooterSwitchRow(page) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.locator('.footer-tools li:has(#elder-hint)').evaluate((li) => (li.dataset.place = 'kept'));
    return place(page);
  }

  /** At the end of the page nothing can be scrolled to the top: the row keeps its own height. */
  function expectSameHeight(before, after) {
    expect(Math.abs(after.top - before.top), `the row stays where it was (${before.top} → ${after.top})`).toBeLessThanOrEqual(after.line);
    expect(after.scrollY, 'the article above it grew, and the page moved to keep the row').toBeGreaterThan(before.scrollY + 100);
  }

  test('长者模式 tapped in the footer keeps its row where it was and the switch in view', async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await open(page, SEED);
    const before = await markFooterSwitchRow(page);
    const elder = page.getByRole('contentinfo').getByRole('button', { name: '长者模式' });
    await expect(elder).toBeInViewport();
    await elder.tap();
    await expect(page.locator('html')).toHaveAttribute('data-elder', '');
    expectSameHeight(before, await place(page));
    await expect(elder).toBeInViewport();
    await context.close();
  });

  test('at the top of the page a change leaves the page at its top', async ({ page }) => {
    await open(page, SEED);
    await page.getByRole('banner').getByRole('button', { name: '大', exact: true }).click({ delay: 50 });
    await expect(page.locator('html')).toHaveAttribute('data-font-scale', '130');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});

test.describe('撤销', () => {
  test('takes back the last changes one by one, each announced once, then says there is nothing left', async ({ page }) => {
    await open(page, HELP);
    const panel = await openSettingsPanel(page);
    const undo = panel.getByRole('button', { name: '撤销上一次设置更改' });
    await expect(undo).toHaveAttribute('aria-disabled', 'true');
    const announced = await watchAnnouncements(page);

    await panel.getByRole('group', { name: '行距' }).getByRole('radio', { name: '特宽' }).click({ delay: 50 });
    await page.getByRole('banner').getByRole('button', { name: '长者模式' }).click({ delay: 50 });
    await expect(page.locator('html')).toHaveAttribute('data-elder', '');
    await expect(undo).toHaveAttribute('aria-disabled', 'false');

    await undo.click({ delay: 50 });
    await expect(page.locator('html')).not.toHaveAttribute('data-elder');
    await expect(page.getByRole('status')).toHaveText('已撤销：长者模式已关闭');
    await expect(panel.getByRole('group', { name: '行距' }).getByRole('radio', { name: '特宽' })).toBeChecked();

    await undo.click({ delay: 50 });
    await expect(panel.getByRole('group', { name: '行距' }).getByRole('radio', { name: '标准' })).toBeChecked();
    await expect(page.getByRole('status')).toHaveText('已撤销：行距已调整为 标准');
    await expect(undo).toHaveAttribute('aria-disabled', 'true');
    await expect(undo).toBeFocused();

    // Playwright will not click a button marked aria-disabled; a reader can, and Enter does.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('没有可以撤销的设置更改');
    expect(await announced()).toEqual([
      '行距已调整为 特宽',
      '长者模式已开启',
      '已撤销：长者模式已关闭',
      '已撤销：行距已调整为 标准',
      '没有可以撤销的设置更改',
    ]);
    // An undo is stored like any change.
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('changyue.settings.v1')))).toMatchObject({
      line_height: 'standard', elder: false,
    });
  });

  test('Alt+Shift+Z undoes 恢复默认 and gives every setting back', async ({ page }) => {
    await withSettings(page, { font_scale: 160, scheme: 'dark', width: 'narrow' });
    await open(page, HELP);
    const panel = await openSettingsPanel(page);
    await panel.getByRole('button', { name: '恢复默认' }).click({ delay: 50 });
    await expect(page.locator('html')).toHaveAttribute('data-scheme', 'default');
    await page.keyboard.press('Alt+Shift+KeyZ');
    await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-font-scale', '160');
    await expect(page.getByRole('status')).toHaveText('已撤销：字号已调整为 160%，版面宽度已调整为 窄，配色已调整为 夜间');
  });
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
    await page.setViewportSize(PHONE);
    await open(page, SEED);
    const bar = page.getByRole('region', { name: '字号和长者模式' });
    await page.mouse.move(180, 400);
    await page.mouse.wheel(0, 3000);
    await page.waitForFunction(() => window.scrollY >= 2500);
    await page.mouse.wheel(0, -120);
    await expect(bar).toBeVisible();
    await page.keyboard.press('Alt+Shift+Digit2');
    await expect(page.getByRole('main')).toBeFocused();
    await twoFrames(page);
    await twoFrames(page);
    await expect(bar).toHaveCount(0);
    await expect(page.locator('main h1')).toBeInViewport({ ratio: 1 });
  });

  test('连读 sends it away, and it does not come back by itself when reading stops', async ({ page }) => {
    await installSpeech(page);
    await page.setViewportSize(PHONE);
    await open(page, SEED);
    const bar = page.getByRole('region', { name: '字号和长者模式' });
    await page.mouse.move(180, 400);
    await page.mouse.wheel(0, 1500);
    await page.waitForFunction(() => window.scrollY >= 1000);
    await page.mouse.wheel(0, -120);
    await expect(bar).toBeVisible();
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

test.describe('a long article', () => {
  // 1,000 paragraphs of about 190 characters with a heading every 100, as make bench's.
  const SENTENCE = '乌审旗乌兰陶勒盖镇把抓党建促乡村振兴工作摆在首要位置，推动基层党建与乡村振兴深度融合，各项工作迈上新台阶。';
  const body = [];
  for (let i = 0; i < 1000; i++) {
    if (i % 100 === 0) body.push({ type: 'heading', text: `第${i / 100 + 1}部分` });
    body.push({ type: 'paragraph', text: `第${i + 1}段。${SENTENCE.repeat(3)}` });
  }
  const LONG = { id: 'long-read', title: '一千段的长文章', source: '测试', published: '2024-01-01T08:00:00+08:00', body };

  test.beforeEach(async ({ page }) => {
    await page.route('**/data/articles/long-read.json', (route) => route.fulfill({ json: LONG }));
    await page.setViewportSize(PHONE);
    await open(page, '/');
    await followInAppLink(page, '/article/long-read');
    await expect(page.locator('main h1')).toHaveText('一千段的长文章');
  });

  test('keeps the place on a size change far down, and every block is still reached', async ({ page }) => {
    await placeAtTop(page, '.article-body p >> nth=600', 0.3);
    const before = await place(page);
    // Blocks out of sight are laid out in the frames after a change (settling.rs): note each
    // start and end of that, to know the place held through it.
    await page.locator('.article-body').evaluate((body) => {
      window.__settling = [];
      new MutationObserver(() => window.__settling.push(body.hasAttribute('data-settling')))
        .observe(body, { attributes: true, attributeFilter: ['data-settling'] });
    });
    await page.keyboard.press('Alt+Shift+Equal');
    await expect(page.locator('html')).toHaveAttribute('data-font-scale', '110');
    await page.keyboard.press('Alt+Shift+Equal');
    await expect(page.locator('html')).toHaveAttribute('data-font-scale', '120');
    await expect(page.locator('.article-body[data-settling]')).toHaveCount(0);
    expect(await page.evaluate(() => window.__settling), 'the blocks out of sight were laid out after the change').toContain(true);
    const sizes = (tag) => page.locator(`.article-body > ${tag}`).evaluateAll((blocks) => [...new Set(blocks.map((b) => getComputedStyle(b).fontSize))]);
    expect(await sizes('p'), 'every paragraph, near or far, has the new size').toEqual(['24px']);
    expect(await sizes('h2'), 'and every heading one size, larger').toEqual(['28.8px']);
    expectKept(before, await place(page), 0.3);

    // The last section, by 本文目录: its heading is focused and on screen.
    await page.getByRole('navigation', { name: '本文目录' }).getByRole('link', { name: '第10部分' }).click({ delay: 50 });
    const last = page.getByRole('heading', { name: '第10部分' });
    await expect(last).toBeFocused();
    await expect(last).toBeInViewport();
    // The browser's own accessibility tree (what a screen reader reads) has every paragraph's
    // text: content-visibility: auto, tried for a faster 字号 change, takes it out (Chromium 156).
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const texts = nodes.map((n) => n.name?.value ?? '').join('\n');
    expect(texts).toContain('第1000段。');
    expect(texts).toContain('第1段。');
  });
});

test.describe('继续阅读', () => {
  test.use({ viewport: PHONE });
  const STORED = 'changyue.reading.v1';
  const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]'), STORED);

  /** Reads down to the `n`th block of the body (it at the top of the window) and waits until the
   *  position is kept. Returns the block's text. */
  async function readTo(page, n) {
    const text = await page.locator('.article-body > *').nth(n).evaluate((b) => {
      b.scrollIntoView({ block: 'start' });
      window.scrollBy(0, 5);
      return b.textContent;
    });
    await expect.poll(() => stored(page).then((s) => s.find((e) => e.id === 'wulantaolegai-practice')?.block)).toBe(n);
    return text;
  }

  test('across a reload the article opens at its top and offers the place, which one tap brings back', async ({ page }) => {
    await open(page, SEED);
    const text = await readTo(page, 8);
    const saved = await page.evaluate((key) => localStorage.getItem(key), STORED);
    await reopen(page);
    expect(await page.evaluate(() => window.scrollY), 'not jumped by itself').toBe(0);
    const go = page.getByRole('button', { name: /^继续阅读/ });
    await expect(go).toBeInViewport();
    await expect(go).toContainText(`上次读到：${text.slice(0, 24)}`);
    expect(await axeViolations(page)).toEqual([]);

    // Reading on from the top past the place, the offer goes by itself.
    await reopen(page);
    await expect(go).toBeVisible();
    await page.locator('.article-body > *').nth(10).evaluate((b) => b.scrollIntoView({ block: 'start' }));
    await expect(go).toHaveCount(0);
    // Back to the place offered before, for the rest of the test.
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORED, saved]);
    await reopen(page);

    await go.click({ delay: 50 });
    const block = page.locator('.article-body > *').nth(8);
    await expect(block).toBeFocused();
    const top = await block.evaluate((b) => b.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThanOrEqual(40);
    await expect(go).toHaveCount(0);
  });

  test('the place survives a size change between visits, and 从头读 declines it', async ({ page }) => {
    await open(page, SEED);
    await readTo(page, 6);
    await withSettings(page, { elder: true, font_scale: 140 });
    await reopen(page);
    await expect(page.locator('html')).toHaveAttribute('data-elder', '');
    await page.getByRole('button', { name: /^继续阅读/ }).click({ delay: 50 });
    const top = await page.locator('.article-body > *').nth(6).evaluate((b) => b.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThanOrEqual(60);

    await reopen(page);
    await page.getByRole('button', { name: '从头读，不再提示' }).click({ delay: 50 });
    await expect(page.getByRole('button', { name: /^继续阅读/ })).toHaveCount(0);
    await expect(page.locator('main h1')).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // Declined is declined: the next visit offers nothing.
    await reopen(page);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('.article-body > *').first()).toBeVisible();
    expect((await stored(page)).map((e) => e.block), 'the place was forgotten').not.toContain(6);
    await expect(page.getByRole('button', { name: /^继续阅读/ })).toHaveCount(0);
  });

  test('the list marks 读到 n% and 已读, and 清除阅读记录 forgets them', async ({ page }) => {
    await open(page, SEED);
    await readTo(page, 8);
    const blocks = await page.locator('.article-body > *').count();
    await page.getByRole('banner').getByRole('link', { name: '鄂尔多斯市党建网' }).click({ delay: 50 });
    const card = page.locator('.article-card', { hasText: '抓党建促振兴的乌兰陶勒盖实践' });
    await expect(card.locator('.reading-state')).toHaveText(`读到 ${Math.floor((9 * 100) / blocks)}%`);

    await card.getByRole('link').click({ delay: 50 });
    await expect(page.locator('main h1')).toHaveText('抓党建促振兴的乌兰陶勒盖实践');
    // Read to the end: the last paragraph's end in the window.
    await page.locator('.article-body > :last-child').evaluate((b) => b.scrollIntoView({ block: 'end' }));
    await expect.poll(() => stored(page).then((s) => s.find((e) => e.id === 'wulantaolegai-practice')?.read)).toBe(true);
    await page.getByRole('banner').getByRole('link', { name: '鄂尔多斯市党建网' }).click({ delay: 50 });
    await expect(card.locator('.reading-state')).toHaveText('已读');
    await expect(page.locator('.article-card', { hasText: '使用帮助' }).locator('.reading-state')).toHaveCount(0);

    const panel = await openSettingsPanel(page);
    await panel.getByRole('button', { name: '清除阅读记录' }).click({ delay: 50 });
    await expect(page.getByRole('status')).toHaveText('阅读记录已清除');
    await expect(card.locator('.reading-state')).toHaveCount(0);
    expect(await stored(page)).toEqual([]);
    await expect(panel.getByRole('button', { name: '清除阅读记录' })).toHaveAttribute('aria-disabled', 'true');
  });

  test('with storage that throws, the article reads as ever and nothing is offered', async ({ page }) => {
    const problems = watchConsole(page);
    await page.addInitScript(() => {
      window.__storageAsks = 0;
      Object.defineProperty(window, 'localStorage', {
        get() {
          window.__storageAsks++;
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await open(page, SEED);
    const asked = await page.evaluate(() => window.__storageAsks);
    await page.locator('.article-body > *').nth(8).evaluate((b) => b.scrollIntoView());
    // The app tried to keep the place, and was refused.
    await expect.poll(() => page.evaluate(() => window.__storageAsks)).toBeGreaterThan(asked);
    await reopen(page);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.getByRole('button', { name: /^继续阅读/ })).toHaveCount(0);
    expect(problems).toEqual([]);
  });
});

test.describe('添加到主屏幕', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the manifest is made from site.json, with both icons, and Chromium reads it without errors', async ({ page, request }) => {
    const response = await request.get('/manifest.webmanifest');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/manifest+json');
    expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
    const manifest = await response.json();
    const site = await (await request.get('/data/site.json')).json();
    expect(manifest).toMatchObject({ name: site.name, short_name: site.name, start_url: '/', display: 'standalone', lang: 'zh-CN' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    for (const [i, size] of [192, 512].entries()) {
      const icon = manifest.icons[i];
      expect(icon).toMatchObject({ sizes: `${size}x${size}`, type: 'image/png' });
      const png = await (await request.get(icon.src)).body();
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }

    await open(page, SEED);
    const cdp = await page.context().newCDPSession(page);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    expect(url).toMatch(/\/manifest\.webmanifest$/);
    expect(errors).toEqual([]);
  });

  test('Chromium finds nothing that stops an install', async ({ baseURL }, testInfo) => {
    // A test's own contexts are incognito, where nothing can be installed: a profile on disk.
    const profile = mkdtempSync(join(tmpdir(), 'changyue-install-'));
    const context = await chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, baseURL });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await open(page, SEED);
      const cdp = await context.newCDPSession(page);
      await expect.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

test.describe('what reading comfort draws, in every scheme', () => {
  const HISTORY = JSON.stringify([{ id: 'wulantaolegai-practice', block: 8, blocks: 17, excerpt: '实现乡村振兴,离不开基层党组织的引领和党员先锋模范作用的发挥。' }]);
  for (const scheme of SCHEMES) {
    for (const [modeName, mode] of [['', {}], [' in elder mode', { elder: true }]]) {
      test(`${scheme}${modeName} at 320 px: the 字号 bar, the 继续阅读 offer and 导读 keep 7:1, no axe violations, nothing sideways`, async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 640 });
        await withSettings(page, { scheme, ...mode });
        await page.addInitScript((h) => localStorage.setItem('changyue.reading.v1', h), HISTORY);
        await open(page, SEED);
        await expect(page.getByRole('button', { name: /^继续阅读/ })).toBeVisible();
        await page.locator('.article-body p').nth(6).evaluate((p) => p.scrollIntoView({ block: 'center' }));
        await page.mouse.move(160, 300);
        await page.mouse.wheel(0, -120);
        const bar = page.getByRole('region', { name: '字号和长者模式' });
        await expect(bar).toBeVisible();
        expect(await sidewaysOverflow(page)).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
        const contrast = await measureContrast(page);
        expect(contrast.texts).toBeGreaterThan(40);
        expect(contrast.text.ratio, contrast.text.where).toBeGreaterThanOrEqual(7);
        expect(contrast.ring.ratio, contrast.ring.where).toBeGreaterThanOrEqual(3);
        expect(contrast.border.ratio, contrast.border.where).toBeGreaterThanOrEqual(3);
      });
    }
  }
});
