// 两微一端: each channel's QR code, read back from a screenshot as a phone camera would,
// and the phone-side actions: 打开, 复制链接 (granted, refused, missing), 放大二维码.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.js';
import jsQR from 'jsqr';
import pngjs from 'pngjs';
import { open, SEED, HELP, axeViolations, serveData, withSettings, SCHEMES } from './helpers.js';

const SITE = JSON.parse(readFileSync(new URL('../../public/data/site.json', import.meta.url)));
const CHANNELS = SITE.channels;
const KINDS = { wechat: '微信公众号', weibo: '微博', app: '客户端', miniprogram: '小程序', web: '网站' };

/** Decodes the QR code in a screenshot of the element; null if none is found. */
async function readQr(locator) {
  const { width, height, data } = pngjs.PNG.sync.read(await locator.screenshot());
  return jsQR(new Uint8ClampedArray(data), width, height)?.data ?? null;
}

const qrOf = (page, channel) => page.getByRole('img', { name: `${channel.name}（${KINDS[channel.kind]}）二维码` });
const cardOf = (page, channel) => page.locator('.channel', { has: page.getByRole('heading', { name: channel.name }) });

test('each channel shows its kind, name and a QR code that reads back to its url', async ({ page }) => {
  await open(page, SEED);
  const panel = page.getByRole('region', { name: '两微一端' });
  await expect(panel.getByRole('listitem')).toHaveCount(CHANNELS.length);
  expect(CHANNELS.length).toBe(3);
  for (const channel of CHANNELS) {
    const heading = panel.getByRole('heading', { level: 3, name: channel.name });
    await expect(heading).toContainText(KINDS[channel.kind]);
    const qr = qrOf(page, channel);
    await qr.scrollIntoViewIfNeeded();
    expect(await readQr(qr), channel.name).toBe(channel.url);
    await expect(panel.getByRole('link', { name: `打开 ${channel.name}` })).toHaveAttribute('href', channel.url);
  }
  await expect(panel.getByText('共产党员', { exact: true })).toBeVisible();
  await expect(panel).toContainText('（微信搜索）');
});

test('the QR codes stay dark on light and readable in every colour scheme and in elder mode', async ({ page }) => {
  const channel = CHANNELS[0];
  for (const scheme of SCHEMES) {
    await withSettings(page, { scheme, elder: scheme === 'yellow-on-blue' });
    await open(page, SEED);
    const qr = qrOf(page, channel);
    await qr.scrollIntoViewIfNeeded();
    expect(await readQr(qr), scheme).toBe(channel.url);
  }
});

test('on a phone the actions come before the code; on a wide screen the code sits beside them', async ({ page }) => {
  const channel = CHANNELS[0];
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page, SEED);
  const actions = cardOf(page, channel).locator('.channel-actions');
  const qr = qrOf(page, channel);
  expect((await actions.boundingBox()).y + (await actions.boundingBox()).height).toBeLessThanOrEqual((await qr.boundingBox()).y);
  await page.setViewportSize({ width: 1280, height: 800 });
  const [a, q] = [await actions.boundingBox(), await qr.boundingBox()];
  expect(q.x + q.width).toBeLessThanOrEqual(a.x);
});

test('复制链接 copies the url, shows 已复制 and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, SEED);
  const channel = CHANNELS[1];
  const card = cardOf(page, channel);
  await card.getByRole('button', { name: `复制链接 ${channel.name}` }).click({ delay: 50 });
  await expect(card.locator('.channel-actions').getByText('已复制', { exact: true })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(`已复制${channel.name}的链接`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(channel.url);
  await card.getByRole('button', { name: `复制账号 ${channel.name}` }).click({ delay: 50 });
  await expect(page.getByRole('status')).toHaveText(`已复制账号“${channel.account}”`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(channel.account);
});

for (const [why, prepare] of [
  ['the browser refuses the clipboard', async (page) => {
    // The real permission, denied in this page's own browser context.
    const cdp = await page.context().newCDPSession(page);
    const { targetInfo } = await cdp.send('Target.getTargetInfo');
    await cdp.send('Browser.setPermission', {
      permission: { name: 'clipboard-write' }, setting: 'denied', browserContextId: targetInfo.browserContextId,
    });
  }],
  ['the browser has no Clipboard API (a plain-http page)', async (page) => {
    await page.addInitScript(() => delete Navigator.prototype.clipboard);
  }],
]) {
  test(`复制链接 when ${why}: the link is shown selected, to copy by hand`, async ({ page }) => {
    await prepare(page);
    await open(page, SEED);
    const channel = CHANNELS[2];
    const card = cardOf(page, channel);
    await card.getByRole('button', { name: `复制链接 ${channel.name}` }).click({ delay: 50 });
    const field = card.getByRole('textbox', { name: '要复制的内容' });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(channel.url);
    await expect(field).not.toBeEditable();
    expect(await field.evaluate((f) => [f.selectionStart, f.selectionEnd])).toEqual([0, channel.url.length]);
    await expect(page.getByRole('status')).toHaveText(/不允许自动复制/);
    await expect(card.getByText('已复制', { exact: true })).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('放大二维码 opens a dialog with a code of 240 px or more; Escape and 关闭 give focus back', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page, SEED);
  const channel = CHANNELS[0];
  const enlarge = cardOf(page, channel).getByRole('button', { name: `放大二维码 ${channel.name}` });
  await enlarge.click({ delay: 50 });
  const dialog = page.getByRole('dialog', { name: channel.name });
  await expect(dialog).toBeVisible();
  const big = dialog.getByRole('img');
  const box = await big.boundingBox();
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(240);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  expect(await readQr(big)).toBe(channel.url);
  // It opens at its heading, read first; 关闭 is the next Tab stop.
  await expect(dialog.getByRole('heading', { name: channel.name })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: '关闭' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(enlarge).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '关闭' }).click({ delay: 50 });
  await expect(dialog).toBeHidden();
  await expect(enlarge).toBeFocused();
});

for (const [mode, settings] of [['字号 100%', {}], ['字号 320%', { font_scale: 320 }], ['长者模式', { elder: true }]]) {
  test(`at 320x256 (400% zoom), ${mode}: the enlarged code opens at its heading and fits the window whole, and scans`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 256 });
    await withSettings(page, settings);
    await open(page, SEED);
    const channel = CHANNELS[0];
    await cardOf(page, channel).getByRole('button', { name: `放大二维码 ${channel.name}` }).click({ delay: 50 });
    const dialog = page.getByRole('dialog', { name: channel.name });
    const heading = dialog.getByRole('heading', { name: channel.name });
    await expect(heading).toBeFocused();
    // The heading is where the dialog begins, in view.
    expect(await dialog.evaluate((d) => d.scrollTop)).toBe(0);
    await expect(heading).toBeInViewport({ ratio: 1 });
    // The code is never taller than the window, and scrolled to, it is all in view at once.
    const code = dialog.getByRole('img');
    await code.scrollIntoViewIfNeeded();
    await expect(code).toBeInViewport({ ratio: 1 });
    expect(await readQr(code)).toBe(channel.url);
    // No sideways scroll, in the dialog or the page.
    expect(await dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}

test('the shortcut list opens at its heading at 320x256, and scrolls as one', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 256 });
  await open(page, SEED);
  await page.keyboard.press('Alt+Shift+KeyK');
  const dialog = page.getByRole('dialog', { name: '快捷键' });
  await expect(dialog.getByRole('heading', { name: '快捷键' })).toBeFocused();
  await expect(dialog.getByRole('heading', { name: '快捷键' })).toBeInViewport({ ratio: 1 });
  expect(await dialog.evaluate((d) => d.scrollHeight > d.clientHeight && getComputedStyle(d).overflowY !== 'visible')).toBe(true);
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: '启用快捷键' })).toBeFocused();
  await expect(dialog.getByRole('button', { name: '启用快捷键' })).toBeInViewport();
});

test('a channel whose url is not http(s) is shown without a code or a link, and logged', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const site = structuredClone(SITE);
  site.channels[1].url = 'weixin://dl/officialaccounts?name=x';
  site.channels[2].url = '/relative/path';
  await serveData(page, '/data/site.json', site);
  await open(page, HELP);
  await expect(page.getByRole('region', { name: '两微一端' }).getByRole('listitem')).toHaveCount(3);
  for (const channel of site.channels.slice(1)) {
    const card = cardOf(page, channel);
    await expect(card).toContainText('暂无可用的链接和二维码');
    await expect(card.getByRole('img')).toHaveCount(0);
    await expect(card.getByRole('link')).toHaveCount(0);
  }
  expect(await readQr(qrOf(page, site.channels[0]))).toBe(site.channels[0].url);
  expect(warnings.join('\n')).toMatch(/beijiang-xianfeng.*weixin:/);
  expect(warnings.join('\n')).toMatch(/ordos-dangyuan-jiaoyu.*\/relative\/path/);
});
