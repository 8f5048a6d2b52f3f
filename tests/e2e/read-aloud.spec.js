// 无障碍浏览's read-aloud, against a recording stand-in for speechSynthesis (see speech.js).
import { test, expect } from './fixtures.js';
import { open, SEED, HELP, axeViolations, reopen, watchConsole, followInAppLink, openToolbar, SEED_TITLE, SEED_SUMMARY } from './helpers.js';
import { installSpeech, spoken, lastSpoken, finishSentence, highlighted, nowSpeaking, cancels, VOICES } from './speech.js';

const TITLE = SEED_TITLE;
const SUMMARY = SEED_SUMMARY;
const FIRST = '百舸争流,奋楫者先。';
const SECOND = '今年以来,乌审旗乌兰陶勒盖镇把抓党建促乡村振兴工作摆在首要位置,将产业向乡村振兴聚能、干部向乡村振兴聚集、文化向乡村振兴聚合、生态向乡村振兴聚力、工作向乡村振兴聚焦,推动基层党建与乡村振兴深度融合,各项工作迈上新台阶。';


test.beforeEach(async ({ page }) => {
  await installSpeech(page);
});

test('连读 reads sentence by sentence from the top, in Chinese, highlighting each', async ({ page }) => {
  await open(page, SEED);
  const toolbar = await openToolbar(page);
  expect(await spoken(page), 'nothing is spoken before the reader asks').toEqual([]);
  await toolbar.getByRole('button', { name: '连读' }).click({ delay: 50 });
  await expect.poll(() => lastSpoken(page)).toEqual({ text: TITLE, lang: 'zh-CN', rate: 1, volume: 1, voice: 'test-zh-CN' });
  expect(await highlighted(page)).toEqual({ sentence: TITLE, current: ['h1'] });
  await expect(page.locator('.reading-progress')).toHaveText(/正在朗读第 1 句，共 \d+ 句/);

  // 导读 comes after the title, before the body.
  await finishSentence(page);
  await expect.poll(() => lastSpoken(page).then((s) => s.text)).toBe(SUMMARY);
  expect(await highlighted(page)).toEqual({ sentence: SUMMARY, current: ['p'] });
  await finishSentence(page);
  await expect.poll(() => lastSpoken(page).then((s) => s.text)).toBe(FIRST);
  expect(await highlighted(page)).toEqual({ sentence: FIRST, current: ['p'] });
  await finishSentence(page);
  await expect.poll(() => lastSpoken(page).then((s) => s.text)).toBe(SECOND);
  await finishSentence(page);
  await expect.poll(() => lastSpoken(page).then((s) => s.text)).toBe('育强“组织力” 筑牢乡村振兴“桥头堡”');
  expect((await highlighted(page)).current).toEqual(['h2']);
  expect((await spoken(page)).length).toBe(5);
});

test('while 连读 reads, its dock at the bottom works wherever the reader has scrolled, and covers nothing', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await open(page, SEED);
  const toolbar = await openToolbar(page);
  const dock = page.getByRole('region', { name: '朗读控制' });
  await expect(dock).toHaveCount(0);
  await toolbar.getByRole('button', { name: '连读' }).click({ delay: 50 });
  await expect(dock).toBeVisible();
  // Far down the page, by touch or mouse, without going back to the toolbar.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(dock).toBeInViewport();
  await dock.getByRole('button', { name: '下一句' }).click({ delay: 50 });
  await expect.poll(() => lastSpoken(page).then((s) => s.text)).toBe(SUMMARY);
  await dock.getByRole('button', { name: '暂停' }).click({ delay: 50 });
  await expect(dock.getByRole('button', { name: '继续' })).toBeVisible();
  await expect(toolbar.getByRole('button', { name: '继续' }), 'one state, shown in both places').toBeVisible();
  await dock.getByRole('button', { name: '继续' }).click({ delay: 50 });
  // The end of the page scrolls clear of the dock, and a focused control is never under it.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const last = await page.locator('footer li').last().evaluate((e) => e.getBoundingClientRect().bottom);
  expect(last).toBeLessThanOrEqual(await dock.evaluate((e) => e.getBoundingClientRect().top));
  await page.locator('#channels-title').focus();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement.closest('.reading-dock'))) break;
    await expect.poll(() => page.evaluate(() => document.activeElement.getBoundingClientRect().bottom <= document.querySelector('.reading-dock').getBoundingClientRect().top + 1), { timeout: 1000 }).toBe(true);
  }
  expect(await axeViolations(page)).toEqual([]);
  const scrolled = await page.evaluate(() => scrollY);
  const room = await dock.evaluate((e) => e.getBoundingClientRect().height);
  await dock.getByRole('button', { name: '停止' }).click({ delay: 50 });
  await expect(dock).toHaveCount(0);
  await expect(page.getByRole('main'), 'focus stays on the page, not lost').toBeFocused();
  // At the very end the page only gives back the room it kept for the dock.
  const now = await page.evaluate(() => scrollY);
  expect(Math.abs(now - scrolled), 'and the page does not jump').toBeLessThanOrEqual(Math.ceil(room));
});

test('going to another page stops reading the one left behind', async ({ page }) => {
  await open(page, SEED);
  const toolbar = await openToolbar(page);
  await toolbar.getByRole('button', { name: '连读' }).click({ delay: 50 });
  await followInAppLink(page, HELP);
  await expect(page.locator('main h1')).toHaveText('使用帮助：怎样用畅阅读文章');
  expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(false);
  await expect(toolbar.getByRole('button', { name: '暂停' })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.locator('.reading-progress')).toBeHidden();
});

test('the sentence being read is kept in view as reading moves down the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await open(page, SEED);
  const toolbar = await openToolbar(page);
  await toolbar.getByRole('button', { name: '连读' }).click({ delay: 50 });
  for (let i = 1; i <= 25; i++) {
    await finishSentence(page);
    await expect.poll(() => spoken(page).then((s) => s.length)).toBe(i + 1);
  }
  const current = page.locator('main [aria-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current).toBeInViewport();
  expect(await page.evaluate(() => scrollY), 'the page scrolled down with the reading').toBeGreaterThan(1000);
});

test('暂停, 继续, 上一句, 下一句 and 停止', async ({ page }) => {
  await open(page, SEED);
  const toolbar = await openToolbar(page);
  await expect(toolbar.getByRole('button', { name: '暂停' })).toHaveAttribute('aria-disabled', 'true');
  await toolbar.getByRole('button', { name: '连读' }).click({ delay: 50 });
  await finishSentence(page);
  await expect.poll(() => lastSpoken(page).then((s) => s.text)).toBe(SUMMARY);

  await toolbar.getByRole('button', { name: '暂停' }).click({ delay: 50 });
  await expect(toolbar.getByRole('button', { name: '继续' })).toBeVisible();
  expect(await page.evaluate(() => speechSynthesis.speaking), 'the engine is silent while paused').toBe(false);
  expect((await highlighted(page)).sentence, 'the paused sentence stays marked').toBe(SUMMARY);
  await expect(page.locator('.reading-progress')).toHaveText(/已暂停在第 2 句/);
  await toolbar.getByRole('button', { name: '继续' }).click({ delay: 50 });
  await expect.poll(() => spoken(page).then((s) => s.map((u) => u.text).slice(-2))).toEqual([SUMMARY, SUMMARY]);

  // Each jump cancels what is being said first: the engine speaks the new sentence, not after it.
  let cancelled = await cancels(page);
  await toolbar.getByRole('button', { name: '下一句' }).click({ delay: 50 });
  await expect.poll(() => nowSpeaking(page)).toBe(FIRST);
  expect(await cancels(page)).toBeGreaterThan(cancelled);
  cancelled = await cancels(page);
  await toolbar.getByRole('button', { name: '上一句' }).click({ delay: 50 });
  await expect.poll(() => nowSpeaking(page)).toBe(SUMMARY);
  expect(await cancels(page)).toBeGreaterThan(cancelled);
  expect((await highlighted(page)).sentence).toBe(SUMMARY);

  await toolbar.getByRole('button', { name: '停止' }).click({ delay: 50 });
  expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(false);
  expect(await highlighted(page)).toEqual({ sentence: '', current: [] });
  await expect(page.locator('.reading-progress')).toBeHidden();
  const count = (await spoken(page)).length;
  // A late end report for the stopped sentence must not start the next one. The app answers an
  // engine event a task later: a task queued after the report runs after that answer.
  const afterAppsAnswer = () => page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
  await page.evaluate(() => window.__speech.finishCancelled());
  await afterAppsAnswer();
  expect((await spoken(page)).length, 'nothing more after 停止').toBe(count);
  // 暂停 is unavailable while idle, and pressing it anyway starts nothing.
  await toolbar.getByRole('button', { name: '暂停' }).focus();
  await page.keyboard.press('Enter');
  await afterAppsAnswer();
  expect((await spoken(page)).length).toBe(count);
  // Then 连读 starts once: one sentence more, from the top.
  await toolbar.getByRole('button', { name: '连读' }).click({ delay: 50 });
  await expect.poll(() => spoken(page).then((s) => s.length)).toBe(count + 1);
  expect((await lastSpoken(page)).text).toBe(TITLE);
});

test('speed from 0.5x to 2x, remembered; a change while reading repeats the sentence', async ({ page }) => {
  await open(page, SEED);
  const toolbar = await openToolbar(page);
  const slower = toolbar.getByRole('button', { name: '减慢语速' });
  const faster = toolbar.getByRole('button', { name: '加快语速' });
  await toolbar.getByRole('button', { name: '连读' }).click({ delay: 50 });
  await faster.click({ delay: 50 });
  await expect(page.getByRole('status')).toHaveText('语速已调整为 1.25 倍');
  await expect.poll(() => lastSpoken(page)).toMatchObject({ text: TITLE, rate: 1.25 });
  for (let i = 0; i < 3; i++) await faster.click({ delay: 50 });
  await expect(faster).toHaveAttribute('aria-disabled', 'true');
  await expect(toolbar).toContainText('语速 2 倍');
  await expect.poll(() => lastSpoken(page)).toMatchObject({ rate: 2 });
  for (let i = 0; i < 6; i++) await slower.click({ delay: 50 });
  await expect(slower).toHaveAttribute('aria-disabled', 'true');
  await expect.poll(() => lastSpoken(page)).toMatchObject({ text: TITLE, rate: 0.5 });
  await reopen(page);
  await expect(page.getByRole('toolbar', { name: '无障碍工具' }), 'the toolbar stays open').toContainText('语速 0.5 倍');
});

test('音量 and 声音: a change while reading repeats the sentence at the new volume; off reads on silently; remembered', async ({ page }) => {
  await open(page, SEED);
  const toolbar = await openToolbar(page);
  const quieter = toolbar.getByRole('button', { name: '调小音量' });
  const louder = toolbar.getByRole('button', { name: '调大音量' });
  await expect(louder).toHaveAttribute('aria-disabled', 'true');
  await toolbar.getByRole('button', { name: '连读' }).click({ delay: 50 });
  await expect.poll(() => lastSpoken(page)).toMatchObject({ text: TITLE, volume: 1 });
  const cancels = await page.evaluate(() => window.__speech.record.cancels);
  await quieter.click({ delay: 50 });
  await expect(page.getByRole('status')).toHaveText('音量已调整为 75%');
  await expect.poll(() => lastSpoken(page)).toMatchObject({ text: TITLE, volume: 0.75 });
  expect(await page.evaluate(() => window.__speech.record.cancels), 'the louder sentence was stopped first').toBeGreaterThan(cancels);
  for (let i = 0; i < 2; i++) await quieter.click({ delay: 50 });
  await expect(quieter).toHaveAttribute('aria-disabled', 'true');
  await expect(toolbar).toContainText('音量 25%');
  await expect.poll(() => lastSpoken(page)).toMatchObject({ volume: 0.25 });

  const sound = toolbar.getByRole('button', { name: '声音', exact: true });
  await expect(sound).toHaveAttribute('aria-pressed', 'true');
  await sound.click({ delay: 50 });
  await expect(sound).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => lastSpoken(page)).toMatchObject({ text: TITLE, volume: 0 });
  // Silent, reading still goes on sentence by sentence, each marked.
  await finishSentence(page);
  await expect.poll(() => lastSpoken(page)).toMatchObject({ text: SUMMARY, volume: 0 });
  expect((await highlighted(page)).sentence).toBe(SUMMARY);

  await reopen(page);
  const again = page.getByRole('toolbar', { name: '无障碍工具' });
  await expect(again).toContainText('音量 25%');
  await expect(again.getByRole('button', { name: '声音', exact: true })).toHaveAttribute('aria-pressed', 'false');
});

test('voices listed late (as Chrome lists them after start-up) are offered and used', async ({ page }) => {
  await installSpeech(page, VOICES, { late: true });
  await open(page, SEED);
  await openToolbar(page);
  const picker = page.getByRole('combobox', { name: '语音' });
  await page.evaluate(() => window.__speech.loadVoices());
  await expect(picker.locator('option')).toHaveText(['自动选择', '婷婷（zh-CN）', '美佳（zh-TW）']);
  await page.getByRole('button', { name: '连读' }).click({ delay: 50 });
  await expect.poll(() => lastSpoken(page)).toMatchObject({ text: TITLE, voice: 'test-zh-CN' });
  expect(await nowSpeaking(page)).toBe(TITLE);
});

test('a voice for the article language is chosen and remembered; others are not offered', async ({ page }) => {
  await open(page, SEED);
  await openToolbar(page);
  const picker = page.getByRole('combobox', { name: '语音' });
  await expect(picker.locator('option')).toHaveText(['自动选择', '婷婷（zh-CN）', '美佳（zh-TW）']);
  await picker.selectOption('test-zh-TW');
  await expect(page.getByRole('status')).toHaveText('语音已调整为 美佳');
  await page.getByRole('button', { name: '连读' }).click({ delay: 50 });
  await expect.poll(() => lastSpoken(page)).toMatchObject({ voice: 'test-zh-TW', lang: 'zh-CN' });
  await reopen(page);
  await expect(page.getByRole('combobox', { name: '语音' })).toHaveValue('test-zh-TW');
});

test('while reading, a click on a paragraph goes on from there', async ({ page }) => {
  await open(page, SEED);
  const toolbar = await openToolbar(page);
  await toolbar.getByRole('button', { name: '连读' }).click({ delay: 50 });
  // Held like a person's click: the mouse-down focuses <main> while the 朗读控制 dock shows.
  const paragraph = page.locator('.article-body p').nth(1);
  await paragraph.click({ delay: 50 });
  await expect.poll(() => nowSpeaking(page)).toBe('实现乡村振兴,离不开基层党组织的引领和党员先锋模范作用的发挥。');
  await expect(paragraph).toHaveAttribute('aria-current', 'true');
  await expect(paragraph).toBeInViewport();
  expect((await highlighted(page)).current).toEqual(['p']);
});

test('连读 starts at the first paragraph on screen (Alt+Shift+R from anywhere)', async ({ page }) => {
  await open(page, SEED);
  await openToolbar(page);
  const heading = page.locator('#section-3');
  await heading.evaluate((h) => h.scrollIntoView({ block: 'start' }));
  // The toolbar is scrolled away now; the shortcut reads from where the reader is.
  await page.keyboard.press('Alt+Shift+KeyR');
  await expect.poll(() => lastSpoken(page).then((s) => s.text)).toBe(await heading.textContent());
});

test('指读 speaks what takes keyboard focus, and what the pointer rests on', async ({ page }) => {
  await open(page, HELP);
  const toolbar = await openToolbar(page);
  await toolbar.getByRole('button', { name: '指读' }).click({ delay: 50 });
  await expect(toolbar.getByRole('button', { name: '指读' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => lastSpoken(page).then((s) => s && s.text)).toBe('暂停');
  const paragraph = page.locator('.article-body p').first();
  await paragraph.hover();
  const first = (await paragraph.textContent()).split('。')[0] + '。';
  await expect.poll(() => lastSpoken(page).then((s) => s.text)).toBe(first);
});

test('the toolbar by keyboard: one Tab stop, arrows inside, Escape closes and returns focus', async ({ page }) => {
  await open(page, SEED);
  const toggle = page.getByRole('banner').getByRole('button', { name: '无障碍浏览' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  const toolbar = page.getByRole('toolbar', { name: '无障碍工具' });
  await expect(toolbar.getByRole('button', { name: '连读' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: '指读' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(toolbar.getByRole('button', { name: '关闭无障碍工具' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: '连读' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement.closest('[role=toolbar]')), 'one Tab leaves the toolbar').toBeNull();
  await page.keyboard.press('Shift+Tab');
  await expect(toolbar.getByRole('button', { name: '关闭无障碍工具' }), 'the last tool used is the Tab stop').toBeFocused();
  await page.keyboard.press('Escape');
  await expect(toolbar).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('the footer 无障碍浏览 opens the toolbar and takes focus into it', async ({ page }) => {
  await open(page, SEED);
  const inFooter = page.getByRole('contentinfo').getByRole('button', { name: '无障碍浏览' });
  await inFooter.click({ delay: 50 });
  await expect(page.getByRole('toolbar', { name: '无障碍工具' }).getByRole('button', { name: '连读' })).toBeFocused();
  // The toolbar's own hint is on the page now: the footer's button is still described by its own.
  await expect(inFooter).toHaveAccessibleDescription('朗读、阅读尺、大字幕和快捷键');
  await page.keyboard.press('Escape');
  await expect(inFooter).toBeFocused();
});

test('headless Chromium\'s own engine, which has no voice, is reported as having no Chinese voice', async ({ browser, baseURL }) => {
  // A fresh context without the stand-in: the browser's real speechSynthesis.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, SEED);
  expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
  await openToolbar(page);
  await page.getByRole('button', { name: '连读' }).click({ delay: 50 });
  await expect(page.locator('.speech-problem')).toContainText('这个浏览器没有中文语音，无法朗读。');
  await expect(page.getByRole('button', { name: '暂停' })).toHaveAttribute('aria-disabled', 'true');
  expect(errors).toEqual([]);
  await context.close();
});

// Each of these installs its engine after the default one, so it is the one the app finds.
test('an engine that takes the sentence and never starts it (Firefox without a voice) is reported, not waited on', async ({ page }) => {
  const problems = watchConsole(page);
  await installSpeech(page, [], { silent: true });
  await open(page, SEED);
  const toolbar = await openToolbar(page);
  await toolbar.getByRole('button', { name: '连读' }).click({ delay: 50 });
  await expect.poll(() => lastSpoken(page).then((s) => s?.text)).toBe(TITLE);
  // The app waits a few seconds for the engine to start, as a network voice may take that long.
  await expect(page.locator('.speech-problem')).toContainText('这个浏览器没有开始朗读，可能是没有可用的中文语音。', { timeout: 20_000 });
  await expect(page.getByRole('status')).toContainText('没有开始朗读');
  await expect(page.locator('.reading-progress')).not.toContainText('正在朗读');
  expect(await highlighted(page)).toEqual({ sentence: '', current: [] });
  expect(problems).toEqual([]);
});

test('without speech the toolbar says so, and nothing breaks', async ({ page }) => {
  const problems = watchConsole(page);
  await installSpeech(page, null);
  await open(page, SEED);
  await openToolbar(page);
  await expect(page.locator('.speech-problem')).toContainText('这个浏览器不能朗读。');
  const button = page.getByRole('button', { name: '连读' });
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('这个浏览器不能朗读。');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(TITLE);
  expect(problems).toEqual([]);
});

test('without a Chinese voice the toolbar says so, and never reads Chinese with another', async ({ page }) => {
  await installSpeech(page, [{ name: 'Samantha', voiceURI: 'en', lang: 'en-US', localService: true, default: true }]);
  await open(page, SEED);
  await openToolbar(page);
  await expect(page.getByRole('combobox', { name: '语音' }), 'no voice to offer').toHaveCount(0);
  await page.getByRole('button', { name: '连读' }).click({ delay: 50 });
  await expect(page.locator('.speech-problem')).toContainText('这个浏览器没有中文语音，无法朗读。');
  await expect(page.getByRole('status')).toContainText('没有中文语音');
  expect(await spoken(page)).toEqual([]);
});

test('reading cancelled from outside (the system, another tab) stops quietly; 指读 stays silent about problems', async ({ page }) => {
  // The page's clock is ours, so that the pointer's rest on 阅读设置 is known to have come due.
  await page.clock.install();
  await open(page, SEED);
  const toolbar = await openToolbar(page);
  await toolbar.getByRole('button', { name: '连读' }).click({ delay: 50 });
  await page.evaluate(() => window.__speech.fail('interrupted'));
  await expect(toolbar.getByRole('button', { name: '暂停' })).toHaveAttribute('aria-disabled', 'true');
  expect(await highlighted(page)).toEqual({ sentence: '', current: [] });
  await expect(page.locator('.speech-problem')).toHaveCount(0);
  // 指读 on a radio of 阅读设置 reads its label, and marks nothing as current outside the article.
  await toolbar.getByRole('button', { name: '指读' }).click({ delay: 50 });
  await page.getByRole('banner').getByRole('button', { name: '阅读设置', exact: true }).click({ delay: 50 });
  await page.getByRole('radio', { name: '宽松' }).focus();
  await expect.poll(() => lastSpoken(page).then((s) => s.text)).toBe('宽松');
  // The pointer still rests on 阅读设置, which its press has read: the rest does not read it again
  // over what focus read since.
  await page.clock.runFor(1000);
  expect((await lastSpoken(page)).text, 'what focus read last is not talked over').toBe('宽松');
  expect((await spoken(page)).filter((s) => s.text === '阅读设置'), '阅读设置 read once').toHaveLength(1);
  await expect(page.locator('[aria-current="true"]')).toHaveCount(0);
  await expect(page.locator('.speech-problem')).toHaveCount(0);
});

test('an engine that refuses to speak is reported, and reading stops cleanly', async ({ page }) => {
  const problems = watchConsole(page);
  await open(page, SEED);
  await openToolbar(page);
  await page.getByRole('button', { name: '连读' }).click({ delay: 50 });
  await page.evaluate(() => window.__speech.fail('not-allowed'));
  await expect(page.locator('.speech-problem')).toHaveText('朗读没有成功，请再点一次“连读”。（浏览器报告：not-allowed）');
  expect(await highlighted(page)).toEqual({ sentence: '', current: [] });
  await expect(page.getByRole('button', { name: '暂停' })).toHaveAttribute('aria-disabled', 'true');
  await page.getByRole('button', { name: '连读' }).click({ delay: 50 });
  await expect(page.locator('.speech-problem'), 'a new try clears the message').toHaveCount(0);
  expect(problems).toEqual([]);
});

test('no axe violations with the toolbar open and while reading, at 360 and 1280 px', async ({ page }) => {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await open(page, SEED);
    const toolbar = page.getByRole('toolbar', { name: '无障碍工具' });
    if (!(await toolbar.isVisible())) await openToolbar(page);
    await toolbar.getByRole('button', { name: '连读' }).click({ delay: 50 });
    await finishSentence(page);
    expect(await axeViolations(page), `${width} px`).toEqual([]);
  }
});

test.describe('read-aloud among the reader\'s other clicks and the pointer', () => {
  /** The seed article read from its title by 连读; its toolbar. */
  async function readFromTheTop(page) {
    await open(page, SEED);
    const toolbar = await openToolbar(page);
    await toolbar.getByRole('button', { name: '连读' }).click({ delay: 50 });
    await expect.poll(() => nowSpeaking(page)).toBe(TITLE);
    return toolbar;
  }

  test.beforeEach(async ({ page }) => {
    await installSpeech(page);
  });

  test('closing the toolbar stops reading, and the dock goes', async ({ page }) => {
    const toolbar = await readFromTheTop(page);
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
    const toolbar = await readFromTheTop(page);
    const count = (await spoken(page)).length;
    await page.getByRole('navigation', { name: '本文目录' }).getByRole('link').first().click({ delay: 50 });
    await expect(page.locator('#section-1')).toBeFocused();
    await page.getByRole('banner').getByRole('button', { name: '大', exact: true }).click({ delay: 50 });
    await expect(page.locator('html')).toHaveAttribute('data-font-scale', '130');
    expect((await spoken(page)).length, 'nothing new was asked to be said').toBe(count);
    expect(await nowSpeaking(page)).toBe(TITLE);
  });

  test('a click on a paragraph while paused goes on from there', async ({ page }) => {
    const toolbar = await readFromTheTop(page);
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
    // An installed clock still flows with real time: on a loaded machine the rest would come due
    // between the hover and the check. Paused, it moves only by runFor.
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
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
