// Writes .br (brotli, quality 11) and .gz (gzip -9) beside each hashed asset and index.html in
// dist/, for nginx's brotli_static and gzip_static: the best compression, paid once at build time.
// data/ is left alone: editors change it in place, and a stale .br would outlive their edit.
// Usage: node scripts/precompress.mjs [dir]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
for (const name of readdirSync(dir)) {
  if (!/\.(html|js|wasm|css|svg)$/.test(name)) continue;
  const bytes = readFileSync(join(dir, name));
  writeFileSync(join(dir, `${name}.br`), brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }));
  writeFileSync(join(dir, `${name}.gz`), gzipSync(bytes, { level: 9 }));
}
