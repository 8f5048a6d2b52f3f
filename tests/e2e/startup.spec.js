// Start-up: a reader's stored settings are on the page in the first frame that shows the article,
// before the app has started, its 字号 and 长者模式 work from the first paint (the settings
// script, core/src/startup/settings.js), and nothing moves when the app starts.
import { test, expect } from './fixtures.js';
import { HELP, SEED, SEED_TITLE, axeViolations, holdRequests } from './helpers.js';

const KEY = 'changyue.settings.v1';

/** Leaves settings in storage as an earlier visit did, before any of the page's scripts run. */
async function stored(page, value) {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, value]);
}

/** Records the state of the first frame that has an article paragraph in it (a frame's
 *  requestAnimationFrame callbacks run just before it is painted). */
async function recordFirstFrame(page) {
  await page.addInitScript(() => {
    const look = () => {
      const p = document.querySelector('.article-body p');
      if (!p) return requestAnimationFrame(look);
      const banner = document.querySelector('header');
      window.__firstFrame = {
        fontSize: parseFloat(getComputedStyle(p).fontSize),
        elderPressed: [...banner.querySelectorAll('button')].find((b) => b.textContent === '长者模式')?.getAttribute('aria-pressed'),
        sizeShown: banner.querySelector('.font-size-current').lastChild.nodeValue,
        background: getComputedStyle(document.body).backgroundColor,
        appStarted: !document.getElementById('prerendered'),
      };
    };
    requestAnimationFrame(look);
  });
}

/** What is on <html>: its data attributes and its own custom properties. */
const rootState = (page) => page.evaluate(() => {
  const root = document.documentElement;
  const state = {};
  for (const { name, value } of root.attributes) if (name.startsWith('data-') && !['data-taking-over', 'data-first-frame'].includes(name)) state[name] = value;
  for (let i = 0; i < root.style.length; i++) state[root.style[i]] = root.style.getPropertyValue(root.style[i]).trim();
  return state;
});

const appTookOver = (page) => expect(page.locator('#prerendered')).toHaveCount(0);

/** What the banner's 字号 group and the page's 长者模式 switches show (the copy's while there is one). */
const controlState = (page) => page.evaluate(() => {
  const root = document.getElementById('prerendered') ?? document.body;
  const group = root.querySelector('#font-size-controls');
  return {
    size: group.querySelector('.font-size-current').textContent,
    buttons: [...group.querySelectorAll('button')].map((b) => `${b.textContent} ${b.getAttribute('aria-pressed')} ${b.getAttribute('aria-disabled')}`),
    elder: [...root.querySelectorAll('header button, footer button')].filter((b) => b.textContent === '长者模式').map((b) => b.getAttribute('aria-pressed')),
  };
});

const CASES = [
  // The copy's 长者模式 and 字号 show it too: a reader who sees 长者模式 off would press it.
  { name: '长者模式', value: { elder: true }, check: (f) => expect([f.fontSize >= 24, f.elderPressed]).toEqual([true, 'true']) },
  { name: '夜间', value: { scheme: 'dark' }, check: (f) => expect(f.background).toBe('rgb(18, 18, 18)') },
  { name: '字号 200%', value: { font_scale: 200 }, check: (f) => expect([f.fontSize, f.sizeShown]).toEqual([40, '200%']) },
];

for (const { name, value, check } of CASES) {
  test(`a stored ${name} is in force in the first frame, before the app starts, and stays`, async ({ page }) => {
    await stored(page, JSON.stringify(value));
    await recordFirstFrame(page);
    const release = await holdRequests(page, '**/*_bg.wasm');
    await page.goto(SEED);
    await expect.poll(() => page.evaluate(() => window.__firstFrame)).toBeTruthy();
    const first = await page.evaluate(() => window.__firstFrame);
    expect(first.appStarted).toBe(false);
    check(first);
    const before = await rootState(page);
    release();
    await appTookOver(page);
    expect(await rootState(page), 'the app puts the same on the page').toEqual(before);
  });
}

const STORED = [
  null,
  'not json',
  '{"font_scale":130,"line_height":"relaxed","letter_spacing":"wide","width":"narrow","scheme":"yellow-on-blue","text_only":true}',
  '{"elder":true,"font_scale":70,"line_height":"compact"}',
  '{"elder":"yes","font_scale":"130","scheme":"purple","width":null}',
  '[200]',
  '{"font_scale":130.0,"elder":true,"elder":false,"scheme":"dark"}',
];

for (const colorScheme of ['light', 'dark']) {
  for (const value of STORED) {
    test(`what the start-up script puts on <html> is what the app puts there: stored ${value}, system ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      if (value !== null) await stored(page, value);
      const release = await holdRequests(page, '**/*_bg.wasm');
      await page.goto(SEED);
      await expect(page.locator('#prerendered h1')).toBeVisible();
      const before = await rootState(page);
      expect(before['data-scheme'], 'a scheme is set before the app starts').toBeTruthy();
      const controlsBefore = await controlState(page);
      expect(controlsBefore.elder).toHaveLength(2);
      release();
      await appTookOver(page);
      expect(await rootState(page)).toEqual(before);
      expect(await controlState(page), 'the copy\'s controls showed what the app\'s show').toEqual(controlsBefore);
    });
  }
}

test('nothing moves when the app starts, for a reader with stored 长者模式', async ({ page }) => {
  await stored(page, JSON.stringify({ elder: true, font_scale: 160 }));
  await recordFirstFrame(page);
  await page.addInitScript(() => {
    window.__shift = 0;
    window.__shifts = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    });
    window.__shifts.observe({ type: 'layout-shift', buffered: true });
  });
  // The app starts only after the pre-rendered article has been painted, as on a slow phone.
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  await expect.poll(() => page.evaluate(() => window.__firstFrame)).toBeTruthy();
  release();
  await appTookOver(page);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const shift = await page.evaluate(() => {
    for (const entry of window.__shifts.takeRecords()) if (!entry.hadRecentInput) window.__shift += entry.value;
    return window.__shift;
  });
  expect(shift).toBeLessThan(0.01);
});

/** Keeps, from the moment the pre-rendered page is parsed, the nodes a reader is on. */
async function markAtDomContentLoaded(page) {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__marked = {
        h1: document.querySelector('main h1'),
        paragraphs: [...document.querySelectorAll('.article-body > p')],
      };
    });
  });
}

test('the app starts in place: the title and paragraphs stay the same nodes, with focus, selection and scroll kept', async ({ page }) => {
  await markAtDomContentLoaded(page);
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  await expect(page.locator('#prerendered h1')).toBeVisible();
  // The reader has scrolled to the fourth paragraph, selected part of the fifth and put
  // keyboard focus on the title (as 跳到正文's heading navigation would).
  const before = await page.evaluate(() => {
    const [, , , fourth, fifth] = window.__marked.paragraphs;
    window.scrollTo(0, fourth.getBoundingClientRect().top + window.scrollY - 40);
    const range = document.createRange();
    range.setStart(fifth.firstChild, 2);
    range.setEnd(fifth.firstChild, 12);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    window.__marked.h1.focus({ preventScroll: true });
    return { scrollY: window.scrollY, selected: getSelection().toString(), top: fourth.getBoundingClientRect().top };
  });
  expect(before.selected).toHaveLength(10);
  release();
  await appTookOver(page);
  const after = await page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll('.article-body > p')];
    const selection = getSelection();
    return {
      sameTitle: document.querySelector('main h1') === window.__marked.h1,
      sameParagraphs: paragraphs.filter((p, i) => p === window.__marked.paragraphs[i]).length,
      paragraphs: paragraphs.length,
      focusOnTitle: document.activeElement === window.__marked.h1,
      selected: selection.toString(),
      selectionInFifth: window.__marked.paragraphs[4].contains(selection.anchorNode),
      scrollY: window.scrollY,
      top: window.__marked.paragraphs[3].getBoundingClientRect().top,
    };
  });
  expect(after).toEqual({
    sameTitle: true,
    sameParagraphs: 12,
    paragraphs: 12,
    focusOnTitle: true,
    selected: before.selected,
    selectionInFifth: true,
    scrollY: before.scrollY,
    top: before.top,
  });
  // The adopted nodes are the app's now: a link to another article and back shows each once.
  await page.getByRole('button', { name: '大', exact: true }).click({ delay: 50 });
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '130');
  await page.getByRole('link', { name: '鄂尔多斯市党建网' }).click({ delay: 50 });
  await page.getByRole('link', { name: SEED_TITLE }).click({ delay: 50 });
  await expect(page.locator('main h1')).toHaveText(SEED_TITLE);
  await expect(page.locator('main h1')).toHaveCount(1);
  await expect(page.locator('.article-body > p')).toHaveCount(12);
  expect(await page.evaluate(() => document.querySelector('main h1') === window.__marked.h1)).toBe(false);
});

test('when the pre-rendered page and the article data disagree, the reader gets the data\'s article, whole and once', async ({ page }) => {
  await markAtDomContentLoaded(page);
  // As after a deploy that changed the article but not its page: the third paragraph edited,
  // the sixth removed, one added at the end.
  await page.route('**/data/articles/wulantaolegai-practice.json', async (route) => {
    const article = await (await route.fetch()).json();
    const paragraphs = article.body.filter((b) => b.type === 'paragraph');
    paragraphs[2].text = '改过的第三段。';
    article.body.splice(article.body.indexOf(paragraphs[5]), 1);
    article.body.push({ type: 'paragraph', text: '新加的一段。' });
    await route.fulfill({ json: article });
  });
  await page.goto(SEED);
  await appTookOver(page);
  const texts = await page.locator('.article-body > p').allTextContents();
  expect(texts).toHaveLength(12);
  expect(texts[2]).toBe('改过的第三段。');
  expect(texts.at(-1)).toBe('新加的一段。');
  expect(texts.filter((t) => t === '改过的第三段。' || t === '新加的一段。')).toHaveLength(2);
  const same = await page.evaluate(() => {
    const now = [...document.querySelectorAll('.article-body > p')];
    return now.map((p) => window.__marked.paragraphs.indexOf(p));
  });
  // What both have, in the same place, is kept; the rest is the app's.
  expect(same.slice(0, 2)).toEqual([0, 1]);
  expect(same[2]).toBe(-1);
  expect(same.slice(3, 5)).toEqual([3, 4]);
  expect(same.slice(5).every((i) => i === -1)).toBe(true);
  await expect(page.locator('#prerendered')).toHaveCount(0);
});

test('every block type starts in place (the help article: lists, a figure, a quote)', async ({ page }) => {
  const ADOPTABLE = 'main article :is(h1, .article-summary, .article-body > *)';
  await page.addInitScript((selector) => document.addEventListener('DOMContentLoaded', () => {
    window.__painted = [...document.querySelectorAll(selector)];
  }), ADOPTABLE);
  await page.goto(HELP);
  await appTookOver(page);
  const kept = await page.evaluate((selector) => [...document.querySelectorAll(selector)]
    .map((node, i) => `${node.tagName.toLowerCase()} ${node === window.__painted[i] ? 'kept' : 'replaced'}`), ADOPTABLE);
  expect(kept).toEqual(['h1', 'div', 'p', 'h2', 'p', 'ol', 'h2', 'p', 'figure', 'h2', 'ul', 'blockquote', 'p'].map((tag) => `${tag} kept`));
});

test('the first paint waits for no stylesheet file: what only the app shows is styled by a file linked after the text', async ({ page }) => {
  await recordFirstFrame(page);
  const releaseWasm = await holdRequests(page, '**/*_bg.wasm');
  const releasePanels = await holdRequests(page, '**/panels-*.css');
  // Not until 'load': that waits for every stylesheet.
  await page.goto(SEED, { waitUntil: 'commit' });
  await expect.poll(() => page.evaluate(() => window.__firstFrame)).toBeTruthy();
  // Painted while the linked file is held back (a render-blocking one would allow no frame),
  // and styled by the page's own stylesheet: 20 px text, not the browser's 16 px.
  expect((await page.evaluate(() => window.__firstFrame)).fontSize).toBe(20);
  releasePanels();
  releaseWasm();
  await appTookOver(page);
  // The toolbar, styled by the linked file, once the app shows it.
  await page.getByRole('button', { name: '无障碍浏览' }).first().click({ delay: 50 });
  await expect(page.locator('.barrier-free')).toBeVisible();
  expect(await page.locator('.barrier-free').evaluate((e) => getComputedStyle(e).borderTopStyle)).not.toBe('none');
});

test('a reader who keeps the 无障碍 toolbar open has it in the first frame, and the text does not move when the app starts', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('changyue.tools.v1', JSON.stringify({ open: true })));
  await recordFirstFrame(page);
  await page.addInitScript(() => {
    const look = () => {
      const toolbar = document.querySelector('#prerendered #barrier-free');
      if (!toolbar || !document.querySelector('.article-body p')) return requestAnimationFrame(look);
      window.__toolbarShown = toolbar.getBoundingClientRect().height > 0;
    };
    requestAnimationFrame(look);
  });
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  await expect.poll(() => page.evaluate(() => window.__firstFrame)).toBeTruthy();
  expect(await page.evaluate(() => window.__toolbarShown)).toBe(true);
  // A screen reader hears it open before the app has started, too.
  await expect(page.locator('#prerendered #barrier-free-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#prerendered #barrier-free-toggle')).toHaveAttribute('aria-controls', 'barrier-free');
  const top = () => page.evaluate(() => document.querySelector('main h1').getBoundingClientRect().top);
  const before = await top();
  release();
  await appTookOver(page);
  await expect(page.getByRole('toolbar', { name: /无障碍/ })).toBeVisible();
  expect(await top()).toBe(before);
});

test('the pre-rendered footer is there for every reader before the app starts, and an address naming a place in it opens there', async ({ page }) => {
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  const footer = page.locator('#prerendered').getByRole('contentinfo');
  await expect(footer.getByRole('heading', { name: '两微一端' })).toBeVisible();
  await expect(footer.getByRole('button', { name: '长者模式' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-first-frame');
  // A new load, not a move within the page.
  await page.goto('about:blank');
  await page.goto(`${SEED}#channels`);
  await expect(page.locator('#prerendered #channels-title')).toBeInViewport();
  expect(await page.evaluate(() => document.getElementById('prerendered') !== null)).toBe(true);
  release();
});

test('a reader who has not opened the toolbar has none in the pre-rendered page', async ({ page }) => {
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  await expect(page.locator('#prerendered main h1')).toBeVisible();
  await expect(page.locator('#prerendered #barrier-free')).toBeHidden();
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  const top = await page.locator('main h1').evaluate((h1) => h1.getBoundingClientRect().top);
  release();
  await appTookOver(page);
  await expect(page.locator('#barrier-free')).toHaveCount(0);
  expect(await page.locator('main h1').evaluate((h1) => h1.getBoundingClientRect().top)).toBe(top);
});

const EARLY_PRESS = '按钮的功能还在加载，加载好后会自动生效，请稍候。';
const APP_FAILED = '网络不好，部分按钮没能加载。字号和长者模式可用，文章仍可阅读。';
const paragraphSize = (page) => page.locator('main .article-body p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
const bannerButton = (page, name) => page.getByRole('banner').getByRole('button', { name, exact: true });
const storedSettings = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEY);
/** The pre-rendered page's live region. */
const copySaid = (page) => page.locator('#prerendered #announcer');

// Each control of the first screen, from a stored state where a press on it changes something.
const PRESSES = [
  { name: '大', before: {}, after: { 'data-font-scale': '130' }, size: 26, said: '字号已调整为 大' },
  { name: '中', before: { font_scale: 80 }, after: { 'data-font-scale': '100' }, size: 20, said: '字号已调整为 中' },
  { name: '小', before: {}, after: { 'data-font-scale': '80' }, size: 16, said: '字号已调整为 小' },
  { name: '缩小字号', before: {}, after: { 'data-font-scale': '90' }, size: 18, said: '字号已调整为 90%' },
  { name: '放大字号', before: {}, after: { 'data-font-scale': '110' }, size: 22, said: '字号已调整为 110%' },
  // Its pressed state says it, on the button pressed: no words besides.
  { name: '长者模式', before: {}, after: { 'data-elder': '' }, size: 24, said: '' },
];

for (const app of ['held back', 'blocked for good']) {
  for (const { name, before, after, size, said } of PRESSES) {
    test(`a press on ${name} in the pre-rendered page takes effect at once, is stored and said once, with the app ${app}`, async ({ page }) => {
      await stored(page, JSON.stringify(before));
      let release = () => {};
      if (app === 'held back') release = await holdRequests(page, '**/*_bg.wasm');
      else await page.route('**/*_bg.wasm', (route) => route.abort('internetdisconnected'));
      await page.goto(SEED);
      await expect(page.locator('#prerendered main h1')).toBeVisible();
      if (app === 'blocked for good') await expect(page.getByRole('status').filter({ hasText: APP_FAILED })).toBeVisible();
      const button = bannerButton(page, name);
      await expect(button).not.toHaveAttribute('aria-disabled', 'true');
      await button.click({ delay: 50 });
      // In force, stored and said, while the page is still the pre-rendered one.
      for (const [attribute, value] of Object.entries(after)) await expect(page.locator('html')).toHaveAttribute(attribute, value);
      expect(await paragraphSize(page)).toBe(size);
      expect(await storedSettings(page)).toMatchObject(Object.fromEntries(Object.entries(after).map(([a, v]) =>
        a === 'data-elder' ? ['elder', true] : ['font_scale', Number(v)])));
      await expect(copySaid(page)).toHaveText(said);
      await expect(page.getByText(EARLY_PRESS)).toHaveCount(0);
      if (name.length === 1 || name === '长者模式') await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('#prerendered')).toHaveCount(1);
      if (app === 'blocked for good') return;
      const onPage = await rootState(page);
      release();
      await appTookOver(page);
      // The app shows the same, and says nothing again.
      expect(await rootState(page)).toEqual(onPage);
      if (name.length === 1 || name === '长者模式') await expect(bannerButton(page, name)).toHaveAttribute('aria-pressed', 'true');
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await expect(page.locator('#announcer')).toHaveText('');
    });
  }
}

test('a press on 长者模式 from the keyboard in the pre-rendered page takes effect at once, once, and focus stays on it', async ({ page }) => {
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  await expect(page.locator('#prerendered main h1')).toBeVisible();
  const elder = bannerButton(page, '长者模式');
  await elder.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-elder', '');
  await expect(elder).toHaveAttribute('aria-pressed', 'true');
  // Every 长者模式 switch of the page shows it, the footer's too.
  expect((await controlState(page)).elder).toEqual(['true', 'true']);
  release();
  await appTookOver(page);
  await expect(elder).toHaveAttribute('aria-pressed', 'true');
  await expect(elder).toBeFocused();
  // Pressed once, on: a toggle pressed twice would be off again.
  await expect(page.locator('html')).toHaveAttribute('data-elder', '');
});

test('a press while the app waits for the article\'s data is applied once: the app takes it over, and 撤销 takes it back', async ({ page }) => {
  // The app has started, but the first download of the article fails: it keeps the
  // pre-rendered page and tries again every 3 s, its own tree hidden beside it.
  let attempts = 0;
  await page.route('**/data/articles/wulantaolegai-practice.json', (route) => (++attempts === 1 ? route.abort('failed') : route.continue()));
  await page.goto(SEED);
  await expect(page.locator('html')).toHaveAttribute('data-taking-over', '');
  await expect.poll(() => attempts).toBe(1);
  await bannerButton(page, '放大字号').click({ delay: 50 });
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '110');
  await appTookOver(page);
  // One step, not two: the app took the pressed settings, it did not press again.
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '110');
  await expect(page.locator('#font-size-controls [data-font-size-shown]')).toHaveText(/110%/);
  expect((await storedSettings(page)).font_scale).toBe(110);
  // The reader's own change, as any other: 撤销 gives back what was there before it.
  await bannerButton(page, '阅读设置').click({ delay: 50 });
  await page.getByRole('button', { name: '撤销上一次设置更改' }).click({ delay: 50 });
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '100');
  await expect(page.locator('#announcer')).toHaveText('已撤销：字号已调整为 中');
});

test('a press in the same frame as the takeover is neither lost nor applied twice', async ({ page }) => {
  const releaseData = await holdRequests(page, '**/data/articles/wulantaolegai-practice.json');
  await page.goto(SEED);
  await expect(page.locator('html')).toHaveAttribute('data-taking-over', '');
  // Pressed in the task that puts the article into the app's tree, the one that takes over:
  // on the 放大 the reader sees, the pre-rendered page's while it is there (it comes first),
  // else the app's. Dispatched from the page: a held click cannot be timed into one frame.
  await page.evaluate(() => {
    const watch = new MutationObserver(() => {
      if (!document.querySelector('body > main article h1')) return;
      watch.disconnect();
      window.__pressedInCopy = !!document.getElementById('prerendered');
      document.querySelector('#font-size-controls [data-font-size=larger]').click();
    });
    watch.observe(document.body, { childList: true, subtree: true });
  });
  releaseData();
  await appTookOver(page);
  await expect.poll(() => page.evaluate(() => window.__pressedInCopy)).toBeDefined();
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '110');
  await expect(page.locator('#font-size-controls [data-font-size-shown]')).toHaveText(/110%/);
  expect((await storedSettings(page)).font_scale).toBe(110);
});

test('a button added to the 字号 group does not silence the others: they are found by what they do', async ({ page }) => {
  // As a later build might: a sixth button, first in the group.
  await page.route(SEED, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<span class="font-steps">', '<span class="font-steps"><button type="button" class="control">特大</button>');
    await route.fulfill({ response, body: html });
  });
  await stored(page, JSON.stringify({ font_scale: 130 }));
  await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  await expect(page.locator('#prerendered #font-size-controls button')).toHaveCount(6);
  // The stored state is shown, and a press works.
  await expect(bannerButton(page, '大')).toHaveAttribute('aria-pressed', 'true');
  await bannerButton(page, '小').click({ delay: 50 });
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '80');
  await expect(bannerButton(page, '小')).toHaveAttribute('aria-pressed', 'true');
  await expect(bannerButton(page, '大')).toHaveAttribute('aria-pressed', 'false');
});

/** Scrolls the title half out of the window and presses 大 from the keyboard; returns where
 *  the title then stands. */
async function pressLargeHalfwayDownTheTitle(page) {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.evaluate(() => {
    const title = document.querySelector('main h1');
    window.scrollTo(0, title.getBoundingClientRect().top + window.scrollY + title.getBoundingClientRect().height / 2);
  });
  await page.evaluate(() => document.querySelector('#font-size-controls [data-font-size=large]').focus({ preventScroll: true }));
  const before = await page.locator('main h1').evaluate((h) => { const r = h.getBoundingClientRect(); return r.top / r.height; });
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '130');
  const after = await page.locator('main h1').evaluate((h) => { const r = h.getBoundingClientRect(); return r.top / r.height; });
  return { before, after };
}

test('a press in the pre-rendered page keeps the reader\'s place as the app does: the title half read stays half read', async ({ page }) => {
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  await expect(page.locator('#prerendered main h1')).toBeVisible();
  const inCopy = await pressLargeHalfwayDownTheTitle(page);
  expect(inCopy.before).toBeCloseTo(-0.5, 1);
  expect(inCopy.after).toBeCloseTo(-0.5, 1);
  release();
  await appTookOver(page);
  await page.evaluate((key) => localStorage.removeItem(key), KEY);
  await page.reload();
  await appTookOver(page);
  const inApp = await pressLargeHalfwayDownTheTitle(page);
  expect(inApp.after).toBeCloseTo(inCopy.after, 1);
});

test('a press on a button only the app works, before it has started, is kept: the reader is told, and it is pressed at takeover', async ({ page }) => {
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  await expect(page.locator('#prerendered main h1')).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: EARLY_PRESS });
  await bannerButton(page, '阅读设置').click({ delay: 50 });
  await expect(notice).toBeVisible();
  // The notice stays in view at the bottom of the screen.
  const box = await notice.boundingBox();
  expect(box.y + box.height).toBeCloseTo(page.viewportSize().height, 0);
  release();
  await appTookOver(page);
  await expect(bannerButton(page, '阅读设置')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText(EARLY_PRESS)).toHaveCount(0);
});

test('a press on a toolbar switch before the app has started is kept as the state the reader asked for, and said to come', async ({ page }) => {
  // 指读 stored on: the copy shows the defaults (off), so the reader who presses it means on.
  await page.addInitScript(() => localStorage.setItem('changyue.tools.v1', JSON.stringify({ open: true, point_read: true })));
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  const toolbar = page.locator('#barrier-free');
  const pointRead = toolbar.getByRole('button', { name: '指读' });
  await expect(pointRead).toBeVisible();
  await pointRead.click({ delay: 50 });
  await expect(page.getByText(EARLY_PRESS)).toBeVisible();
  release();
  await appTookOver(page);
  await expect(pointRead).toHaveAttribute('aria-pressed', 'true');
});

test('a press on 阅读尺 in the copy\'s toolbar turns it on when the app takes over', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('changyue.tools.v1', JSON.stringify({ open: true })));
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  const ruler = page.locator('#barrier-free').getByRole('button', { name: '阅读尺' });
  await ruler.click({ delay: 50 });
  await expect(page.getByText(EARLY_PRESS)).toBeVisible();
  release();
  await appTookOver(page);
  await expect(ruler).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-ruler', '');
});

test('the copy\'s toolbar moves by the arrow keys before the app has started, one Tab stop, and focus stays on the tool at takeover', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('changyue.tools.v1', JSON.stringify({ open: true })));
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  const tools = page.getByRole('toolbar', { name: '无障碍工具' });
  await tools.getByRole('button', { name: '连读' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tools.getByRole('button', { name: '指读' })).toBeFocused();
  await page.keyboard.press('End');
  const close = tools.getByRole('button', { name: '关闭' });
  await expect(close).toBeFocused();
  await expect(close).toHaveAttribute('tabindex', '0');
  await expect(tools.locator('button[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(tools.getByRole('button', { name: '连读' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(close).toBeFocused();
  expect(await page.evaluate(() => !!document.activeElement.closest('#prerendered'))).toBe(true);
  release();
  await appTookOver(page);
  await expect(close).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tools.getByRole('button', { name: '连读' })).toBeFocused();
});

test('when the app cannot start, the reader is told, 字号 and 长者模式 still work, the other buttons say they are unavailable, and 重新加载 loads the page again', async ({ page }) => {
  let fail = true;
  await page.route('**/*_bg.wasm', (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
  // With a fragment, as after 跳到正文: a link to the same address with it would only scroll.
  await page.goto(`${SEED}#main`);
  const notice = page.getByRole('status').filter({ hasText: APP_FAILED });
  await expect(notice).toBeVisible();
  await expect(page.locator('#prerendered h1')).toHaveText(SEED_TITLE);
  const unavailable = (selector) => page.locator(selector).evaluateAll((all) => all.filter((b) => b.getAttribute('aria-disabled') === 'true').length);
  const others = page.locator('#prerendered button:not([data-font-size]):not([data-switch])');
  expect(await others.count()).toBeGreaterThan(10);
  expect(await unavailable('#prerendered button:not([data-font-size]):not([data-switch])')).toBe(await others.count());
  expect(await unavailable('#prerendered [data-font-size], #prerendered [data-switch]')).toBe(0);
  // A press on what only the app works promises nothing (forced: Playwright does not press
  // what says it is unavailable; a reader can).
  await bannerButton(page, '阅读设置').click({ delay: 50, force: true });
  await expect(page.getByText(EARLY_PRESS)).toHaveCount(0);
  await bannerButton(page, '大').click({ delay: 50 });
  await expect(page.locator('html')).toHaveAttribute('data-font-scale', '130');
  await expect(notice).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  fail = false;
  await notice.getByRole('link', { name: '重新加载' }).click({ delay: 50 });
  await appTookOver(page);
  await expect(page.getByText(APP_FAILED)).toHaveCount(0);
  await expect(page.locator('h1')).toHaveText(SEED_TITLE);
  await expect(bannerButton(page, '大')).toHaveAttribute('aria-pressed', 'true');
});
