// Shared steps for the end-to-end tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const SEED = '/article/wulantaolegai-practice';
export const HELP = '/article/how-to-use';

/** Opens a path and waits until the app has rendered its main content. */
export async function open(page, path) {
  await page.goto(path);
  await expect(page.locator('main h1')).toBeVisible();
}

/** Follows a link inside the app (the router handles it, no page load), as a link in an article would. */
export async function followInAppLink(page, href) {
  await page.evaluate((target) => {
    const a = document.createElement('a');
    a.href = target;
    a.textContent = `link to ${target}`;
    document.querySelector('main').append(a);
  }, href);
  await page.getByRole('link', { name: `link to ${href}` }).click();
}

/** Runs axe-core (WCAG 2.0-2.2 A/AA and best practices) and returns its violations. */
export async function axeViolations(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
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
