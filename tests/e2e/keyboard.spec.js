// The keyboard: 本文目录, region jumps, the Alt+Shift shortcuts and their help, and a walk
// through the whole page with Tab alone.
import { test, expect } from './fixtures.js';
import { open, reopen, SEED, HELP, axeViolations, serveData } from './helpers.js';
import { installSpeech, lastSpoken } from './speech.js';

const SECTIONS = [
  '育强“组织力” 筑牢乡村振兴“桥头堡”',
  '擎起“产业旗” 打造乡村振兴“金钥匙”',
  '汇聚“人才力” 组建乡村振兴“智慧库”',
  '走好“文化路” 释放乡村振兴“新力量”',
  '做好“生态题” 答出乡村振兴“高分卷”',
];

test('本文目录 lists the sections; a link takes focus to its heading', async ({ page }) => {
  await open(page, SEED);
  const contents = page.getByRole('navigation', { name: '本文目录' });
  await expect(contents.getByRole('link')).toHaveText(await page.locator('.article-body h2').allTextContents());
  await contents.getByRole('link').nth(2).focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 2, name: await contents.getByRole('link').nth(2).textContent() });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  // Tab goes on from the section, not from the top of the page.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement.closest('main, footer').tagName)).toBe('FOOTER');
});

test('the seed article has the five sections of the page it replaces in its contents', async ({ page }) => {
  await open(page, SEED);
  await expect(page.getByRole('navigation', { name: '本文目录' }).getByRole('link')).toHaveText(SECTIONS);
});

test('Alt+Shift shortcuts: toolbar, font size, elder mode and region jumps (智能盲道)', async ({ page }) => {
  await open(page, SEED);
  await page.keyboard.press('Alt+Shift+KeyA');
  const toolbar = page.getByRole('toolbar', { name: '无障碍工具' });
  await expect(toolbar.getByRole('button', { name: '连读' })).toBeFocused();
  await page.keyboard.press('Alt+Shift+KeyA');
  await expect(toolbar).toHaveCount(0);

  await page.keyboard.press('Alt+Shift+Equal');
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '110');
  await expect(page.getByRole('status')).toHaveText('字号已调整为 110%');
  await page.keyboard.press('Alt+Shift+Minus');
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '100');
  await page.keyboard.press('Alt+Shift+KeyE');
  await expect(page.locator('html')).toHaveAttribute('data-elder', '');
  await expect(page.getByRole('status')).toHaveText('长者模式已开启');
  await page.keyboard.press('Alt+Shift+KeyE');
  await expect(page.locator('html')).not.toHaveAttribute('data-elder');

  await page.keyboard.press('Alt+Shift+Digit4');
  await expect(page.getByRole('heading', { name: '两微一端' })).toBeFocused();
  await page.keyboard.press('Alt+Shift+Digit5');
  await expect(page.getByRole('navigation', { name: '本文目录' }).getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Alt+Shift+Digit3');
  await expect(page.getByRole('banner').getByRole('button', { name: '阅读设置', exact: true })).toBeFocused();
  await page.keyboard.press('Alt+Shift+Digit1');
  await expect(page.getByRole('banner').getByRole('link', { name: '鄂尔多斯市党建网' })).toBeFocused();
  await page.keyboard.press('Alt+Shift+Digit2');
  await expect(page.getByRole('main')).toBeFocused();
});

test('read-aloud by shortcut: Alt+Shift+R reads, pauses and resumes; N, P and S', async ({ page }) => {
  await installSpeech(page);
  await open(page, SEED);
  await page.keyboard.press('Alt+Shift+KeyR');
  await expect.poll(() => lastSpoken(page).then((s) => s && s.text)).toBe('抓党建促振兴的乌兰陶勒盖实践');
  await expect(page.getByRole('toolbar', { name: '无障碍工具' }), 'the controls come into sight').toBeVisible();
  await page.keyboard.press('Alt+Shift+KeyN');
  await expect.poll(() => lastSpoken(page).then((s) => s.text)).toBe('乌审旗乌兰陶勒盖镇把抓党建促乡村振兴工作摆在首要位置，推动基层党建与乡村振兴深度融合。');
  const toolbar = page.getByRole('toolbar', { name: '无障碍工具' });
  await page.keyboard.press('Alt+Shift+KeyR');
  await expect(toolbar.getByRole('button', { name: '继续' })).toBeVisible();
  await page.keyboard.press('Alt+Shift+KeyR');
  await expect(toolbar.getByRole('button', { name: '暂停' })).toBeVisible();
  await page.keyboard.press('Alt+Shift+KeyP');
  await expect.poll(() => lastSpoken(page).then((s) => s.text)).toBe('抓党建促振兴的乌兰陶勒盖实践');
  await page.keyboard.press('Alt+Shift+KeyS');
  await expect(toolbar.getByRole('button', { name: '暂停' })).toHaveAttribute('aria-disabled', 'true');
});

test('no bare key, Shift+letter or Alt+letter acts, and nothing fires while typing in a field', async ({ page }) => {
  await installSpeech(page);
  await open(page, SEED);
  for (const key of ['r', 'a', '=', 'Shift+KeyR', 'Shift+KeyA', 'Shift+Equal', 'Alt+KeyR', 'Alt+KeyA', 'Alt+Equal', 'Control+Shift+KeyA']) {
    await page.keyboard.press(key);
  }
  // A real shortcut after them: once it has acted, the keys before it have been handled too.
  await page.keyboard.press('Alt+Shift+Equal');
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '110');
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  expect(await page.evaluate(() => window.__speech.record.spoken)).toEqual([]);
  // A field on the page (a site may add a search box): its keys stay its own.
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.setAttribute('aria-label', '搜索');
    document.querySelector('main').prepend(input);
  });
  await page.getByRole('textbox', { name: '搜索' }).focus();
  await page.keyboard.press('Alt+Shift+KeyA');
  await page.keyboard.press('Alt+Shift+Equal');
  await page.getByRole('textbox', { name: '搜索' }).blur();
  await page.keyboard.press('Alt+Shift+Equal');
  await expect(page.locator('html'), 'only the press outside the field counted').toHaveAttribute('data-font-scale', '120');
  await expect(page.getByRole('toolbar')).toHaveCount(0);
});

test('快捷键 help: opened by shortcut or button, lists every shortcut, and turns them all off', async ({ page }) => {
  await open(page, SEED);
  const fontLarger = page.getByRole('banner').getByRole('button', { name: '放大字号' });
  await fontLarger.focus();
  await page.keyboard.press('Alt+Shift+KeyK');
  const dialog = page.getByRole('dialog', { name: '快捷键' });
  await expect(dialog).toBeVisible();
  // Every row, in core's order (core/src/shortcuts.rs), as the reader reads it.
  const rows = await dialog.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.replace(/\s+/g, ''))));
  expect(rows).toEqual([
    ['Alt+Shift+A', '打开或关闭无障碍工具'], ['Alt+Shift+R', '连读；朗读时暂停或继续'], ['Alt+Shift+S', '停止朗读'],
    ['Alt+Shift+P', '朗读上一句'], ['Alt+Shift+N', '朗读下一句'], ['Alt+Shift+=', '放大字号'], ['Alt+Shift+-', '缩小字号'],
    ['Alt+Shift+E', '开启或关闭长者模式'], ['Alt+Shift+Z', '撤销上一次设置更改'], ['Alt+Shift+1', '跳到页头'],
    ['Alt+Shift+2', '跳到正文'], ['Alt+Shift+3', '跳到阅读设置'], ['Alt+Shift+4', '跳到两微一端'],
    ['Alt+Shift+5', '跳到本文目录'], ['Alt+Shift+K', '显示快捷键说明'],
  ]);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(fontLarger, 'focus goes back where it was').toBeFocused();
  // While the dialog is open, the page behind it is left alone.
  await page.keyboard.press('Alt+Shift+KeyK');
  await page.keyboard.press('Alt+Shift+Equal');
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '100');

  await page.keyboard.press('Alt+Shift+KeyA');
  await page.getByRole('toolbar').getByRole('button', { name: '快捷键' }).click({ delay: 50 });
  const enabled = dialog.getByRole('button', { name: '启用快捷键' });
  await expect(enabled).toHaveAttribute('aria-pressed', 'true');
  await enabled.click({ delay: 50 });
  await expect(enabled).toHaveAttribute('aria-pressed', 'false');
  await dialog.getByRole('button', { name: '关闭' }).click({ delay: 50 });
  await expect(page.getByRole('toolbar').getByRole('button', { name: '快捷键' })).toBeFocused();
  await reopen(page);
  await page.keyboard.press('Alt+Shift+Equal');
  await page.keyboard.press('Alt+Shift+KeyK');
  await expect(page.locator('html'), 'off, and remembered').toHaveAttribute('data-font-scale', '100');
  await expect(dialog).toBeHidden();
});

test('Tab alone reaches every control on the page, in order, with a visible ring, and never gets stuck', async ({ page }) => {
  await open(page, HELP);
  await page.getByRole('banner').getByRole('button', { name: '无障碍浏览' }).click({ delay: 50 });
  await page.getByRole('banner').getByRole('button', { name: '阅读设置', exact: true }).click({ delay: 50 });
  // The reader starts at the top of the page: the skip link is the first stop.
  await page.keyboard.press('Shift');
  await page.locator('.skip-link').focus();
  // What a keyboard reader should be able to reach: every visible control that takes focus,
  // one per toolbar (its Tab stop) and one per radio group (the checked radio). Each is numbered
  // in document order: an attribute may change during the walk (清除阅读记录 is enabled once the
  // article is noted, 0.4 s after it opens), which must not make the same control a different one.
  const expected = await page.evaluate(() => {
    const all = [...document.querySelectorAll('a[href], button, input, select, [tabindex="0"]')];
    return all
      .filter((e) => e.offsetParent !== null || e.closest('.skip-link'))
      .filter((e) => !e.closest('dialog'))
      .filter((e) => !(e.closest('[role=toolbar]') && e.getAttribute('tabindex') === '-1'))
      .filter((e) => !(e.type === 'radio' && !e.checked))
      .map((e, i) => {
        const html = `${i} ${e.outerHTML.slice(0, 120)}`;
        e.dataset.walk = i;
        return html;
      });
  });
  const reached = [];
  for (let i = 0; i < expected.length + 5; i++) {
    if (i > 0) await page.keyboard.press('Tab');
    const now = await page.evaluate(() => {
      const e = document.activeElement;
      const s = getComputedStyle(e);
      const html = e.outerHTML.replace(/ data-walk="\d+"/, '').slice(0, 120);
      return { html, walk: e.dataset.walk, ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
    });
    // A control not on the expected list shows as its markup.
    const stop = now.walk === undefined ? now.html : expected[now.walk];
    if (reached.length && stop === reached[0]) break;
    if (now.html.startsWith('<body')) continue;
    expect(now.ring, now.html).toBe(true);
    reached.push(stop);
  }
  expect(reached).toEqual(expected);
});

test('a held shortcut acts once, however long it is held', async ({ page }) => {
  await open(page, SEED);
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.down('Equal');
  // Held: the keyboard repeats the key (KeyboardEvent.repeat).
  await page.keyboard.down('Equal');
  await page.keyboard.down('Equal');
  await page.keyboard.up('Equal');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '110');
  // A second press is a second action: the first was not merely slow.
  await page.keyboard.press('Alt+Shift+Equal');
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '120');
});

test('Alt+Shift+5 on an article without 本文目录 goes to its text', async ({ page }) => {
  await serveData(page, '/data/articles/how-to-use.json', {
    id: 'how-to-use', title: '短文', source: '测试', published: '2024-01-01T08:00:00+08:00',
    body: [{ type: 'paragraph', text: '只有一段，没有小标题。' }],
  });
  await open(page, '/');
  await page.getByRole('link', { name: /怎样/ }).click({ delay: 50 });
  await expect(page.locator('main h1')).toHaveText('短文');
  await expect(page.getByRole('navigation', { name: '本文目录' })).toHaveCount(0);
  await page.keyboard.press('Alt+Shift+Digit5');
  await expect(page.getByRole('main')).toBeFocused();
});

test('Escape on the button that opened 阅读设置 or the 无障碍 toolbar closes it, and focus stays on the button', async ({ page }) => {
  await open(page, SEED);
  const banner = page.getByRole('banner');
  for (const [name, opened] of [
    ['阅读设置', () => page.getByRole('region', { name: '阅读设置' })],
    ['无障碍浏览', () => page.getByRole('toolbar', { name: '无障碍工具' })],
  ]) {
    const button = banner.getByRole('button', { name, exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(opened()).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await button.focus();
    await page.keyboard.press('Escape');
    await expect(opened()).toHaveCount(0);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
  }
});
