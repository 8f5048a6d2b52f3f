// 阅读设置: the panel by keyboard, each setting applied at once, announced once and
// remembered (and still applied for the visit when storage is full), 恢复默认, and the reader's
// own browser wishes (prefers-*, forced colours).
import { test, expect } from './fixtures.js';
import { open, SEED, HELP, withSettings, openSettingsPanel, reopen, watchAnnouncements, fontSize, watchConsole } from './helpers.js';

const BODY = '.article-body p';

/** Line height and letter spacing of the first paragraph, in multiples of its font size. */
async function spacing(page) {
  return page.locator(BODY).first().evaluate((p) => {
    const s = getComputedStyle(p);
    const size = parseFloat(s.fontSize);
    const letter = s.letterSpacing === 'normal' ? 0 : parseFloat(s.letterSpacing);
    return { line: +(parseFloat(s.lineHeight) / size).toFixed(2), letter: +(letter / size).toFixed(2) };
  });
}

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('changyue.settings.v1')));
const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the panel opens and closes by keyboard, and Escape gives focus back to its button', async ({ page }) => {
  await open(page, SEED);
  const toggle = page.getByRole('banner').getByRole('button', { name: '阅读设置', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('region', { name: '阅读设置' });
  await expect(panel).toBeVisible();
  await expect(toggle).toBeFocused();
  // The panel comes next in Tab order after 无障碍浏览; inside a radio group the arrows move, Tab leaves.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('banner').getByRole('button', { name: '无障碍浏览' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: '大', exact: true })).toBeFocused();
  await panel.getByRole('radio', { name: '标准' }).first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(panel.getByRole('radio', { name: '宽松' })).toBeChecked();
  await expect(panel.getByRole('radio', { name: '宽松' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // 收起阅读设置 does the same.
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: '收起阅读设置' }).click({ delay: 50 });
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
});

test('each setting applies at once, is announced once, and is remembered', async ({ page }) => {
  await open(page, SEED);
  const before = await background(page);
  const panel = await openSettingsPanel(page);
  const paragraph = page.locator(BODY).first();
  await paragraph.evaluate((p) => (p.dataset.marker = 'same-node'));
  const status = page.getByRole('status');
  const announced = await watchAnnouncements(page);

  expect(await spacing(page)).toEqual({ line: 1.8, letter: 0 });
  await panel.getByRole('group', { name: '行距' }).getByRole('radio', { name: '特宽' }).click({ delay: 50 });
  await expect(status).toHaveText('行距已调整为 特宽');
  expect((await spacing(page)).line).toBe(2.4);

  await panel.getByRole('group', { name: '字间距' }).getByRole('radio', { name: '宽', exact: true }).click({ delay: 50 });
  await expect(status).toHaveText('字间距已调整为 宽');
  expect((await spacing(page)).letter).toBe(0.12);

  const mainWidth = () => page.locator('main').evaluate((m) => parseFloat(getComputedStyle(m).maxWidth) / parseFloat(getComputedStyle(m).fontSize));
  expect(await mainWidth()).toBe(36);
  await panel.getByRole('group', { name: '版面宽度' }).getByRole('radio', { name: '窄' }).click({ delay: 50 });
  await expect(status).toHaveText('版面宽度已调整为 窄');
  expect(await mainWidth()).toBe(26);

  await panel.getByRole('group', { name: '配色' }).getByRole('radio', { name: '黑底黄字' }).click({ delay: 50 });
  await expect(status).toHaveText('配色已调整为 黑底黄字');
  expect(await background(page)).toBe('rgb(0, 0, 0)');
  expect(await paragraph.evaluate((p) => getComputedStyle(p).color)).toBe('rgb(255, 255, 0)');
  expect(before).not.toBe('rgb(0, 0, 0)');

  await expect(page.locator('[aria-live]')).toHaveCount(1);
  // Each change said once: the live region's text changed exactly once for each.
  expect(await announced()).toEqual(['行距已调整为 特宽', '字间距已调整为 宽', '版面宽度已调整为 窄', '配色已调整为 黑底黄字']);
  // Restyled, not re-rendered.
  await expect(page.locator(`${BODY}[data-marker="same-node"]`)).toHaveCount(1);
  expect(await stored(page)).toMatchObject({ line_height: 'extra-wide', letter_spacing: 'wide', width: 'narrow', scheme: 'yellow-on-black' });

  await reopen(page);
  expect(await spacing(page)).toEqual({ line: 2.4, letter: 0.12 });
  expect(await mainWidth()).toBe(26);
  expect(await background(page)).toBe('rgb(0, 0, 0)');
  const reopened = await openSettingsPanel(page);
  for (const [group, name] of [['行距', '特宽'], ['字间距', '宽'], ['版面宽度', '窄'], ['配色', '黑底黄字']]) {
    await expect(reopened.getByRole('group', { name: group }).getByRole('radio', { name, exact: true })).toBeChecked();
  }
});

test('纯文本 hides images and shows their description in place, and comes back', async ({ page }) => {
  await open(page, HELP);
  const image = page.locator('main figure img');
  await expect(image).toBeVisible();
  await expect(page.locator('.image-alt')).toBeHidden();
  const alt = await image.getAttribute('alt');
  const panel = await openSettingsPanel(page);
  const textOnly = panel.getByRole('button', { name: '纯文本' });
  await textOnly.click({ delay: 50 });
  await expect(textOnly).toHaveAttribute('aria-pressed', 'true');
  await expect(image).toBeHidden();
  await expect(page.locator('main figure')).toContainText(`［图片：${alt}］`);
  // The description is read once: the image is out of the accessibility tree now.
  await expect(page.getByRole('img', { name: alt })).toHaveCount(0);
  await reopen(page);
  await expect(page.locator('main figure img')).toBeHidden();
  await expect(page.locator('.image-alt')).toBeVisible();
  await (await openSettingsPanel(page)).getByRole('button', { name: '纯文本' }).click({ delay: 50 });
  await expect(page.locator('main figure img')).toBeVisible();
  await expect(page.locator('.image-alt')).toBeHidden();
  await expect(page.getByRole('img', { name: alt })).toHaveCount(1);
});

test('恢复默认 puts every setting back, elder mode too, and says so', async ({ page }) => {
  await withSettings(page, {
    font_scale: 240, line_height: 'compact', letter_spacing: 'extra-wide', width: 'wide', scheme: 'dark', text_only: true, elder: true,
  });
  await open(page, HELP);
  const panel = await openSettingsPanel(page);
  await panel.getByRole('button', { name: '恢复默认' }).click({ delay: 50 });
  await expect(page.getByRole('status')).toHaveText('阅读设置已全部恢复默认');
  await expect(panel.getByRole('button', { name: '恢复默认' })).toBeFocused();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-font-scale', '100');
  await expect(html).toHaveAttribute('data-scheme', 'default');
  await expect(html).not.toHaveAttribute('data-elder');
  await expect(html).not.toHaveAttribute('data-text-only');
  expect(await spacing(page)).toEqual({ line: 1.8, letter: 0 });
  expect(await stored(page)).toEqual({
    font_scale: 100, line_height: 'standard', letter_spacing: 'standard', width: 'medium', text_only: false, pinyin: false, elder: false,
  });
  for (const [group, name] of [['行距', '标准'], ['字间距', '标准'], ['版面宽度', '中'], ['配色', '默认']]) {
    await expect(panel.getByRole('group', { name: group }).getByRole('radio', { name, exact: true })).toBeChecked();
  }
});

for (const [wish, media, scheme, label] of [
  ['prefers-color-scheme: dark', { colorScheme: 'dark' }, 'dark', '夜间'],
  ['prefers-contrast: more', { contrast: 'more' }, 'high-contrast', '高对比（白底黑字）'],
  ['dark and more contrast', { colorScheme: 'dark', contrast: 'more' }, 'yellow-on-black', '黑底黄字'],
]) {
  test(`a first visit with ${wish} starts in ${label}, until the reader picks another`, async ({ page }) => {
    await page.emulateMedia(media);
    await open(page, SEED);
    await expect(page.locator('html')).toHaveAttribute('data-scheme', scheme);
    const schemes = (await openSettingsPanel(page)).getByRole('group', { name: '配色' });
    await expect(schemes.getByRole('radio', { name: label })).toBeChecked();
    await schemes.getByRole('radio', { name: '默认' }).click({ delay: 50 });
    await reopen(page);
    await expect(page.locator('html')).toHaveAttribute('data-scheme', 'default');
  });
}

test('an unchosen scheme follows the system when it changes while reading; a chosen one stays', async ({ page }) => {
  await open(page, SEED);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-scheme', 'default');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-scheme', 'dark');
  await page.emulateMedia({ colorScheme: 'light', contrast: 'more' });
  await expect(html).toHaveAttribute('data-scheme', 'high-contrast');
  const panel = await openSettingsPanel(page);
  await panel.getByRole('group', { name: '配色' }).getByRole('radio', { name: '蓝底黄字' }).click({ delay: 50 });
  await page.emulateMedia({ colorScheme: 'dark', contrast: 'no-preference' });
  await expect(html).toHaveAttribute('data-scheme', 'yellow-on-blue');
});

test('prefers-reduced-motion and elder mode both remove every transition', async ({ page }) => {
  // Every element and pseudo-element of the page that moves or fades: none may, in either case.
  const moving = () => page.evaluate(() => {
    const found = [];
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        const animated = s.animationName !== 'none' && s.animationDuration.split(',').some((d) => parseFloat(d) > 0);
        if (s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || animated) found.push(`${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ''}`);
      }
    }
    return found;
  });
  await open(page, SEED);
  expect((await moving()).length, 'the buttons do fade by default').toBeGreaterThan(0);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await moving()).toEqual([]);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.getByRole('banner').getByRole('button', { name: '长者模式' }).click({ delay: 50 });
  await expect(page.locator('html')).toHaveAttribute('data-elder', '');
  expect(await moving()).toEqual([]);
});

// A guard: it fails if our styles ever opt out of forced colours (forced-color-adjust: none
// on the page, or colours set where the browser cannot override them).
test('in forced-colors mode the system colours apply whatever the scheme', async ({ page }) => {
  await withSettings(page, { scheme: 'yellow-on-blue' });
  await open(page, SEED);
  const read = () => page.evaluate((selector) => {
    const probe = document.createElement('div');
    probe.style.cssText = 'color: CanvasText; background-color: Canvas';
    document.body.append(probe);
    const system = [getComputedStyle(probe).color, getComputedStyle(probe).backgroundColor];
    probe.remove();
    return { system, page: [getComputedStyle(document.querySelector(selector)).color, getComputedStyle(document.body).backgroundColor] };
  }, BODY);
  expect((await read()).page).toEqual(['rgb(255, 255, 0)', 'rgb(0, 51, 143)']);
  await page.emulateMedia({ forcedColors: 'active' });
  const forced = await read();
  expect(forced.page).toEqual(forced.system);
});

test('the gap between paragraphs is three quarters of a line at every 行距, and more than a whole line in 长者模式', async ({ page }) => {
  const share = () => page.locator(BODY).first().evaluate((p) => {
    const s = getComputedStyle(p);
    return parseFloat(s.marginBlockEnd) / parseFloat(s.lineHeight);
  });
  const inQuote = () => page.locator('.article-body blockquote p').first().evaluate((p) => getComputedStyle(p).marginBlockEnd);
  await open(page, HELP);
  const panel = await openSettingsPanel(page);
  const steps = panel.getByRole('group', { name: '行距' });
  for (const name of ['紧凑', '标准', '宽松', '特宽']) {
    await steps.getByRole('radio', { name }).click({ delay: 50 });
    await expect(steps.getByRole('radio', { name })).toBeChecked();
    expect(await share(), name).toBeCloseTo(0.75, 2);
    expect(await inQuote(), `no gap under a quote's paragraph at ${name}`).toBe('0px');
  }
  await page.getByRole('banner').getByRole('button', { name: '长者模式' }).click({ delay: 50 });
  await expect(page.locator('html')).toHaveAttribute('data-elder', '');
  expect(await share(), '特宽 in 长者模式').toBeCloseTo(1.1, 2);
  await steps.getByRole('radio', { name: '宽松' }).click({ delay: 50 });
  await expect(steps.getByRole('radio', { name: '宽松' })).toBeChecked();
  expect(await share(), '宽松 in 长者模式').toBeCloseTo(1.1, 2);
  expect(await inQuote(), 'nor in 长者模式').toBe('0px');
});

test('a full localStorage: settings still apply for the visit and nothing breaks', async ({ page }) => {
  const problems = watchConsole(page);
  await open(page, SEED);
  // Fill the real quota, as other pages of the same site might have.
  const filled = await page.evaluate(() => {
    localStorage.clear();
    // Big pieces first, then ever smaller ones, until not one more character fits.
    let i = 0;
    let error = null;
    for (let size = 1024 * 1024; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        try {
          localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
        } catch (e) {
          error = e.name;
          break;
        }
      }
    }
    return { error };
  });
  expect(filled.error).toBe('QuotaExceededError');
  await page.getByRole('button', { name: '大', exact: true }).click({ delay: 50 });
  expect(await fontSize(page, '.article-body p')).toBe(26);
  await expect(page.getByRole('status')).toHaveText('字号已调整为 大');
  await page.getByRole('banner').getByRole('button', { name: '长者模式' }).click({ delay: 50 });
  expect(await fontSize(page, '.article-body p')).toBe(31.2);
  expect(await page.evaluate(() => localStorage.getItem('changyue.settings.v1'))).toBeNull();
  expect(problems).toEqual([]);
});
