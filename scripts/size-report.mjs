// Prints raw, gzip and brotli bytes of everything the first view of an article loads
// from a built dist/ (default ./dist): the HTML, its script, wasm and CSS, and the JSON.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`size-report: no ${dist}/index.html; build first (make build)`);
  process.exit(1);
}
// The seed article's own page when the build pre-rendered it (what a reader receives), else the shell.
const page = existsSync(join(dist, 'article/wulantaolegai-practice.html')) ? 'article/wulantaolegai-practice.html' : 'index.html';
const html = readFileSync(join(dist, page), 'utf8');
// Every asset the page itself references (script, wasm, css, preloads), in order.
const referenced = [...new Set([...html.matchAll(/(?:href|src)="\/?([^"#?]+\.(?:js|wasm|css|svg))"/g)].map((m) => m[1]))];
const files = [
  page,
  ...referenced,
  'data/site.json',
  'data/articles/wulantaolegai-practice.json',
];
const brotli = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } });
const rows = files.map((file) => {
  const buf = readFileSync(join(dist, file));
  return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, brotli: brotli(buf).length };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const pad = (s, n) => String(s).padStart(n);
console.log(`${'file'.padEnd(52)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const r of rows) console.log(`${r.file.padEnd(52)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
console.log(`${'first view of the seed article, total'.padEnd(52)}${pad(total.raw, 10)}${pad(total.gzip, 10)}${pad(total.brotli, 10)}`);
console.log(`budget: 120 KB brotli (122880 bytes); used ${(100 * total.brotli / 122880).toFixed(1)}%`);
