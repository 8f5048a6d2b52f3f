// Trunk post-build hook: replaces Trunk's inline start-up script with an external one, so the
// Content-Security-Policy needs no 'unsafe-inline' and no per-build hash for scripts, and adds
// Subresource Integrity to what that script loads:
//   - the script tag itself carries `integrity`;
//   - the JS glue comes through Trunk's <link rel=modulepreload integrity=...>;
//   - the wasm is fetched with `integrity`, which the browser checks before instantiating it.
// Usage: node scripts/externalize-loader.mjs [dir]   (default: $TRUNK_STAGING_DIR, else dist)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
const loader = `// Starts changyue: the wasm download begins at once, beside the JS glue.
const wasm = fetch(${JSON.stringify(wasm)}, { integrity: ${JSON.stringify(wasmIntegrity)} });
const { default: init } = await import(${JSON.stringify(glue)});
await init({ module_or_path: wasm });
`;
const loaderName = `loader-${createHash('sha256').update(loader).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, loaderName), loader);

html = html.replace(inline[0], `<script type="module" src="/${loaderName}" integrity="${sri(loader)}"></script>`);
// The wasm preload's integrity is ignored by browsers (with a console warning); the fetch above
// checks it instead. Without the attribute the preloaded bytes are reused by that fetch.
html = html.replace(/(<link rel="preload" href="[^"]+\.wasm" crossorigin="anonymous") integrity="[^"]+"/, '$1');
writeFileSync(htmlPath, html);
console.log(`externalize-loader: ${loaderName}, wasm ${wasmIntegrity.slice(0, 20)}...`);
