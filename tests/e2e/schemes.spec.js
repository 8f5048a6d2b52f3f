// 配色 and modes, measured: for each colour scheme, in normal and elder mode, at phone and
// desktop width: axe-core, contrast from computed styles, and no sideways scroll.
import { test, expect } from './fixtures.js';
import {
  open, HELP, SEED, SCHEMES, axeViolations, sidewaysOverflow, withSettings, openSettingsPanel, measureContrast,
} from './helpers.js';



for (const width of [360, 1280]) {
  for (const scheme of SCHEMES) {
    for (const [modeName, mode] of [['', {}], [' in elder mode', { elder: true }], [' in text-only mode', { text_only: true }]]) {
      const label = `${scheme}${modeName} at ${width} px`;
      test(`${label}: no axe violations, text 7:1, focus rings and borders 3:1`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await withSettings(page, { scheme, ...mode });
        await open(page, HELP);
        await expect(page.locator('html')).toHaveAttribute('data-scheme', scheme);
        await openSettingsPanel(page);
        expect(await axeViolations(page)).toEqual([]);
        const contrast = await measureContrast(page);
        console.log(`contrast ${label}: text ${contrast.text.ratio.toFixed(2)} (${contrast.texts} elements), ring ${contrast.ring.ratio.toFixed(2)}, border ${contrast.border.ratio.toFixed(2)}`);
        expect(contrast.texts).toBeGreaterThan(40);
        // The settings panel is open: its six swatches, and the page's rings and radio borders.
        expect(contrast.swatches).toBeGreaterThanOrEqual(6);
        expect(contrast.rings).toBeGreaterThan(10);
        expect(contrast.borders).toBeGreaterThan(10);
        expect(contrast.text.ratio, contrast.text.where).toBeGreaterThanOrEqual(7);
        expect(contrast.swatch.ratio, contrast.swatch.where).toBeGreaterThanOrEqual(7);
        expect(contrast.ring.ratio, contrast.ring.where).toBeGreaterThanOrEqual(3);
        expect(contrast.border.ratio, contrast.border.where).toBeGreaterThanOrEqual(3);
        expect(await sidewaysOverflow(page)).toBe(0);
      });
    }
  }
}

// The widest everything: largest text, widest spacing and lines, on the narrowest screen.
for (const [mode, extra] of [['', {}], [' in elder mode', { elder: true }], [' in text-only mode', { text_only: true }]]) {
  test(`nothing scrolls sideways at 320 px at the largest step with the widest spacing${mode}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await withSettings(page, {
      font_scale: 320, line_height: 'extra-wide', letter_spacing: 'extra-wide', width: 'wide', scheme: 'yellow-on-blue', ...extra,
    });
    for (const path of [HELP, '/']) {
      await open(page, path);
      await expect(page.locator('html')).toHaveAttribute('data-font-scale', '320');
      await openSettingsPanel(page);
      expect(await sidewaysOverflow(page), path).toBe(0);
      const cut = await page.locator('.control, .choice').evaluateAll((els) =>
        els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
      expect(cut, 'no control cuts its own text').toEqual([]);
    }
  });
}

test('text survives the WCAG 1.4.12 spacing override: nothing cut, nothing sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page, HELP);
  await openSettingsPanel(page);
  // A constructed stylesheet, as a reader's extension would add it (the CSP refuses a <style>).
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-bottom: 2em !important; }`);
  expect(await sidewaysOverflow(page)).toBe(0);
  // Text that spills out of its button or label box would overlap its neighbours.
  const spilled = await page.locator('button, label.choice').evaluateAll((els) =>
    els.filter((e) => e.checkVisibility() && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1))
      .map((e) => e.textContent));
  expect(spilled).toEqual([]);
});

test.describe('the 字号 bar, the 继续阅读 offer and 导读, in every scheme', () => {
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
