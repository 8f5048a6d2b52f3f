// Start-up: a reader's stored settings are on the page in the first frame that shows the article,
// before the app has started (the start-up script made by core/src/settings/boot.rs), and nothing
// moves when the app starts.
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
  for (const { name, value } of root.attributes) if (name.startsWith('data-') && name !== 'data-taking-over') state[name] = value;
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
const APP_FAILED = '网络不好，字号等按钮没能加载，文章仍可阅读。';
const paragraphSize = (page) => page.locator('main .article-body p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
const bannerButton = (page, name) => page.getByRole('banner').getByRole('button', { name, exact: true });

test('a press on 大 before the app has started is not lost: the reader is told, and it takes effect when the app takes over', async ({ page }) => {
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  await expect(page.locator('#prerendered main h1')).toBeVisible();
  const before = await paragraphSize(page);
  const notice = page.getByRole('status').filter({ hasText: EARLY_PRESS });
  await bannerButton(page, '大').click({ delay: 50 });
  await expect(notice).toBeVisible();
  // The notice stays in view at the bottom of the screen.
  const box = await notice.boundingBox();
  expect(box.y + box.height).toBeCloseTo(page.viewportSize().height, 0);
  release();
  await appTookOver(page);
  await expect(bannerButton(page, '大')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => paragraphSize(page)).toBeGreaterThan(before);
  await expect(page.getByText(EARLY_PRESS)).toHaveCount(0);
  // A screen reader hears what the press did, as after any press on 大.
  await expect(page.locator('#announcer')).toHaveText('字号已调整为 大');
});

test('a press on 长者模式 from the keyboard before the app has started takes effect once, and focus stays on it', async ({ page }) => {
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  await expect(page.locator('#prerendered main h1')).toBeVisible();
  const elder = bannerButton(page, '长者模式');
  await elder.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: EARLY_PRESS })).toBeVisible();
  release();
  await appTookOver(page);
  await expect(elder).toHaveAttribute('aria-pressed', 'true');
  await expect(elder).toBeFocused();
  // Pressed once, on: a toggle pressed twice would be off again.
  await expect(page.locator('html')).toHaveAttribute('data-elder', '');
});

test('a press while the app waits for the article\'s data is pressed when the data comes', async ({ page }) => {
  // The app has started, but the first download of the article fails: it keeps the
  // pre-rendered page and tries again every 3 s (README), so its own buttons are not shown yet.
  let attempts = 0;
  await page.route('**/data/articles/wulantaolegai-practice.json', (route) => (++attempts === 1 ? route.abort('failed') : route.continue()));
  await page.goto(SEED);
  await expect(page.locator('html')).toHaveAttribute('data-taking-over', '');
  await expect.poll(() => attempts).toBe(1);
  await bannerButton(page, '大').click({ delay: 50 });
  await expect(page.getByRole('status').filter({ hasText: EARLY_PRESS })).toBeVisible();
  await appTookOver(page);
  await expect(bannerButton(page, '大')).toHaveAttribute('aria-pressed', 'true');
});

test('a press on a toolbar switch before the app has started is not kept: the copy shows the defaults, not the reader\'s tools', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('changyue.tools.v1', JSON.stringify({ open: true, point_read: true })));
  const release = await holdRequests(page, '**/*_bg.wasm');
  await page.goto(SEED);
  const pointRead = page.locator('#barrier-free').getByRole('button', { name: '指读' });
  await expect(pointRead).toBeVisible();
  await pointRead.click({ delay: 50 });
  // Kept, it would turn 指读 off at takeover, while the copy showed it off and the reader meant on.
  await expect(page.getByText(EARLY_PRESS)).toHaveCount(0);
  release();
  await appTookOver(page);
  await expect(pointRead).toHaveAttribute('aria-pressed', 'true');
});

test('when the app cannot start, the reader is told, the buttons say they are unavailable, and 重新加载 loads the page again', async ({ page }) => {
  let fail = true;
  await page.route('**/*_bg.wasm', (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
  // With a fragment, as after 跳到正文: a link to the same address with it would only scroll.
  await page.goto(`${SEED}#main`);
  const notice = page.getByRole('status').filter({ hasText: APP_FAILED });
  await expect(notice).toBeVisible();
  await expect(page.locator('#prerendered h1')).toHaveText(SEED_TITLE);
  const buttons = page.locator('#prerendered button');
  expect(await buttons.count()).toBeGreaterThan(10);
  expect(await buttons.evaluateAll((all) => all.filter((b) => b.getAttribute('aria-disabled') !== 'true').length)).toBe(0);
  // A press now promises nothing (forced: Playwright does not press what says it is
  // unavailable; a reader can).
  await bannerButton(page, '大').click({ delay: 50, force: true });
  await expect(notice).toBeVisible();
  await expect(page.getByText(EARLY_PRESS)).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  fail = false;
  await notice.getByRole('link', { name: '重新加载' }).click({ delay: 50 });
  await appTookOver(page);
  await expect(page.getByText(APP_FAILED)).toHaveCount(0);
  await expect(page.locator('h1')).toHaveText(SEED_TITLE);
});
