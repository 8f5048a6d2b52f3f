// Start-up: a reader's stored settings are on the page in the first frame that shows the article,
// before the app has started (the start-up script made by core/src/settings/boot.rs), and nothing
// moves when the app starts.
import { test, expect } from './fixtures.js';
import { SEED, holdRequests } from './helpers.js';

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
      window.__firstFrame = {
        fontSize: parseFloat(getComputedStyle(p).fontSize),
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

const CASES = [
  { name: '长者模式', value: { elder: true }, check: (f) => expect(f.fontSize).toBeGreaterThanOrEqual(24) },
  { name: '夜间', value: { scheme: 'dark' }, check: (f) => expect(f.background).toBe('rgb(18, 18, 18)') },
  { name: '字号 200%', value: { font_scale: 200 }, check: (f) => expect(f.fontSize).toBe(40) },
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
      release();
      await appTookOver(page);
      expect(await rootState(page)).toEqual(before);
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
