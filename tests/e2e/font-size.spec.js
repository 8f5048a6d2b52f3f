// 字号: restyling without re-rendering, persistence, bounds, storage failures.
import { test, expect } from './fixtures.js';
import { open, SEED, fontSize, sidewaysOverflow, watchConsole, reopen, watchAnnouncements } from './helpers.js';

const BODY = '.article-body p';

test('大 中 小 change the article text, show the chosen one, and announce it once', async ({ page }) => {
  await open(page, SEED);
  const announced = await watchAnnouncements(page);
  expect(await fontSize(page, BODY)).toBe(20);
  const group = page.getByRole('group', { name: '字号' });
  await expect(group.getByRole('button', { name: '中', exact: true })).toHaveAttribute('aria-pressed', 'true');

  await group.getByRole('button', { name: '大', exact: true }).click({ delay: 50 });
  expect(await fontSize(page, BODY)).toBe(26);
  await expect(group.getByRole('button', { name: '大', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(group.getByRole('button', { name: '中', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('status')).toHaveText('字号已调整为 大');
  await expect(page.locator('[aria-live]')).toHaveCount(1);

  await group.getByRole('button', { name: '小', exact: true }).click({ delay: 50 });
  expect(await fontSize(page, BODY)).toBe(16);
  await expect(page.getByRole('status')).toHaveText('字号已调整为 小');
  // Once each: the live region's text changed once per press.
  expect(await announced()).toEqual(['字号已调整为 大', '字号已调整为 小']);
});

test('a font-size change restyles the article without re-rendering it', async ({ page }) => {
  await open(page, SEED);
  await page.locator(BODY).first().evaluate((p) => (p.dataset.marker = 'same-node'));
  await page.getByRole('button', { name: '放大字号' }).click({ delay: 50 });
  expect(await fontSize(page, BODY)).toBe(22);
  await expect(page.locator(`${BODY}[data-marker="same-node"]`)).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '110');
});

test('the steps go from 14 px to 64 px and stop there, keyboard only', async ({ page }) => {
  await open(page, SEED);
  const smaller = page.getByRole('button', { name: '缩小字号' });
  const larger = page.getByRole('button', { name: '放大字号' });
  await smaller.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Enter');
  expect(await fontSize(page, BODY)).toBe(14);
  await expect(smaller).toHaveAttribute('aria-disabled', 'true');
  await expect(smaller).toBeFocused();
  await expect(page.getByRole('status')).toHaveText(/已是最小字号/);

  await larger.focus();
  for (let i = 0; i < 14; i++) await page.keyboard.press('Space');
  expect(await fontSize(page, BODY)).toBe(64);
  await expect(larger).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('group', { name: '字号' })).toContainText('320%');
});

test('the chosen size is remembered across visits', async ({ page }) => {
  await open(page, SEED);
  await page.getByRole('button', { name: '大', exact: true }).click({ delay: 50 });
  await page.getByRole('button', { name: '放大字号' }).click({ delay: 50 });
  await reopen(page);
  expect(await fontSize(page, BODY)).toBe(28);
  await expect(page.getByRole('group', { name: '字号' })).toContainText('140%');
});

test('nothing scrolls sideways at 320 px, even at the largest step with long unbroken text', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const long = 'https://example.org/' + 'a'.repeat(300);
  await page.route('**/data/articles/long.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        id: 'long', title: '长'.repeat(80) + long, source: '来源'.repeat(40), published: '2024-01-01T00:00:00Z',
        body: [{ type: 'paragraph', text: long }, { type: 'list', items: [long] }, { type: 'quote', text: long }],
      }),
    }),
  );
  for (const path of [SEED, '/article/long', '/']) {
    await open(page, path);
    await page.getByRole('button', { name: '中', exact: true }).click({ delay: 50 });
    await page.getByRole('button', { name: '放大字号' }).focus();
    for (let i = 0; i < 13; i++) await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-font-scale', '320');
    expect(await sidewaysOverflow(page), path).toBe(0);
  }
});

test('storage that throws or holds junk never breaks the page', async ({ page, context }) => {
  const problems = watchConsole(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await open(page, SEED);
  await page.getByRole('button', { name: '大', exact: true }).click({ delay: 50 });
  expect(await fontSize(page, BODY)).toBe(26);
  expect(problems).toEqual([]);

  // Junk under every key the app keeps: it starts as a first visit would, and works.
  const junk = await context.newPage();
  const junkProblems = watchConsole(junk);
  await junk.addInitScript(() => {
    for (const key of ['changyue.settings.v1', 'changyue.tools.v1', 'changyue.reading.v1']) {
      localStorage.setItem(key, '\u0000{"font_scale": [');
    }
  });
  await open(junk, SEED);
  expect(await fontSize(junk, BODY)).toBe(20);
  await junk.getByRole('button', { name: '大', exact: true }).click({ delay: 50 });
  expect(await fontSize(junk, BODY)).toBe(26);
  expect(junkProblems).toEqual([]);
});

test('a corrupt or forged stored setting falls back to the default', async ({ page }) => {
  for (const stored of ['{"font_scale": 5000, "elder": "yes"}', '{"font_scale": 130', '[]', 'null']) {
    await open(page, SEED);
    await page.evaluate((s) => localStorage.setItem('changyue.settings.v1', s), stored);
    await reopen(page);
    expect(await fontSize(page, BODY), stored).toBe(20);
    await expect(page.getByRole('banner').getByRole('button', { name: '长者模式' })).toHaveAttribute('aria-pressed', 'false');
  }
});

test('the browser zoom and pinch zoom are never disabled', async ({ page }) => {
  await open(page, SEED);
  const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
  expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale/);
});

