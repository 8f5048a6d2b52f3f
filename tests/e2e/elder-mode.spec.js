// 长者模式: one switch (in the banner and in the footer) for very large text, generous
// spacing, a simplified one-column page and no motion; off gives every setting back.
import { test, expect } from './fixtures.js';
import { open, SEED, HELP, fontSize, withSettings, openSettingsPanel, reopen, watchAnnouncements } from './helpers.js';

const BODY = '.article-body p';

/** What the reader sees of the text: size, line height and letter spacing of a paragraph, page colours. */
async function look(page) {
  return page.locator(BODY).first().evaluate((p) => {
    const s = getComputedStyle(p);
    return {
      size: parseFloat(s.fontSize),
      lineHeight: parseFloat(s.lineHeight),
      paragraphGap: parseFloat(s.marginBottom),
      letterSpacing: s.letterSpacing,
      colour: s.color,
      background: getComputedStyle(document.body).backgroundColor,
      imageShown: !!document.querySelector('main img')?.checkVisibility(),
    };
  });
}

test('the banner and footer switches are one setting, said by their pressed state alone, and remembered', async ({ page }) => {
  await open(page, SEED);
  let announced = await watchAnnouncements(page);
  const inBanner = page.getByRole('banner').getByRole('button', { name: '长者模式' });
  const inFooter = page.getByRole('contentinfo').getByRole('button', { name: '长者模式' });
  await expect(inFooter).toHaveAccessibleDescription('一键使用特大字号');
  await inFooter.click({ delay: 50 });
  await expect(inBanner).toHaveAttribute('aria-pressed', 'true');
  await expect(inFooter).toHaveAttribute('aria-pressed', 'true');
  expect(await announced()).toEqual([]);
  await reopen(page);
  announced = await watchAnnouncements(page);
  await expect(inBanner).toHaveAttribute('aria-pressed', 'true');
  await inBanner.click({ delay: 50 });
  await expect(inFooter).toHaveAttribute('aria-pressed', 'false');
  expect(await announced()).toEqual([]);
});

test('elder mode: 24 px text, line height 1.8 or more with wider paragraph gaps, a simple one-column page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, SEED);
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('navigation', { name: '相关网站' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '党网联盟' })).toBeVisible();
  await banner.getByRole('button', { name: '长者模式' }).click({ delay: 50 });

  const text = await look(page);
  expect(text.size).toBe(24);
  expect(text.lineHeight / text.size).toBeGreaterThanOrEqual(1.8);
  expect(text.paragraphGap, 'a gap between paragraphs larger than a whole line').toBeGreaterThan(text.lineHeight);

  // Secondary links go; the article, 字号, 长者模式 and 阅读设置 stay.
  await expect(banner.getByRole('navigation', { name: '相关网站' })).toBeHidden();
  await expect(page.getByRole('heading', { name: '党网联盟' })).toBeHidden();
  for (const name of ['大', '放大字号', '长者模式', '阅读设置']) {
    await expect(banner.getByRole('button', { name, exact: true })).toBeVisible();
  }
  // One column even on a wide screen: banner and footer items stack at the same left edge.
  for (const container of ['.banner-inner', '.site-footer']) {
    const lefts = await page.locator(`${container} > *:visible`).evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
    expect(new Set(lefts).size, container).toBe(1);
  }
});

test('turning elder mode off gives back exactly the settings from before', async ({ page }) => {
  await withSettings(page, {
    font_scale: 80, line_height: 'compact', letter_spacing: 'wide', width: 'narrow', scheme: 'yellow-on-blue', text_only: true,
  });
  await open(page, HELP);
  const before = await look(page);
  expect(before.size).toBe(16);
  const elder = page.getByRole('banner').getByRole('button', { name: '长者模式' });
  await elder.click({ delay: 50 });
  const during = await look(page);
  expect(during.size).toBe(24);
  expect(during.lineHeight / during.size).toBe(2);
  // Elder mode keeps the reader's colours and spacing choices; it only raises floors.
  expect(during).toMatchObject({ colour: before.colour, background: before.background, imageShown: false });
  const panel = await openSettingsPanel(page);
  const lineHeights = panel.getByRole('group', { name: '行距' });
  await expect(lineHeights.getByRole('radio', { name: '紧凑' })).toBeDisabled();
  await expect(lineHeights).toHaveAccessibleDescription('长者模式下行距至少为“宽松”');
  await elder.click({ delay: 50 });
  expect(await look(page)).toEqual(before);
  await expect(lineHeights.getByRole('radio', { name: '紧凑' })).toBeChecked();
  await expect(lineHeights).toHaveAccessibleDescription('');
});

test('elder mode never goes below its own 24 px, and says so', async ({ page }) => {
  await open(page, SEED);
  await page.getByRole('banner').getByRole('button', { name: '长者模式' }).click({ delay: 50 });
  expect(await fontSize(page, BODY)).toBe(24);
  const small = page.getByRole('button', { name: '小', exact: true });
  await expect(small).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('button', { name: '缩小字号' })).toHaveAttribute('aria-disabled', 'true');
  await small.click({ force: true, delay: 50 });
  await expect(page.getByRole('status')).toHaveText('长者模式下字号不能再小');
  expect(await fontSize(page, BODY)).toBe(24);
  await page.getByRole('button', { name: '大', exact: true }).click({ delay: 50 });
  expect(await fontSize(page, BODY)).toBe(31.2);
});
