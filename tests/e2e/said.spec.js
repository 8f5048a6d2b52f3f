// What the reader hears for each change: said once, by the pressed control's own state
// (aria-pressed, aria-expanded, which a screen reader speaks on the button pressed) or by the
// polite status line, never both, and nothing for a press that changes nothing.
import { test, expect } from './fixtures.js';
import { open, SEED, openToolbar, openSettingsPanel, watchAnnouncements, holdRequests } from './helpers.js';

const banner = (page, name) => page.getByRole('banner').getByRole('button', { name, exact: true });

/** Presses `button` with a held click and returns the words the status line said meanwhile. */
async function saidOnPress(page, button, attribute, becomes) {
  const announced = await watchAnnouncements(page);
  await button.click({ delay: 50 });
  await expect(button).toHaveAttribute(attribute, becomes);
  // The app says a change in the same task as the press; a frame later all of it has been said.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return announced();
}

test('a switch or a disclosure says its change by its own state alone, each way', async ({ page }) => {
  await open(page, SEED);
  for (const becomes of ['true', 'false']) {
    expect(await saidOnPress(page, banner(page, '长者模式'), 'aria-pressed', becomes), `长者模式 ${becomes}`).toEqual([]);
    expect(await saidOnPress(page, banner(page, '阅读设置'), 'aria-expanded', becomes), `阅读设置 ${becomes}`).toEqual([]);
    expect(await saidOnPress(page, banner(page, '无障碍浏览'), 'aria-expanded', becomes), `无障碍浏览 ${becomes}`).toEqual([]);
  }
  const panel = await openSettingsPanel(page);
  expect(await saidOnPress(page, panel.getByRole('button', { name: '纯文本' }), 'aria-pressed', 'true')).toEqual([]);
  const toolbar = await openToolbar(page);
  for (const name of ['阅读尺', '声音']) {
    const tool = toolbar.getByRole('button', { name, exact: true });
    const was = await tool.getAttribute('aria-pressed');
    expect(await saidOnPress(page, tool, 'aria-pressed', was === 'true' ? 'false' : 'true'), name).toEqual([]);
  }
});

test('a shortcut, pressed away from the control, says its change in words, once', async ({ page }) => {
  await open(page, SEED);
  await page.locator('main h1').click({ delay: 50 });
  const announced = await watchAnnouncements(page);
  await page.keyboard.press('Alt+Shift+KeyE');
  await expect(page.locator('html')).toHaveAttribute('data-elder', '');
  await page.keyboard.press('Alt+Shift+KeyA');
  await expect(page.getByRole('toolbar', { name: '无障碍工具' })).toBeVisible();
  await page.keyboard.press('Alt+Shift+KeyA');
  await expect(page.getByRole('toolbar', { name: '无障碍工具' })).toHaveCount(0);
  expect(await announced()).toEqual(['长者模式已开启', '无障碍工具已打开', '无障碍工具已关闭']);
});

test('a press on 大 while 大 is in force says nothing; a press that is refused says why', async ({ page }) => {
  await open(page, SEED);
  const announced = await watchAnnouncements(page);
  await banner(page, '大').click({ delay: 50 });
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '130');
  await banner(page, '大').click({ delay: 50 });
  await banner(page, '中').click({ delay: 50 });
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '100');
  await banner(page, '中').click({ delay: 50 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await announced()).toEqual(['字号已调整为 大', '字号已调整为 中']);
  // Nothing changed, so nothing to undo either.
  const panel = await openSettingsPanel(page);
  await panel.getByRole('button', { name: '撤销上一次设置更改' }).click({ delay: 50 });
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '130');
});

test('before the app starts, the pre-rendered page says the same: nothing for 长者模式 or a second 大', async ({ page }) => {
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  await expect(page.locator('#prerendered main h1')).toBeVisible();
  const said = [];
  await page.exposeFunction('__heard', (words) => said.push(words));
  await page.evaluate(() => {
    const region = document.querySelector('#prerendered #announcer');
    new MutationObserver(() => window.__heard(region.textContent.trim())).observe(region, { childList: true, characterData: true, subtree: true });
  });
  await banner(page, '长者模式').click({ delay: 50 });
  await expect(banner(page, '长者模式')).toHaveAttribute('aria-pressed', 'true');
  await banner(page, '大').click({ delay: 50 });
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '130');
  await banner(page, '大').click({ delay: 50 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(said.filter((w) => w !== '')).toEqual(['字号已调整为 大']);
  release();
});
