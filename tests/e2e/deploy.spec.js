// The deployment as served by nginx with deploy/nginx/: headers, caching, compression, SPA
// fallback, Subresource Integrity, and proof that the CSP and off-site watches of fixtures.js work.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { test as unwatched } from '@playwright/test';
import { test, expect } from './fixtures.js';
import { open, SEED } from './helpers.js';

const DIST = new URL('../../dist/', import.meta.url);
const asset = (pattern) => readdirSync(DIST).find((name) => pattern.test(name));
const WASM = asset(/_bg\.wasm$/);
const LOADER = asset(/^loader-.*\.js$/);
const PANELS = asset(/^panels-[0-9a-f]{16}\.css$/);
const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const expectCommonHeaders = (headers, path) => {
  expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("img-src 'self' data:");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['content-security-policy']).not.toMatch(/https?:/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toMatch(/^clipboard-write=\(self\), camera=\(\), microphone=\(\)/);
  expect(headers.server).toBe('nginx');
};

test('every answer that is not a page carries the strict policy: nothing inline, nothing from elsewhere', async ({ request }) => {
  // A .br asked for by name and a file that is not there are no pages either.
  for (const path of [`/${WASM}`, `/${LOADER}`, `/${PANELS}`, '/sw.js', '/data/site.json', '/manifest.webmanifest', '/index.html.br', '/no-such.css']) {
    const headers = (await request.get(path)).headers();
    expectCommonHeaders(headers, path);
    expect(headers['content-security-policy'], path).toContain("default-src 'none'");
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(headers['content-security-policy']).toMatch(/style-src 'self';/);
  }
});

test('a page carries its own policy first in <head>, allowing only its inline stylesheet and settings script by hash', async ({ request }) => {
  for (const path of ['/', SEED, '/no/such/page', '/page/']) {
    const response = await request.get(path);
    expectCommonHeaders(response.headers(), path);
    // The header leaves scripts and styles to the page's own policy (it would refuse the hashes).
    expect(response.headers()['content-security-policy'], path).not.toMatch(/default-src|script-src|style-src/);
    const html = await response.text();
    const head = html.slice(html.indexOf('<head>') + 6).trimStart();
    expect(head.startsWith('<meta charset="utf-8">'), path).toBe(true);
    const policy = head.match(/^<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
    expect(policy, `${path}: the policy comes before anything it governs`).toBeTruthy();
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    expect([scripts.length, styles.length], path).toEqual([1, 1]);
    expect(scripts[0]).toContain('changyue.settings.v1');
    expect(policy).toBe([
      "default-src 'none'",
      `script-src 'self' 'wasm-unsafe-eval' ${sha256(scripts[0])}`,
      `style-src 'self' ${sha256(styles[0])}`,
      "img-src 'self' data:",
      "connect-src 'self'",
      "manifest-src 'self'",
      "worker-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; '));
    // What only the app shows is styled by one linked file, after the page's text: the first
    // paint does not wait for it.
    const linked = [...html.matchAll(/<link rel="stylesheet" href="\/(panels-[0-9a-f]{16}\.css)" integrity="(sha384-[\w+/=]+)">/g)];
    expect(linked.map((m) => m[1]), path).toEqual([PANELS]);
    expect(linked[0].index, path).toBeGreaterThan(html.lastIndexOf('</main>'));
    expect(html.match(/<link rel="stylesheet"/g), path).toHaveLength(1);
    expect(linked[0][2]).toBe(`sha384-${createHash('sha384').update(readFileSync(new URL(PANELS, DIST))).digest('base64')}`);
  }
});

test('hashed assets are cached for a year and sent with brotli; the page and data are revalidated', async ({ request }) => {
  const wasm = await request.get(`/${WASM}`, { headers: { 'accept-encoding': 'br, gzip' } });
  expect(wasm.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(wasm.headers()['content-encoding']).toBe('br');
  expect(wasm.headers().vary).toBe('Accept-Encoding');
  expect(wasm.headers()['content-type']).toBe('application/wasm');
  expect((await wasm.body()).equals(readFileSync(new URL(WASM, DIST)))).toBe(true);
  const gz = await request.get(`/${LOADER}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
  for (const path of ['/', SEED, '/data/site.json', '/data/articles/index.json']) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache');
  }
  const data = await request.get('/data/articles/wulantaolegai-practice.json', { headers: { 'accept-encoding': 'gzip' } });
  expect(data.headers()['content-encoding']).toBe('gzip');
  expect(data.headers()['content-type']).toBe('application/json; charset=utf-8');
});

test('deep links get the app; a missing data file is a real 404, not the app', async ({ request }) => {
  // A folder's address (the build's page/ and article/) is no page either: the app, not a 403.
  for (const path of ['/article/no-such-article', '/some/where', '/page/', '/article/']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text()).toContain('正在加载');
  }
  // An article the build pre-rendered comes with its text, brotli-compressed.
  const seed = await request.get(SEED, { headers: { 'accept-encoding': 'br' } });
  expect(seed.headers()['content-encoding']).toBe('br');
  expect(await seed.text()).toContain('<h1 id="article-title" tabindex="-1">抓党建促振兴的乌兰陶勒盖实践</h1>');
  // The front page is the list's first page, pre-rendered; its data is the page's own file.
  const front = await request.get('/', { headers: { 'accept-encoding': 'br' } });
  expect(front.headers()['content-encoding']).toBe('br');
  expect(await front.text()).toContain('<h1 tabindex="-1">文章列表</h1>');
  const list = await request.get('/data/articles/page/1.json');
  expect(list.headers()['cache-control']).toBe('no-cache');
  expect((await list.json()).articles.map((a) => a.id)).toEqual(['wulantaolegai-practice', 'how-to-use']);
  expect((await request.get('/.changyue/pages.json')).status(), 'the build\'s own record is not served').toBe(404);
  const missing = await request.get('/data/articles/no-such-article.json');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).not.toContain('正在加载');
  expect((await request.get('/changyue-0000000000000000_bg.wasm')).status()).toBe(404);
});

test('the app\'s start-up script is a file with integrity, and a tampered wasm is refused', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  // The one inline script is the settings script (allowed by its hash, above).
  expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toEqual(['<script>']);
  expect(html).toMatch(/<script type="module" src="\/loader-[0-9a-f]{16}\.js" integrity="sha384-[\w+/=]+"><\/script>/);
  expect(html).toMatch(/<link rel="modulepreload" fetchpriority="low" href="[^"]+\.js" crossorigin="anonymous" integrity="sha384-/);
  await open(page, SEED);

  const tampered = await page.context().newPage();
  const errors = [];
  tampered.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await tampered.route(`**/${WASM}`, async (route) => {
    const body = readFileSync(new URL(WASM, DIST));
    body[body.length - 1] ^= 0xff;
    await route.fulfill({ body, contentType: 'application/wasm' });
  });
  await tampered.goto(SEED);
  await expect.poll(() => errors.join('\n')).toMatch(/integrity/i);
  // The app never starts; the pre-rendered article stays readable.
  await expect(tampered.locator('#prerendered h1')).toHaveText('抓党建促振兴的乌兰陶勒盖实践');
  await expect(tampered.locator('html')).not.toHaveAttribute('data-taking-over');
  // The settings script is not the app: the reader's settings are on the page all the same.
  await expect(tampered.locator('html')).toHaveAttribute('data-font-scale', '100');
  await tampered.close();
});

// The watches themselves must be able to fail: an inline script is refused and reported,
// and a request to another origin is seen.
unwatched('the CSP refuses an injected inline script or style, and the watches would report it', async ({ page }) => {
  const messages = [];
  page.on('console', (m) => messages.push(m.text()));
  const offSite = [];
  page.on('request', (r) => !r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('data:') && offSite.push(r.url()));
  await open(page, SEED);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    // The page's own inline stylesheet is allowed by its hash; another one is not.
    const style = document.createElement('style');
    style.textContent = 'body { border-top: 9px solid red }';
    document.head.append(style);
    const img = document.createElement('img');
    img.src = 'http://example.invalid/pixel.gif';
    document.body.append(img);
  });
  await expect.poll(() => messages.join('\n')).toMatch(/Content Security Policy/);
  expect(await page.evaluate(() => window.injected)).toBeUndefined();
  await expect.poll(() => messages.filter((m) => /style-src/.test(m)).length).toBeGreaterThan(0);
  expect(await page.evaluate(() => getComputedStyle(document.body).borderTopWidth)).toBe('0px');
  // The browser reports the attempt (the watch in fixtures.js would fail the test), and the CSP
  // refuses it.
  expect(offSite).toEqual(['http://example.invalid/pixel.gif']);
  await expect.poll(() => messages.filter((m) => /img-src/.test(m)).length).toBeGreaterThan(0);
});

// The watches of fixtures.js, on the fixture itself: each of these tests must fail. If the
// fixture ever stopped watching, they would pass, and an expected failure that passes fails
// the suite.
test.fail('the fixture fails a test whose page makes an off-site request', async ({ page }) => {
  await open(page, SEED);
  const seen = page.waitForEvent('request', (r) => r.url().startsWith('http://example.invalid/'));
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'http://example.invalid/pixel.gif';
    document.body.append(img);
  });
  await seen;
});

test.fail('the fixture fails a test whose page meets a CSP violation', async ({ page }) => {
  await open(page, SEED);
  const reported = page.waitForEvent('console', (m) => /Content.Security.Policy/i.test(m.text()));
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  await reported;
});
