// Trunk post-build hook (one script, because Trunk runs hooks in parallel).
//
// 1. Replaces Trunk's inline start-up script with an external one (the policy allows no inline
//    script but the settings script of 2.), and adds Subresource Integrity to what it loads:
//    - the script tag itself carries `integrity`;
//    - the JS glue comes through Trunk's <link rel=modulepreload integrity=...>;
//    - the wasm is fetched with `integrity`, which the browser checks before instantiating it.
//    The same script starts the page's data downloads at once, beside the wasm, instead of after
//    it (the app's own fetches then find them preloaded).
// 2. Puts in <head>, inline, what the first paint needs besides the HTML, so that the page paints
//    from its own bytes alone, as a static page with its CSS inline would (make bench: article text
//    painted 868 -> 624 ms on the phone profile, medians of 5; the limit 464 ms):
//    - the settings script that puts the reader's stored settings on <html> and works the 字号
//      and 长者模式 buttons from the first paint (a classic script, core/src/startup/settings.js
//      fed core's tables by changyue-core's `settings-script` program);
//    - the stylesheet of what the pre-rendered page shows, the files of style/ that index.html
//      names in <head>, in its order (Trunk's copies are then removed: nothing links them). The
//      files it names at the end of <body> (what only the app shows: panels, reading
//      aids, dialogs) are joined into one linked file, panels-<hash>.css, after the page's text:
//      a body stylesheet holds back only what comes after it, so it costs the first paint nothing.
//      Both are minified by lightningcss (style/ keeps its comments): the article page is 9.1 KB
//      brotli instead of 11.0, and the browser parses 12.1 KB of inline CSS instead of 19.7.
//    Both are allowed by their SHA-256 in a Content-Security-Policy <meta> placed first in <head>,
//    never by 'unsafe-inline': an inline script or style anyone else adds is still refused. The
//    hashes change with every build, so they travel with the page; nginx sends pages a header
//    without script-src and style-src (deploy/nginx/page-headers.conf) and every other answer the
//    strict one.
// 3. Writes sw.js, the service worker: the app shell (this build's files) cache-first, data
//    network-first with the last copy kept, so a repeat visit works with no network at all.
//
// Usage: node scripts/post-build.mjs [dir]   (default: $TRUNK_STAGING_DIR, else dist)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { transform } from 'lightningcss';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const inline = html.match(/<script type="module">([\s\S]*?)<\/script>/);
if (!inline) throw new Error(`${htmlPath}: no inline module script (already externalized?)`);
const glue = inline[1].match(/from '(\/[\w.-]+\.js)'/)?.[1];
const wasm = inline[1].match(/module_or_path: '(\/[\w.-]+\.wasm)'/)?.[1];
if (!glue || !wasm) throw new Error(`${htmlPath}: Trunk's loader has changed shape:\n${inline[1]}`);

const wasmIntegrity = sri(readFileSync(join(dir, wasm)));
const loader = `// Starts changyue. The data this page needs is preloaded beside the wasm (the app's fetches use
// these downloads), then the app starts, then the service worker is registered for offline use.
// The id rule is core's is_valid_id (core/src/validate.rs).
const article = location.pathname.match(/^\\/article\\/([a-z0-9][a-z0-9-]{0,99})$/);
const data = ['/data/site.json'];
if (article) data.push(\`/data/articles/\${article[1]}.json\`);
else {
  // A list page's own data file (core's list_page::page_file).
  const list = location.pathname === '/' ? ['', '1'] : location.pathname.match(/^\\/page\\/([1-9][0-9]{0,8})$/);
  if (list) data.push(\`/data/articles/page/\${list[1]}.json\`);
}
for (const href of data) {
  const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href });
  document.head.append(link);
}
try {
  // Low priority, as its preload: the pre-rendered text paints from the HTML and the stylesheet
  // alone, which must not share the reader's slow link with the app's 250 KB (make bench: text
  // painted 856 ms before, 732 ms after, medians of 5; without this line 760 ms).
  const wasm = fetch(${JSON.stringify(wasm)}, { integrity: ${JSON.stringify(wasmIntegrity)}, priority: 'low' });
  const { default: init } = await import(${JSON.stringify(glue)});
  await init({ module_or_path: wasm });
} catch (error) {
  // The pre-rendered copy's settings script then says so, with 重新加载, and marks the buttons
  // only the app works unavailable (core's startup); a page without a copy (index.html) shows
  // its "check the network" line at once (start-up.css).
  document.documentElement.setAttribute('data-app-failed', '');
  throw error;
}
// Data fetched before the worker took over is handed to it, so this very article is kept.
navigator.serviceWorker?.register('/sw.js').then(() => navigator.serviceWorker.ready).then((registration) => {
  const used = performance.getEntriesByType('resource').map((e) => new URL(e.name))
    .filter((u) => u.origin === location.origin && u.pathname.startsWith('/data/')).map((u) => u.pathname);
  registration.active?.postMessage({ keep: [...new Set(used)] });
}).catch(() => {});
`;
const loaderName = `loader-${createHash('sha256').update(loader).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, loaderName), loader);

html = html.replace(inline[0], `<script type="module" src="/${loaderName}" integrity="${sri(loader)}"></script>`);

// Every page carries it in its head, as core makes it (core/src/startup/settings.js with core's
// data, its comment lines and indentation left out).
const boot = execFileSync('cargo', ['run', '--locked', '--quiet', '--release', '-p', 'changyue-core', '--bin', 'settings-script'], {
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  encoding: 'utf8',
});
// Safe while the script has no string that spans lines: a build whose script no longer parses
// stops here.
new Script(boot);
// Trunk links each file of style/ where index.html names it, in its order. Those in <head> style
// what the pre-rendered page shows: one <style> holds them, in that order. Those in <body> style
// what only the app shows: one linked file holds them, which the first paint does not wait for.
const headEnd = html.indexOf('</head>');
const links = [...html.matchAll(/<link rel="stylesheet" href="\/([\w-]+-[0-9a-f]+\.css)"[^>]*>\s*/g)];
const stylesheets = links.filter((link) => link.index < headEnd);
const appOnly = links.filter((link) => link.index > headEnd);
if (!stylesheets.length || !appOnly.length) throw new Error(`${htmlPath}: no stylesheet links from Trunk in <head> and in <body>`);
const joined = (list) => {
  const code = Buffer.from(list.map((link) => readFileSync(join(dir, link[1]), 'utf8')).join('\n'));
  return transform({ filename: list[0][1], code, minify: true }).code.toString();
};
const css = joined(stylesheets);
const panels = joined(appOnly);
const panelsName = `panels-${createHash('sha256').update(panels).digest('hex').slice(0, 16)}.css`;
writeFileSync(join(dir, panelsName), panels);
// Inline text ends at the first closing tag of its kind, whatever comes after; and the HTML
// parser turns CR LF into LF, so text with a CR (a Windows checkout) would not match its hash.
if (/<\/script/i.test(boot) || /<\/style/i.test(css)) throw new Error('inline text would close its own element early');
if (/\r/.test(boot + css)) throw new Error('style/ or the settings script has CR LF line ends: check it out with LF');
const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hash(boot)}`,
  `style-src 'self' ${hash(css)}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
if (!html.includes('<meta charset="utf-8">')) throw new Error(`${htmlPath}: no <meta charset> to put the policy after`);
if (!html.includes('<title>')) throw new Error(`${htmlPath}: no <title> to put the start-up script before`);
// Replaced by functions: in a replacement string, `$'` or `$&` (a CSS selector may hold them)
// would paste parts of the page instead.
html = html.replace('<meta charset="utf-8">', () => `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`);
html = html.replace('<title>', () => `<script>${boot}</script>\n  <title>`);
stylesheets.forEach(([link, file], i) => {
  html = html.replace(link, () => (i === 0 ? `<style>${css}</style>\n  ` : ''));
  rmSync(join(dir, file));
});
appOnly.forEach(([link, file], i) => {
  html = html.replace(link, () => (i === 0 ? `<link rel="stylesheet" href="/${panelsName}" integrity="${sri(panels)}">\n` : ''));
  rmSync(join(dir, file));
});
// The wasm preload's integrity is ignored by browsers (with a console warning); the fetch above
// checks it instead. Without the attribute the preloaded bytes are reused by that fetch.
html = html.replace(/(<link rel="preload" href="[^"]+\.wasm" crossorigin="anonymous") integrity="[^"]+"/, '$1');
// The app's code waits behind the stylesheet: the first paint needs only the HTML and the CSS.
html = html.replace(/(<link rel="preload" href="[^"]+\.wasm" crossorigin="anonymous")/, '$1 fetchpriority="low"');
html = html.replace(/<link rel="modulepreload" /, '<link rel="modulepreload" fetchpriority="low" ');
writeFileSync(htmlPath, html);

// The service worker. Its shell list names this build's hashed files, so a new build is a new
// worker with a new cache, and the old cache is dropped when it takes over.
const shell = ['/index.html', `/${loaderName}`, ...[...html.matchAll(/(?:href|src)="(\/[\w.-]+\.(?:js|wasm|css|svg))"/g)].map((m) => m[1])];
const version = createHash('sha256').update(shell.join()).digest('hex').slice(0, 16);
writeFileSync(join(dir, 'sw.js'), `// changyue's service worker, written by scripts/post-build.mjs for build ${version}.
const SHELL = ${JSON.stringify([...new Set(shell)])};
const SHELL_CACHE = 'changyue-shell-${version}';
const DATA_CACHE = 'changyue-data';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('changyue-shell-') && k !== SHELL_CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// The page hands over the data it loaded before this worker was in charge.
self.addEventListener('message', (event) => {
  const keep = (event.data?.keep ?? []).filter((path) => typeof path === 'string' && path.startsWith('/data/'));
  // One by one: a file that fails (an image gone) must not cost the others.
  event.waitUntil(caches.open(DATA_CACHE).then((cache) => Promise.allSettled(keep.map((path) => cache.add(path)))));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, SHELL_CACHE, '/index.html'));
  else if (url.pathname.startsWith('/data/')) event.respondWith(networkFirst(request, DATA_CACHE));
  else if (SHELL.includes(url.pathname)) event.respondWith(caches.match(url.pathname).then((hit) => hit ?? fetch(request)));
});

// Fresh when the network answers (editors' changes show at once), the last copy when it does not.
async function networkFirst(request, cacheName, fallback) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (!fallback && response.ok) await cache.put(request, response.clone());
    // A withdrawn article is not kept for offline reading either.
    if (!fallback && (response.status === 404 || response.status === 410)) await cache.delete(request);
    return response;
  } catch (error) {
    return (await cache.match(fallback ?? request)) ?? Response.error();
  }
}
`);
console.log(`post-build: ${loaderName}, settings and CSS inline, ${panelsName}, sw.js ${version}, wasm ${wasmIntegrity.slice(0, 20)}...`);
