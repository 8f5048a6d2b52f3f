// Accessibility checks that a person would notice: axe-core, sideways scroll, target sizes.
import { test, expect } from './fixtures.js';
import { open, openSeedFromList, SEED, HELP, axeViolations, sidewaysOverflow, openSettingsPanel } from './helpers.js';

const PAGES = [
  ['article', SEED],
  ['help article', HELP],
  ['article list', '/'],
  ['404', '/article/no-such-article'],
];

for (const width of [360, 1280]) {
  for (const [name, path] of PAGES) {
    for (const elder of [false, true]) {
      test(`axe: no violations on the ${name} at ${width} px${elder ? ' in elder mode' : ''}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        if (elder) await page.addInitScript(() => localStorage.setItem('changyue.settings.v1', '{"elder":true}'));
        await open(page, path);
        expect(await axeViolations(page)).toEqual([]);
        expect(await sidewaysOverflow(page)).toBe(0);
      });
    }
  }

  test(`axe: no violations on an error page at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.route('**/data/articles/wulantaolegai-practice.json', (route) => route.abort('failed'));
    await openSeedFromList(page);
    await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

for (const width of [360, 1280]) for (const [name, path] of PAGES) {
  for (const [mode, least] of [['', 44], [' in elder mode', 60]]) {
    test(`every control on the ${name} at ${width} px is at least ${least} x ${least} CSS px${mode} with a visible focus ring`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      if (least === 60) await page.addInitScript(() => localStorage.setItem('changyue.settings.v1', '{"elder":true}'));
      await open(page, path);
      await openSettingsPanel(page);
      await page.getByRole('banner').getByRole('button', { name: '无障碍浏览' }).click({ delay: 50 });
      // From here on the reader uses the keyboard, so focus from script shows its ring.
      await page.keyboard.press('Shift');
      await checkControls(page, least);
    });
  }
}

/** Every button, every link outside running text and every radio's label: its size and its focus ring. */
async function checkControls(page, least) {
  const controls = page.locator('button, a:not(main p a), label.choice');
  const count = await controls.count();
  expect(count).toBeGreaterThanOrEqual(45);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible())) continue;
    const box = await control.boundingBox();
    expect(Math.min(box.width, box.height), await control.textContent()).toBeGreaterThanOrEqual(least);
    // A radio's label is its target; the ring is on the radio itself (disabled ones take no focus).
    const focusable = (await control.evaluate((el) => el.matches('label'))) ? control.locator('input') : control;
    // Natively disabled radios take no focus; aria-disabled buttons do and are checked.
    if (await focusable.evaluate((el) => el.disabled)) continue;
    await focusable.focus();
    const ring = await focusable.evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
  }
}
