// Writes .br (brotli, quality 11) and .gz (gzip -9) beside each hashed asset and index.html in
// dist/, for nginx's brotli_static and gzip_static: the best compression, paid once at build time.
// data/ is left alone: editors change it in place, and a stale .br would outlive their edit.
// Usage: node scripts/precompress.mjs [dir]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
// The top level (app files), article/ and page/ (pre-rendered articles and list pages, made by
// this build).
for (const sub of ['', 'article', 'page'].filter((sub) => existsSync(join(dir, sub)))) {
  for (const name of readdirSync(join(dir, sub))) {
    if (!/\.(html|js|wasm|css|svg)$/.test(name)) continue;
    const path = join(dir, sub, name);
    const bytes = readFileSync(path);
    writeFileSync(`${path}.br`, brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }));
    writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  }
}
