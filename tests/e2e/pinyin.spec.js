// 拼音 on request: the readings file the build made beside the article, fetched only when the
// reader turns 拼音 on, drawn over the characters for the eyes only.
import { test, expect } from './fixtures.js';
import {
  open, reopen, SEED, HELP, SEED_TITLE, SCHEMES, axeViolations, sidewaysOverflow, withSettings, openSettingsPanel,
  watchConsole, openToolbar, watchAnnouncements, followInAppLink,
} from './helpers.js';
import { installSpeech, lastSpoken, finishSentence, highlighted } from './speech.js';

const FIRST = '百舸争流,奋楫者先。';
const FIRST_PARAGRAPH = `${FIRST}今年以来,乌审旗乌兰陶勒盖镇把抓党建促乡村振兴工作摆在首要位置,将产业向乡村振兴聚能、干部向乡村振兴聚集、文化向乡村振兴聚合、生态向乡村振兴聚力、工作向乡村振兴聚焦,推动基层党建与乡村振兴深度融合,各项工作迈上新台阶。`;

/** The syllables shown over `phrase` where it first appears in the article, space-separated
 *  (`''` for a character shown without one), or null when the phrase carries none. */
function syllablesOver(page, phrase) {
  return page.evaluate((phrase) => {
    for (const element of document.querySelectorAll('main .article [data-pinyin-shown]')) {
      const chars = [];
      const syllables = [];
      for (const node of element.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          for (const c of node.data) { chars.push(c); syllables.push(''); }
        } else if (node.localName === 'ruby') {
          chars.push(node.firstChild.data);
          syllables.push(node.querySelector('rt').dataset.pinyin);
        }
      }
      const at = chars.join('').indexOf(phrase);
      if (at >= 0) return syllables.slice(at, at + [...phrase].length).join(' ');
    }
    return null;
  }, phrase);
}

/** What Chromium's accessibility tree, which a screen reader reads, has for the element: its
 *  name and the text of its nodes that are not ignored. */
async function inAccessibilityTree(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { node } = await cdp.send('DOM.describeNode', { nodeId });
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const texts = [];
  const walk = (n) => {
    if (!n || n.ignored) return;
    if (n.role?.value === 'StaticText') texts.push(n.name.value);
    else for (const child of n.childIds ?? []) walk(byId.get(child));
  };
  const top = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
  walk(top);
  await cdp.detach();
  return { name: top?.name?.value ?? '', text: texts.join('') };
}

function countReadingsRequests(page) {
  const seen = { count: 0 };
  page.on('request', (request) => {
    if (request.url().endsWith('.pinyin.json')) seen.count++;
  });
  return seen;
}

test('拼音 loads only when turned on, shows each syllable over its character, and stays on', async ({ page }) => {
  const requests = countReadingsRequests(page);
  await open(page, SEED);
  await page.waitForLoadState('networkidle');
  expect(requests.count, 'the first view does not load the readings').toBe(0);
  const panel = await openSettingsPanel(page);
  const pinyin = panel.getByRole('button', { name: '拼音', exact: true });
  await expect(pinyin).toHaveAttribute('aria-pressed', 'false');
  await pinyin.click({ delay: 50 });
  await expect(pinyin).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('main h1 rt').first()).toBeVisible();
  expect(requests.count).toBe(1);
  // Read by the phrase, not character by character.
  expect(await syllablesOver(page, SEED_TITLE)).toBe('zhuā dǎng jiàn cù zhèn xīng de wū lán táo lè gài shí jiàn');
  expect(await syllablesOver(page, '重中之重')).toBe('zhòng zhōng zhī zhòng');
  expect(await syllablesOver(page, '我为群众办实事')).toBe('wǒ wèi qún zhòng bàn shí shì');
  expect(await syllablesOver(page, '以党组织为单位')).toBe('yǐ dǎng zǔ zhī wéi dān wèi');
  expect(await syllablesOver(page, '嘎查村')).toBe('gā chá cūn');
  // Digits and punctuation are shown as they are.
  expect(await syllablesOver(page, '2023年')).toBe('    nián');

  await reopen(page);
  await expect(page.locator('main h1 rt').first()).toBeVisible();
  expect(await syllablesOver(page, '重中之重')).toBe('zhòng zhōng zhī zhòng');

  // Off again: the plain text is back, one text node a paragraph, and nothing more is fetched.
  const fetched = requests.count;
  await (await openSettingsPanel(page)).getByRole('button', { name: '拼音', exact: true }).click({ delay: 50 });
  await expect(page.locator('main .article rt')).toHaveCount(0);
  const nodes = await page.locator('main .article-body p').first().evaluate((p) => p.childNodes.length);
  expect(nodes).toBe(1);
  expect(requests.count).toBe(fetched);
});

test('the syllables are for the eyes only: the accessibility tree, read-aloud and a copy get the characters', async ({ page, context }) => {
  await installSpeech(page);
  await withSettings(page, { pinyin: true });
  await open(page, SEED);
  const first = page.locator('main .article-body p').first();
  await expect(first.locator('rt').first()).toBeVisible();
  await expect.poll(() => inAccessibilityTree(page, 'main h1')).toEqual({ name: SEED_TITLE, text: SEED_TITLE });
  await expect.poll(() => inAccessibilityTree(page, 'main .article-body p')).toEqual({ name: '', text: FIRST_PARAGRAPH });
  await expect(first.locator('rt').first()).toHaveAttribute('lang', 'zh-Latn-pinyin');

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await first.selectText();
  await page.keyboard.press('Control+C');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(FIRST_PARAGRAPH);

  // 连读 speaks and marks the characters, sentence by sentence, as without 拼音.
  const toolbar = await openToolbar(page);
  await toolbar.getByRole('button', { name: '连读' }).click({ delay: 50 });
  await expect.poll(() => lastSpoken(page).then((s) => s.text)).toBe(SEED_TITLE);
  expect(await highlighted(page)).toEqual({ sentence: SEED_TITLE, current: ['h1'] });
  await finishSentence(page);
  await finishSentence(page);
  await expect.poll(() => lastSpoken(page).then((s) => s.text)).toBe(FIRST);
  expect(await highlighted(page)).toEqual({ sentence: FIRST, current: ['p'] });
});

test('a list and an image caption carry 拼音 too', async ({ page }) => {
  await withSettings(page, { pinyin: true });
  await open(page, HELP);
  await expect(page.locator('main figcaption rt').first()).toBeVisible();
  expect(await syllablesOver(page, '字号按钮在每个页面的顶部')).toBe('zì hào àn niǔ zài měi gè yè miàn de dǐng bù');
  await expect(page.locator('main .article-body li rt').first()).toBeVisible();
});

test('拼音 prints as it is shown', async ({ page }) => {
  await withSettings(page, { pinyin: true });
  await open(page, SEED);
  await expect(page.locator('main h1 rt').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const drawn = await page.locator('main h1 rt').first().evaluate((rt) => [
    getComputedStyle(rt).display, getComputedStyle(rt, '::before').content,
  ]);
  expect(drawn).toEqual(['ruby-text', '"zhuā"']);
});

for (const elder of [false, true]) {
  test(`拼音 at 字号 320% on a 320 px screen${elder ? ' in 长者模式' : ''}: nothing scrolls sideways, axe finds nothing in any scheme`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const scheme of SCHEMES) {
      await withSettings(page, { pinyin: true, font_scale: 320, scheme, elder });
      await open(page, SEED);
      await expect(page.locator('main h1 rt').first()).toBeVisible();
      expect(await sidewaysOverflow(page), scheme).toBe(0);
      expect(await axeViolations(page), scheme).toEqual([]);
    }
  });
}

for (const [what, answer] of [
  ['missing', { status: 404, body: 'not found' }],
  ['made from another version of the article', { status: 200, body: JSON.stringify({ title: 'yī', body: [] }) }],
  ['not a readings file', { status: 200, body: '<html>' }],
]) {
  test(`readings that are ${what} are said once, and the article stays as it was`, async ({ page }) => {
    const problems = watchConsole(page);
    const requests = countReadingsRequests(page);
    await page.route('**/*.pinyin.json', (route) =>
      route.fulfill({ status: answer.status, contentType: 'application/json', body: answer.body }));
    await open(page, SEED);
    const announced = await watchAnnouncements(page);
    const panel = await openSettingsPanel(page);
    const pinyin = panel.getByRole('button', { name: '拼音', exact: true });
    await pinyin.click({ delay: 50 });
    await expect(page.getByRole('status')).toHaveText('这篇文章暂时没有拼音。');
    await expect(panel.locator('.setting-problem')).toHaveText('这篇文章暂时没有拼音。');
    await expect(pinyin).toHaveAccessibleDescription(/这篇文章暂时没有拼音。/);
    // Another setting changed afterwards neither fetches again nor repeats the words.
    await panel.getByRole('button', { name: '大', exact: true }).click({ delay: 50 });
    await expect(page.locator('html')).toHaveAttribute('data-font-scale', '130');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await announced()).toEqual(['这篇文章暂时没有拼音。', '字号已调整为 大']);
    expect(requests.count).toBe(1);
    await expect(page.locator('main .article rt')).toHaveCount(0);
    await expect(page.locator('main h1')).toHaveText(SEED_TITLE);
    // Leaving the article (in the app, as a link does) leaves the words behind.
    await followInAppLink(page, '/');
    await expect(page.locator('main h1')).toHaveText('文章列表');
    await expect(panel.locator('.setting-problem')).toHaveText('');
    await expect(pinyin).toHaveAttribute('aria-pressed', 'true');
    expect(problems).toEqual([]);
  });
}

test('with 拼音 shown, a change of 字号 or 配色 keeps the syllables and fetches nothing', async ({ page }) => {
  const requests = countReadingsRequests(page);
  await withSettings(page, { pinyin: true });
  await open(page, SEED);
  const first = page.locator('main h1 ruby').first();
  await expect(first.locator('rt')).toBeVisible();
  await first.evaluate((node) => { window.__firstRuby = node; });
  const panel = await openSettingsPanel(page);
  await panel.getByRole('button', { name: '大', exact: true }).click({ delay: 50 });
  await panel.getByRole('group', { name: '配色' }).getByRole('radio', { name: '夜间' }).click({ delay: 50 });
  await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
  expect(await page.evaluate(() => window.__firstRuby.isConnected), 'the same nodes, not redrawn').toBe(true);
  expect(requests.count).toBe(1);
});
