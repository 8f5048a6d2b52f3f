// 继续阅读: the place in an article kept between visits, offered once, and the list's 读到 n%.
import { test, expect } from './fixtures.js';
import { open, reopen, SEED, axeViolations, openSettingsPanel, watchConsole, withSettings } from './helpers.js';
import { PHONE } from './place.js';

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

  test('at 320 px in 长者模式 the preview shows the excerpt itself, eight characters or more, and its name still says 上次读到', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await withSettings(page, { elder: true });
    await open(page, SEED);
    const text = await readTo(page, 8);
    await reopen(page);
    const go = page.getByRole('button', { name: /^继续阅读/ });
    await expect(go).toHaveAccessibleName(new RegExp(`上次读到：\\s?${text.slice(0, 12)}`));
    const shown = await go.locator('.resume-where').evaluate((w) => {
      const lead = w.querySelector('.resume-lead').getBoundingClientRect().width;
      return { chars: w.clientWidth / parseFloat(getComputedStyle(w).fontSize), lead };
    });
    expect(shown.lead, '上次读到 is heard, not shown').toBeLessThanOrEqual(1);
    expect(shown.chars).toBeGreaterThanOrEqual(8);
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
