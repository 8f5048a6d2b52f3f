// The reader's place: a change of 字号, 长者模式 or any setting keeps the block being read where
// it was, with the same share of it read, on a short article and on a long one.
import { test, expect } from './fixtures.js';
import { open, SEED, followInAppLink } from './helpers.js';
import { PHONE, placeAtTop, place, expectKept } from './place.js';

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
