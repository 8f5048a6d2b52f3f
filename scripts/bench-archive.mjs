// `make bench-archive`: sites of 10,000 and of 100,000 articles, each made here from the release
// build in dist/ and a synthetic archive (`changyue bench-render --site`, which prints the check,
// build (rendering and compression) and import figures), with the size of each built site on
// disk; then the last one measured as a reader meets it: the list's first view on the phone
// profile of `make bench` (bytes, and when the titles are painted), served by nginx with the
// deployment's configuration. Prints figures; it is a measurement, not a test. The 100,000-article
// site needs about 12 GB of disk for a while.
//
//   node scripts/bench-archive.mjs [articles,...] [runs]   (default 10000,100000 articles, 5 runs)
//   node scripts/bench-archive.mjs --reuse                  (measures the site made last time)
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startNginx } from './nginx.mjs';

const REUSE = process.argv.includes('--reuse');
const [articles, runs] = process.argv.slice(2).filter((a) => a !== '--reuse');
const SIZES = (articles ?? '10000,100000').split(',').map(Number);
const ARTICLES = SIZES.at(-1);
const RUNS = Number(runs ?? 5);
const SITE = 'target/bench-archive';
const PORT = 4191;
const BASE = `http://127.0.0.1:${PORT}`;
const PHONE = { width: 360, height: 780 };
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

function walk(dir, only = () => true) {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = walk(path, only);
      files += inner.files;
      bytes += inner.bytes;
    } else if (only(entry.name)) {
      files += 1;
      bytes += statSync(path).size;
    }
  }
  return { files, bytes };
}

function buildSite(articles) {
  // The app as built, without the sample site's own data and pages.
  rmSync(SITE, { recursive: true, force: true });
  cpSync('dist', SITE, {
    recursive: true,
    filter: (path) => !/^dist\/(data\/articles|article|page|bench|\.changyue)(\/|$)/.test(path),
  });
  console.log(`\n== ${articles.toLocaleString('en')} articles`);
  // The render writes the pages' .br and .gz copies as it goes (and the app's files'), so its
  // time is the whole build's.
  console.log(execFileSync('target/release/changyue', ['bench-render', '--articles', String(articles), '--site', SITE], { encoding: 'utf8' }).trimEnd());
  const size = walk(SITE);
  const pages = walk(join(SITE, 'article'), (name) => name.endsWith('.html'));
  const br = walk(join(SITE, 'article'), (name) => name.endsWith('.html.br'));
  const gz = walk(join(SITE, 'article'), (name) => name.endsWith('.html.gz'));
  const each = (w) => `${(w.bytes / Math.max(w.files, 1) / 1024).toFixed(1)} KB`;
  console.log(`the built site: ${size.files.toLocaleString('en')} files, ${(size.bytes / 1e6).toFixed(0)} MB on disk with the .br and .gz copies; an article page weighs ${each(pages)} raw, ${each(br)} brotli, ${each(gz)} gzip`);
}

if (!REUSE) for (const articles of SIZES) buildSite(articles);

// Marks the list's first title for Element Timing the moment it enters the page.
const HARNESS = () => {
  window.__bench = {};
  new MutationObserver((_, observer) => {
    // Element Timing follows the element that holds the text: the title's link.
    const title = document.querySelector('.article-card h2 a');
    if (!title) return;
    title.setAttribute('elementtiming', 'list-title');
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === 'list-title') window.__bench.painted = e.renderTime || e.loadTime;
  }).observe({ type: 'element', buffered: true });
};

async function load(browser, path) {
  const ctx = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await ctx.newPage();
  await page.addInitScript(HARNESS);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  let data = 0;
  const urls = new Map();
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, new URL(e.request.url).pathname));
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    if (urls.get(e.requestId)?.startsWith('/data/articles/')) data += e.encodedDataLength;
  });
  await page.goto(BASE + path, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => window.__bench.painted, null, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.getElementById('prerendered'), null, { timeout: 60_000 });
  const painted = await page.evaluate(() => window.__bench.painted);
  const links = await page.locator('main a[href^="/article/"]').count();
  await ctx.close();
  return { painted, bytes, data, links };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const nginx = await startNginx(PORT, SITE);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  console.log(`\nthe list's first view, phone profile (${PHONE.width}x${PHONE.height}, CPU 4x, 1.6 Mbps, 150 ms RTT, no cache), medians of ${RUNS}:`);
  for (const path of ['/', `/page/${Math.ceil(ARTICLES / 40)}`]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await load(browser, path));
    const m = (key) => median(runs.map((r) => r[key]));
    console.log(`  ${path.padEnd(10)} titles painted ${m('painted').toFixed(0)} ms; ${(m('bytes') / 1024).toFixed(1)} KB transferred, of which list data ${(m('data') / 1024).toFixed(1)} KB; ${m('links')} article links`);
  }
} finally {
  await browser.close();
  nginx.kill();
}
