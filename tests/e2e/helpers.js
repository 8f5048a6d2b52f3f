// Shared steps for the end-to-end tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const SEED = '/article/wulantaolegai-practice';
export const HELP = '/article/how-to-use';
/** The seed article's title and its 导读, the first two things 连读 reads. */
export const SEED_TITLE = '抓党建促振兴的乌兰陶勒盖实践';
export const SEED_SUMMARY = '乌审旗乌兰陶勒盖镇把抓党建促乡村振兴工作摆在首要位置，推动基层党建与乡村振兴深度融合。';
/** The colour schemes' ids, as stored and as on <html data-scheme>. */
export const SCHEMES = ['default', 'high-contrast', 'dark', 'yellow-on-black', 'black-on-yellow', 'yellow-on-blue'];

/** Opens a path and waits until the app has rendered its main content (and has taken over from
 *  a pre-rendered page, whose controls do nothing until then). */
export async function open(page, path) {
  await page.goto(path);
  await appTookOver(page);
}

/** Reloads, and waits until the app has replaced the pre-rendered page: an element found
 *  before that is detached mid-measurement and reads as an empty computed style. */
export async function reopen(page) {
  await page.reload();
  await appTookOver(page);
}

async function appTookOver(page) {
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.locator('main h1')).toBeVisible();
}

/** Reaches the seed article from the list, so the app itself loads it. A direct visit gets the
 *  pre-rendered page, which stays on a network failure instead of showing the app's error. */
export async function openSeedFromList(page) {
  await open(page, '/');
  await page.getByRole('link', { name: '抓党建促振兴的乌兰陶勒盖实践' }).click({ delay: 50 });
  await expect(page.locator('main h1')).not.toHaveText('文章列表');
}

/** Follows a link inside the app (the router handles it, no page load), as a link in an article would. */
export async function followInAppLink(page, href) {
  await page.evaluate((target) => {
    const a = document.createElement('a');
    a.href = target;
    a.textContent = `link to ${target}`;
    document.querySelector('main').append(a);
  }, href);
  await page.getByRole('link', { name: `link to ${href}` }).click({ delay: 50 });
}

/** Runs axe-core (WCAG 2.0-2.2 A/AA and best practices) and returns its violations. */
export async function axeViolations(page) {
  // Evaluated through DevTools, not as a <script>: the page's CSP rightly refuses inline scripts.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
  }));
}

/** How far the page scrolls sideways (0 when it does not). */
export async function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Computed font size, in CSS px, of the first element matching the selector. */
export async function fontSize(page, selector) {
  return page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

/** Collects console errors and page errors, to assert that nothing panicked. */
export function watchConsole(page) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  return problems;
}

/** Holds every request matching the pattern until the returned `release()` is called. */
export async function holdRequests(page, pattern) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Dismisses and counts every alert/confirm/prompt: hostile data must never open one. */
export function countDialogs(page) {
  const seen = { count: 0 };
  page.on('dialog', (dialog) => {
    seen.count++;
    dialog.dismiss();
  });
  return seen;
}

/** Answers a data request with the given body and status, as a server would. */
export async function serveData(page, path, body, status = 200) {
  await page.route(`**${path}`, (route) =>
    route.fulfill({
      status,
      contentType: 'application/json; charset=utf-8',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/** Serves these entries as the article list. A built site's list view loads its own page file
 *  (`data/articles/page/<n>.json`, written by `changyue render`), never the whole list. */
export async function serveList(page, articles) {
  await serveData(page, '/data/articles/page/1.json', { page: 1, pages: 1, total: articles.length, articles });
}

/** Starts the app with these stored reading settings (as a returning reader would have them). */
export async function withSettings(page, settings) {
  await page.addInitScript((s) => localStorage.setItem('changyue.settings.v1', s), JSON.stringify(settings));
}

/** Opens the 阅读设置 panel from the banner and returns it. */
export async function openSettingsPanel(page) {
  await page.getByRole('banner').getByRole('button', { name: '阅读设置', exact: true }).click({ delay: 50 });
  const panel = page.getByRole('region', { name: '阅读设置' });
  await expect(panel).toBeVisible();
  return panel;
}

/**
 * Contrast as WCAG computes it, measured from computed styles: every visible piece of text
 * against the background actually behind it, and every control's focus ring and border
 * against the background around it. Returns the lowest of each with where it was found.
 */
export async function measureContrast(page) {
  // Focus rings are for keyboard use: a key press first, as a keyboard reader's would be,
  // so that focus from script matches :focus-visible even after a mouse click.
  await page.keyboard.press('Shift');
  return page.evaluate(() => {
    const rgba = (css) => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) throw new Error(`unexpected colour ${css}`);
      const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }) => {
      const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const ratio = (x, y) => {
      const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
      return (hi + 0.05) / (lo + 0.05);
    };
    // The first opaque background from the element up; our backgrounds are all opaque.
    const backgroundOf = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c.a === 1) return c;
        if (c.a > 0) throw new Error(`translucent background on ${e.tagName}`);
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const name = (el) => `${el.tagName.toLowerCase()}${el.className ? '.' + el.className : ''} "${el.textContent.trim().slice(0, 12)}"`;
    const lowest = (items) => items.reduce((low, item) => (item.ratio < low.ratio ? item : low), { ratio: Infinity });
    const visible = (el) => el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;

    // The 配色 swatches each show another scheme's colours: they are measured apart.
    const texts = [];
    const swatches = [];
    for (const el of document.body.querySelectorAll('*')) {
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      if (!hasText || !visible(el) || el.closest('.visually-hidden')) continue;
      const measured = { ratio: ratio(rgba(getComputedStyle(el).color), backgroundOf(el)), where: name(el) };
      (el.closest('.swatch') ? swatches : texts).push(measured);
    }
    const rings = [];
    const borders = [];
    for (const el of document.querySelectorAll('button, a, input, .choice')) {
      if (!visible(el)) continue;
      const around = backgroundOf(el.parentElement);
      if (el.matches('button, a, input:enabled')) {
        el.focus();
        const s = getComputedStyle(el);
        if (s.outlineStyle !== 'none') rings.push({ ratio: ratio(rgba(s.outlineColor), around), where: name(el) });
        else rings.push({ ratio: 0, where: `${name(el)} has no focus ring` });
      }
      // A radio's circle is its border: it must stand out from the label box around it.
      if (el.matches('.control, .choice, .choice input')) {
        borders.push({ ratio: ratio(rgba(getComputedStyle(el).borderTopColor), around), where: name(el) });
      }
    }
    document.activeElement?.blur();
    // The counts too: a lowest of nothing is Infinity, and must not pass for a measurement.
    return {
      texts: texts.length, text: lowest(texts),
      swatches: swatches.length, swatch: lowest(swatches),
      rings: rings.length, ring: lowest(rings),
      borders: borders.length, border: lowest(borders),
    };
  });
}

/** Records every change of the live region's text from now on, so that a test can count
 *  announcements: `toHaveText` normalises away the no-break space that marks a repeat. */
export async function watchAnnouncements(page) {
  await page.evaluate(() => {
    window.__announced = [];
    const region = document.getElementById('announcer');
    new MutationObserver(() => window.__announced.push(region.textContent)).observe(region, {
      childList: true, characterData: true, subtree: true,
    });
  });
  return () => page.evaluate(() => window.__announced.filter((t) => t.trim() !== ''));
}

/** Opens the 无障碍 toolbar from the banner, with a click held like a person's, and returns it. */
export async function openToolbar(page) {
  await page.getByRole('banner').getByRole('button', { name: '无障碍浏览' }).click({ delay: 50 });
  const toolbar = page.getByRole('toolbar', { name: '无障碍工具' });
  await expect(toolbar).toBeVisible();
  return toolbar;
}
