// `make bench`: the app against a plain static HTML page of the same article, on a phone profile,
// both served by nginx with the deployment's configuration (brotli, as a real host would), and
// against the physical limit (that page with its CSS inline); a reader with 长者模式 stored; how
// soon a click on 大 works; a font-size change on a long article; an offline repeat visit; and the
// native build of a 10,000-article archive.
// Prints figures; it is a measurement, not a test. Needs a release build in dist/ and the command with its benchmark (make build bench-command).
//
//   node scripts/bench.mjs [runs]        (default 15 runs of each page, alternating)
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { startNginx } from './nginx.mjs';
import { escapeHtml } from './html.mjs';

const RUNS = Number(process.argv[2] ?? 15);
const PORT = 4190;
const BASE = `http://127.0.0.1:${PORT}`;
const ID = 'wulantaolegai-practice';
const PHONE = { width: 360, height: 780 };
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

// ---- the static page: the same article, rendered from the same JSON, no script -------------
// `css` is the stylesheet's name (linked, as the app links it) or, for the physical limit, its
// text (inlined: nothing but the HTML to wait for).
function staticPage(article, site, css, { inline = false } = {}) {
  const body = article.body.map((b) => {
    switch (b.type) {
      case 'paragraph': return `<p>${escapeHtml(b.text)}</p>`;
      case 'heading': return `<h2>${escapeHtml(b.text)}</h2>`;
      case 'quote': return `<blockquote><p>${escapeHtml(b.text)}</p></blockquote>`;
      case 'list': return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
      default: return '';
    }
  }).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
${inline ? `<style>${css}</style>` : `<link rel="stylesheet" href="/${css}">`}
</head><body>
<header class="site-banner"><div class="banner-inner"><p class="site-name"><a href="/">${escapeHtml(site.name)}</a></p></div></header>
<main id="main"><article class="article"><header class="article-header"><h1>${escapeHtml(article.title)}</h1>
<p class="article-meta"><span>来源：${escapeHtml(article.source)}</span> <span>发布时间：${escapeHtml(article.published.slice(0, 16).replace('T', ' '))}</span></p></header>
<div class="article-body">${body}</div></article></main>
</body></html>`;
}

function writeStatic() {
  // The app's stylesheet, as the build put it inline in every page.
  const css = readFileSync('dist/index.html', 'utf8').match(/<style>([\s\S]*?)<\/style>/)[1];
  const article = JSON.parse(readFileSync(`dist/data/articles/${ID}.json`, 'utf8'));
  const site = JSON.parse(readFileSync('dist/data/site.json', 'utf8'));
  const html = Buffer.from(staticPage(article, site, 'bench/main.css'));
  mkdirSync('dist/bench', { recursive: true });
  for (const [file, bytes] of [[`${ID}.html`, html], ['main.css', Buffer.from(css)]]) {
    writeFileSync(`dist/bench/${file}`, bytes);
    writeFileSync(`dist/bench/${file}.br`, brotli(bytes));
    writeFileSync(`dist/bench/${file}.gz`, gzipSync(bytes, { level: 9 }));
  }
  return brotli(Buffer.from(staticPage(article, site, css, { inline: true })));
}

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

// The physical limit: the static page with its CSS inline, brotli-compressed, from a server of
// its own (the deployment's pages allow only their own inline style), behind the same emulated network.
function serveLimit(body) {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br', 'cache-control': 'no-cache' });
    res.end(body);
  });
  return new Promise((done) => server.listen(PORT + 1, '127.0.0.1', () => done(server)));
}

// ---- measuring one load ------------------------------------------------------------------
// Marks the first article paragraph for Element Timing the moment it enters the page (before
// it can paint), in both pages alike; the page itself is not changed.
const HARNESS = () => {
  window.__bench = {};
  new MutationObserver((_, observer) => {
    const p = document.querySelector('.article-body p');
    if (!p) return;
    p.setAttribute('elementtiming', 'article-text');
    window.__bench.inserted = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === 'article-text') window.__bench.painted = e.renderTime || e.loadTime;
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.lcp = e.renderTime || e.loadTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  window.__bench.shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

async function memory(cdp) {
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  // Every WebAssembly.Memory in the page, found through DevTools: the app needs no hook for this.
  const { result: proto } = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.reduce((n, m) => n + m.buffer.byteLength, 0); }',
    returnByValue: true,
  });
  return { heap: usedSize, wasm: result.value };
}

async function load(browser, path, { cpu = 4, network = NETWORK, context, base = BASE, settings, until } = {}) {
  const ctx = context ?? (await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }));
  const page = await ctx.newPage();
  await page.addInitScript(HARNESS);
  // A reader who has been here before, with their settings stored.
  if (settings) await page.addInitScript((s) => localStorage.setItem('changyue.settings.v1', s), JSON.stringify(settings));
  if (until) await page.addInitScript(until);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: !context });
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  const ok = await page.goto(base + path, { waitUntil: 'load', timeout: 60_000 }).then(() => true, () => false);
  if (!ok) return { failed: true };
  const shown = await page.waitForFunction(() => window.__bench.painted, null, { timeout: 60_000 }).then(() => true, () => false);
  if (!shown) return { failed: true };
  await page.waitForLoadState('networkidle');
  // The app has started (or there is no app): shifts from its start are counted too.
  await page.waitForFunction((clicking) => !document.getElementById('prerendered') && (!clicking || window.__bench.until), Boolean(until), { timeout: 60_000 }).catch(() => {});
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const timing = await page.evaluate(() => ({
    text: window.__bench.painted,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    lcp: window.__bench.lcp,
    shift: window.__bench.shift,
    until: window.__bench.until,
  }));
  const mem = await memory(cdp);
  if (!context) await ctx.close();
  else await page.close();
  return { ...timing, bytes, ...mem };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (t) => `${t.toFixed(0)} ms`;
const row = (name, app, stat, fmt) => console.log(`${name.padEnd(34)}${fmt(app).padStart(12)}${fmt(stat).padStart(12)}${(app / stat).toFixed(2).padStart(8)}x`);

// Clicks 大 every 16 ms (a frame's time, so that the figure is not the cadence's) from the moment
// it is laid out, as an impatient reader would, and notes when a click first takes effect (the
// pre-rendered page's settings script works it from the first paint; the app need not have
// started).
const CLICK_BIG = () => {
  const timer = setInterval(() => {
    const big = [...document.querySelectorAll('button')].find((b) => b.textContent === '大' && b.offsetParent);
    big?.click();
    if (document.documentElement.dataset.fontScale === '130') {
      window.__bench.until = performance.now();
      clearInterval(timer);
    }
  }, 16);
};

// ---- the large article: a font-size change ------------------------------------------------
function largeArticle() {
  const seed = JSON.parse(readFileSync(`dist/data/articles/${ID}.json`, 'utf8'));
  const text = seed.body.filter((b) => b.type === 'paragraph').map((b) => b.text).join('');
  const body = Array.from({ length: 1000 }, (_, i) => ({ type: 'paragraph', text: text.slice((i * 190) % (text.length - 190), (i * 190) % (text.length - 190) + 190) }));
  return { ...seed, id: 'bench-large', title: '大文章（1000 段）', body };
}

async function fontSizeChange(browser, cpu) {
  const ctx = await browser.newContext({ viewport: PHONE });
  const page = await ctx.newPage();
  const big = JSON.stringify(largeArticle());
  await page.route('**/data/articles/bench-large.json', (route) => route.fulfill({ contentType: 'application/json', body: big }));
  await page.goto(`${BASE}/article/bench-large`);
  await page.locator('.article-body p').nth(999).waitFor({ state: 'attached' });
  const chars = await page.locator('.article-body').evaluate((b) => b.textContent.length);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const samples = [];
  for (let i = 0; i < 10; i++) {
    const name = i % 2 ? '缩小字号' : '放大字号';
    samples.push(await page.evaluate(async (label) => {
      const button = document.querySelector(`button[aria-label="${label}"]`);
      const root = document.documentElement;
      const changed = new Promise((done) => new MutationObserver((_, o) => { o.disconnect(); done(performance.now()); }).observe(root, { attributes: true }));
      const start = performance.now();
      button.click();
      const applied = await changed; // our script's work: click handler, signal, effect, <html> updated
      root.offsetHeight; // the browser's restyle and layout of the whole article for the new size
      const laidOut = performance.now();
      const frame = await new Promise((done) => requestAnimationFrame(() => done(performance.now())));
      return { script: applied - start, restyle: laidOut - applied, frame: frame - start };
    }, name));
  }
  const mem = await memory(cdp);
  await ctx.close();
  return {
    chars,
    script: median(samples.map((s) => s.script)),
    restyle: median(samples.map((s) => s.restyle)),
    frame: median(samples.map((s) => s.frame)),
    ...mem,
  };
}

// ---- offline repeat visit -------------------------------------------------------------------
async function offlineRepeat(browser) {
  const ctx = await browser.newContext({ viewport: PHONE });
  const first = await ctx.newPage();
  await first.goto(`${BASE}/article/${ID}`);
  await first.locator('.article-body p').first().waitFor();
  // Give the service worker (if the build has one) its chance to keep the article.
  await first.evaluate(() => Promise.race([
    navigator.serviceWorker?.ready.then(async () => {
      for (let i = 0; i < 50 && !(await caches.match(location.pathname.replace('/article/', '/data/articles/') + '.json')); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
    }),
    new Promise((r) => setTimeout(r, 5000)),
  ]));
  await first.close();
  await ctx.setOffline(true);
  const again = await load(browser, `/article/${ID}`, { cpu: 4, network: null, context: ctx });
  await ctx.close();
  return again;
}

// ---- run ----------------------------------------------------------------------------------
const limitPage = writeStatic();
const limit = await serveLimit(limitPage);
const LIMIT = `http://127.0.0.1:${PORT + 1}`;
const nginx = await startNginx(PORT).catch((error) => {
  limit.close();
  rmSync('dist/bench', { recursive: true, force: true });
  throw error;
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const app = [];
  const stat = [];
  const inline = [];
  const elder = [];
  const click = [];
  // The browser's first load of a page pays once for what every later load shares (its fonts,
  // its code caches): one round of each, not counted, before the measured rounds.
  for (const [path, base] of [[`/article/${ID}`, BASE], [`/bench/${ID}.html`, BASE], ['/', LIMIT]]) await load(browser, path, { base });
  for (let i = 0; i < RUNS; i++) {
    app.push(await load(browser, `/article/${ID}`));
    stat.push(await load(browser, `/bench/${ID}.html`));
    inline.push(await load(browser, '/', { base: LIMIT }));
    elder.push(await load(browser, `/article/${ID}`, { settings: { elder: true } }));
    click.push(await load(browser, `/article/${ID}`, { until: CLICK_BIG }));
  }
  if ([...app, ...stat, ...inline, ...elder, ...click].some((r) => r.failed)) throw new Error('a load failed');
  console.log(`\nphone profile: ${PHONE.width}x${PHONE.height}, CPU 4x slower, 1.6 Mbps down, 750 kbps up, 150 ms RTT, no cache; medians of ${RUNS} loads each\n`);
  console.log(`${''.padEnd(34)}${'app'.padStart(12)}${'static'.padStart(12)}${'ratio'.padStart(9)}`);
  const m = (runs, key) => median(runs.map((r) => r[key]));
  row('article text painted', m(app, 'text'), m(stat, 'text'), ms);
  row('first contentful paint', m(app, 'fcp'), m(stat, 'fcp'), ms);
  row('largest contentful paint', m(app, 'lcp'), m(stat, 'lcp'), ms);
  row('bytes transferred', m(app, 'bytes'), m(stat, 'bytes'), kb);
  row('JS heap + wasm memory', m(app, 'heap') + m(app, 'wasm'), m(stat, 'heap') + m(stat, 'wasm'), kb);
  console.log(`  (app: JS heap ${kb(m(app, 'heap'))}, wasm memory ${kb(m(app, 'wasm'))})`);
  console.log(`\nagainst the physical limit (the static page with its CSS inline, ${kb(limitPage.length)} brotli):`);
  row('article text painted', m(app, 'text'), m(inline, 'text'), ms);
  row('first contentful paint', m(app, 'fcp'), m(inline, 'fcp'), ms);
  row('largest contentful paint', m(app, 'lcp'), m(inline, 'lcp'), ms);
  const spread = (runs, key) => `${ms(Math.min(...runs.map((r) => r[key])))} to ${ms(Math.max(...runs.map((r) => r[key])))}`;
  console.log(`  spread of the text painted: app ${spread(app, 'text')}, limit ${spread(inline, 'text')}`);
  console.log(`\na reader with 长者模式 stored: text painted ${ms(m(elder, 'text'))}, largest contentful paint ${ms(m(elder, 'lcp'))}, layout shift over the load ${m(elder, 'shift').toFixed(3)} (worst ${Math.max(...elder.map((r) => r.shift)).toFixed(3)})`);
  const pressRatio = median(click.map((r) => r.until / r.text));
  console.log(`a click on 大 first takes effect at ${ms(m(click, 'until'))} (text painted at ${ms(m(click, 'text'))}; ${pressRatio.toFixed(2)}x the text's paint, median over the same loads; spread ${spread(click, 'until')})`);

  for (const cpu of [1, 4]) {
    const f = await fontSizeChange(browser, cpu);
    console.log(`\nfont-size click on a ${f.chars.toLocaleString('en')}-character article (1,000 paragraphs), CPU ${cpu}x, median of 10:`);
    console.log(`  our script (click to <html> updated) ${f.script.toFixed(1)} ms; browser restyle + layout ${f.restyle.toFixed(1)} ms; click to next frame ${f.frame.toFixed(1)} ms`);
    console.log(`  memory: JS heap ${kb(f.heap)}, wasm ${kb(f.wasm)}`);
  }

  const offline = await offlineRepeat(browser);
  console.log(`\nrepeat visit with the network off: ${offline.failed ? 'the article does not show (nothing is kept for offline use)' : `article text painted at ${ms(offline.text)}`}`);

  // The build of a real archive: every article rendered natively (cli/src/bench/).
  console.log('\nbuilding the pages of a 10,000-article archive (changyue bench-render):');
  console.log(execFileSync('target/release/changyue', ['bench-render', '--articles', '10000'], { encoding: 'utf8' }).trimEnd().replace(/^/gm, '  '));
} finally {
  await browser.close();
  limit.close();
  nginx.kill();
  // The static page is the benchmark's, not the site's: it must not be published with dist/.
  rmSync('dist/bench', { recursive: true, force: true });
}
