// Two tabs of the site open at once, as a reader opens a second article from a shared link: what
// is set or read in one is taken in by the other, so neither stores its stale copy over it.
import { test, expect } from './fixtures.js';
import { open, SEED, HELP, openSettingsPanel } from './helpers.js';

const stored = (page, key) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)), key);

test('a setting changed in one tab shows in the other, whose next change keeps it', async ({ page }) => {
  const other = await page.context().newPage();
  await open(page, SEED);
  await open(other, HELP);
  await page.getByRole('banner').getByRole('button', { name: '长者模式' }).click({ delay: 50 });
  await expect(page.locator('html')).toHaveAttribute('data-elder', '');
  await expect(other.locator('html'), 'the other tab follows at once').toHaveAttribute('data-elder', '');
  await expect(other.getByRole('banner').getByRole('button', { name: '长者模式' })).toHaveAttribute('aria-pressed', 'true');
  // It was the first tab's change: the other has nothing of its own to undo.
  const undo = (await openSettingsPanel(other)).getByRole('button', { name: '撤销上一次设置更改' });
  await expect(undo).toHaveAttribute('aria-disabled', 'true');

  // The other tab's own change is made on top of 长者模式, not on its settings from before.
  await other.getByRole('banner').getByRole('button', { name: '放大字号' }).first().click({ delay: 50 });
  await expect(other.locator('html')).not.toHaveAttribute('data-font-scale', '100');
  const scale = await other.locator('html').getAttribute('data-font-scale');
  expect(await stored(page, 'changyue.settings.v1')).toMatchObject({ elder: true });
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', scale);
  await expect(page.locator('html')).toHaveAttribute('data-elder', '');
  await expect(undo, 'its own change can be undone').toHaveAttribute('aria-disabled', 'false');
  // Once the first tab changes something again, 撤销 in the other would go back to settings from
  // before that change, taking it back in both tabs: it has nothing left to undo.
  await page.getByRole('banner').getByRole('button', { name: '长者模式' }).click({ delay: 50 });
  await expect(other.locator('html')).not.toHaveAttribute('data-elder');
  await expect(undo).toHaveAttribute('aria-disabled', 'true');

  // The 无障碍 toolbar's tools too.
  await page.getByRole('banner').getByRole('button', { name: '无障碍浏览' }).click({ delay: 50 });
  await page.getByRole('toolbar').getByRole('button', { name: '阅读尺' }).click({ delay: 50 });
  await expect(page.locator('html')).toHaveAttribute('data-ruler', '');
  await expect(other.locator('html')).toHaveAttribute('data-ruler', '');
  await other.close();
});

test('a place noted in one tab is kept when the other tab notes its own article', async ({ page }) => {
  const other = await page.context().newPage();
  await open(page, SEED);
  await open(other, HELP);
  const [seed, help] = [SEED, HELP].map((path) => path.split('/').pop());
  // The block a tab last noted for an article, as stored for 继续阅读.
  const place = async (id) => ((await stored(page, 'changyue.reading.v1')) ?? []).find((e) => e.id === id)?.block ?? null;
  // Both articles are noted as they open.
  await expect.poll(() => place(help)).not.toBeNull();
  await expect.poll(() => place(seed)).toBe(0);
  // Reading on in the first tab notes a place further down.
  await page.bringToFront();
  await page.mouse.move(180, 400);
  await page.mouse.wheel(0, 1500);
  await expect.poll(() => place(seed)).toBeGreaterThan(0);
  const further = await place(seed);
  // The reader goes to the other tab, which notes its own article again; the first tab's place
  // is still there.
  await other.bringToFront();
  await other.mouse.move(180, 400);
  await other.mouse.wheel(0, 1200);
  await expect.poll(() => place(help), 'the other tab noted its place').toBeGreaterThan(0);
  expect(await place(seed)).toBe(further);
  await other.close();
});
