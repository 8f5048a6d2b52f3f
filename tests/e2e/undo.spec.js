// 撤销: the last setting changes taken back one by one, each said once.
import { test, expect } from './fixtures.js';
import { open, HELP, openSettingsPanel, watchAnnouncements, withSettings } from './helpers.js';

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
