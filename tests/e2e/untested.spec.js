// Behaviour that had no test (issue 14, point 10): what the reader notices when it goes wrong.
import { test, expect } from './fixtures.js';
import { open, reopen, SEED, HELP, serveData, serveList, openToolbar, SEED_TITLE, SEED_SUMMARY } from './helpers.js';
import { installSpeech, spoken, lastSpoken, nowSpeaking, finishSentence } from './speech.js';

const TITLE = SEED_TITLE;
const SUMMARY = SEED_SUMMARY;


test.describe('read-aloud', () => {
  test.beforeEach(async ({ page }) => {
    await installSpeech(page);
  });

  test('closing the toolbar stops reading, and the dock goes', async ({ page }) => {
    await open(page, SEED);
    const toolbar = await openToolbar(page);
    await toolbar.getByRole('button', { name: '连读' }).click({ delay: 50 });
    await expect.poll(() => nowSpeaking(page)).toBe(TITLE);
    await toolbar.getByRole('button', { name: '关闭无障碍工具' }).click({ delay: 50 });
    await expect(toolbar).toHaveCount(0);
    await expect.poll(() => nowSpeaking(page), 'nothing is being said').toBe(null);
    await expect(page.getByRole('region', { name: '朗读控制' })).toHaveCount(0);
    await expect(page.locator('main [aria-current="true"]')).toHaveCount(0);
  });

  test('连读 on the list, which has no article, says so and speaks nothing', async ({ page }) => {
    await open(page, '/');
    await page.keyboard.press('Alt+Shift+KeyR');
    await expect(page.getByRole('status')).toHaveText('这一页没有可朗读的文章。');
    expect(await spoken(page)).toEqual([]);
  });

  test('a click on a link or a button while reading does its own work and does not move the reading', async ({ page }) => {
    await open(page, SEED);
    const toolbar = await openToolbar(page);
    await toolbar.getByRole('button', { name: '连读' }).click({ delay: 50 });
    await expect.poll(() => nowSpeaking(page)).toBe(TITLE);
    const count = (await spoken(page)).length;
    await page.getByRole('navigation', { name: '本文目录' }).getByRole('link').first().click({ delay: 50 });
    await expect(page.locator('#section-1')).toBeFocused();
    await page.getByRole('banner').getByRole('button', { name: '大', exact: true }).click({ delay: 50 });
    await expect(page.locator('html')).toHaveAttribute('data-font-scale', '130');
    expect((await spoken(page)).length, 'nothing new was asked to be said').toBe(count);
    expect(await nowSpeaking(page)).toBe(TITLE);
  });

  test('a click on a paragraph while paused goes on from there', async ({ page }) => {
    await open(page, SEED);
    const toolbar = await openToolbar(page);
    await toolbar.getByRole('button', { name: '连读' }).click({ delay: 50 });
    await expect.poll(() => nowSpeaking(page)).toBe(TITLE);
    await toolbar.getByRole('button', { name: '暂停' }).click({ delay: 50 });
    await expect(toolbar.getByRole('button', { name: '继续' })).toBeVisible();
    const paragraph = page.locator('.article-body p').nth(1);
    await paragraph.click({ delay: 50 });
    await expect.poll(() => nowSpeaking(page)).toBe('实现乡村振兴,离不开基层党组织的引领和党员先锋模范作用的发挥。');
    await expect(paragraph).toHaveAttribute('aria-current', 'true');
    await expect(toolbar.getByRole('button', { name: '暂停' })).toBeVisible();
  });

  test('the dock’s 上一句 goes back one sentence', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await open(page, SEED);
    const toolbar = await openToolbar(page);
    await toolbar.getByRole('button', { name: '连读' }).click({ delay: 50 });
    await finishSentence(page);
    await expect.poll(() => nowSpeaking(page)).toBe(SUMMARY);
    const dock = page.getByRole('region', { name: '朗读控制' });
    await dock.getByRole('button', { name: '上一句' }).click({ delay: 50 });
    await expect.poll(() => nowSpeaking(page)).toBe(TITLE);
    await expect(page.locator('main h1')).toHaveAttribute('aria-current', 'true');
  });

  test('指读 speaks the block the pointer rests on, not the ones it passes over', async ({ page }) => {
    await open(page, HELP);
    const toolbar = await openToolbar(page);
    await toolbar.getByRole('button', { name: '指读' }).click({ delay: 50 });
    const [first, second] = [page.locator('.article-body li').nth(0), page.locator('.article-body li').nth(1)];
    await first.scrollIntoViewIfNeeded();
    await first.hover();
    await second.hover();
    await expect.poll(() => lastSpoken(page).then((s) => s?.text)).toBe(await second.textContent());
    expect((await spoken(page)).map((s) => s.text), 'the block passed over was not read').toEqual([await second.textContent()]);
  });

  test('指读 waits for the pointer to rest, and is silent while 连读 reads', async ({ page }) => {
    // The page's clock is ours: "not yet" and "not at all" are checked at a known time, not by waiting.
    await page.clock.install();
    await open(page, SEED);
    const toolbar = await openToolbar(page);
    await toolbar.getByRole('button', { name: '指读' }).click({ delay: 50 });
    await expect(toolbar.getByRole('button', { name: '指读' })).toHaveAttribute('aria-pressed', 'true');
    const texts = async () => (await spoken(page)).map((s) => s.text);
    const [rested, passed] = [page.locator('.article-body p').nth(1), page.locator('.article-body p').nth(2)];
    await rested.scrollIntoViewIfNeeded();
    await rested.hover();
    await page.clock.runFor(400);
    expect(await texts(), 'not yet: the pointer has rested 400 ms').not.toContain(await rested.textContent());
    await page.clock.runFor(100);
    await expect.poll(texts).toContain(await rested.textContent());

    await toolbar.getByRole('button', { name: '连读' }).click({ delay: 50 });
    await expect.poll(() => nowSpeaking(page)).toBe(TITLE);
    await passed.scrollIntoViewIfNeeded();
    await passed.hover();
    await page.clock.runFor(2000);
    expect(await nowSpeaking(page), '连读 goes on').toBe(TITLE);
    expect(await texts(), 'the paragraph under the pointer was not read').not.toContain(await passed.textContent());
    await expect(page.locator('main h1')).toHaveAttribute('aria-current', 'true');
  });
});

test('十字线, 大鼠标, 大字幕 and 指读 are remembered across visits', async ({ page }) => {
  await open(page, SEED);
  const toolbar = await openToolbar(page);
  for (const name of ['十字线', '大鼠标', '大字幕', '指读']) {
    await toolbar.getByRole('button', { name, exact: true }).click({ delay: 50 });
    await expect(toolbar.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
  }
  await reopen(page);
  const again = page.getByRole('toolbar', { name: '无障碍工具' });
  for (const name of ['十字线', '大鼠标', '大字幕', '指读']) {
    await expect(again.getByRole('button', { name, exact: true }), name).toHaveAttribute('aria-pressed', 'true');
  }
  for (const attribute of ['data-crosshair', 'data-large-cursor', 'data-captions']) {
    await expect(page.locator('html')).toHaveAttribute(attribute, '');
  }
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

test('an empty list says there are no articles yet', async ({ page }) => {
  await serveList(page, []);
  await open(page, '/');
  await expect(page.getByRole('main')).toContainText('暂时没有文章。');
  await expect(page.locator('.article-card')).toHaveCount(0);
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
