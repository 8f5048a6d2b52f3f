// `make wasm-size`: where the app's wasm bytes go, by crate and by function, read from the
// release build's own name section (no tool to install: twiggy is not part of the project).
// It runs wasm-bindgen on target/wasm32-unknown-unknown/release/changyue.wasm, as Trunk does,
// so the descriptors wasm-bindgen removes are not counted. wasm-opt -Oz then shrinks the code a
// little (770.8 KB here was 704.0 KB in the shipped file on 2026-12-03), and brotli to about a third.
//
//   node scripts/wasm-size.mjs [top]      (default: the 30 largest functions)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

const input = 'target/wasm32-unknown-unknown/release/changyue.wasm';
const top = Number(process.argv[2] ?? 30);
const out = mkdtempSync(join(tmpdir(), 'wasm-size-'));
// scripts/setup.sh installs the pinned wasm-bindgen with cargo.
const env = { ...process.env, PATH: `${join(homedir(), '.cargo/bin')}:${process.env.PATH}` };
execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'app', input], { env });
const bytes = readFileSync(join(out, 'app_bg.wasm'));
rmSync(out, { recursive: true });

// The binary format: sections of (id, length); the imports count before the code's indices.
let at = 8;
const leb = () => {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
};
const skipName = () => {
  const length = leb();
  at += length;
};
let importedFunctions = 0;
const bodies = [];
const names = new Map();
const sections = {};
while (at < bytes.length) {
  const id = bytes[at++];
  const length = leb();
  const end = at + length;
  if (id === 2) {
    for (let n = leb(); n > 0; n--) {
      skipName();
      skipName();
      const kind = bytes[at++];
      if (kind === 0) { leb(); importedFunctions++; }
      else if (kind === 1) { at++; if (bytes[at++] & 1) { leb(); leb(); } else leb(); }
      else if (kind === 2) { if (bytes[at++] & 1) { leb(); leb(); } else leb(); }
      else if (kind === 3) at += 2;
      else if (kind === 4) { at++; leb(); }
      else throw new Error(`import kind ${kind}: not a wasm file this script knows`);
    }
  } else if (id === 10) {
    for (let n = leb(); n > 0; n--) { const size = leb(); bodies.push(size); at += size; }
  } else if (id === 0) {
    const nameLength = leb();
    const name = bytes.subarray(at, at + nameLength).toString();
    at += nameLength;
    if (name === 'name') {
      while (at < end) {
        const sub = bytes[at++];
        const subEnd = leb() + at;
        if (sub === 1) {
          for (let n = leb(); n > 0; n--) {
            const index = leb();
            const len = leb();
            names.set(index, bytes.subarray(at, at + len).toString());
            at += len;
          }
        }
        at = subEnd;
      }
    }
  }
  if (id === 10) sections.code = length;
  if (id === 11) sections.data = length;
  at = end;
}

// The crate a function belongs to: the first path segment of its demangled name; for a trait
// impl, `<Type as Trait>`, the crate of the type (whose generic code it usually is).
const crateOf = (name) => {
  const path = name.replace(/^<+(&(mut )?)?/, '').replace(/^(dyn |impl )/, '');
  const first = path.match(/^[A-Za-z_]\w*/)?.[0];
  // `<T as Trait>`, `<F as Trait>`: an impl for any type, whose crate the name does not say.
  return !first ? '(other)' : /^[A-Z]/.test(first) ? '(impls for any type)' : first;
};
const functions = bodies.map((size, i) => ({ size, name: names.get(i + importedFunctions) ?? `function ${i + importedFunctions}` }));
const byCrate = new Map();
for (const f of functions) byCrate.set(crateOf(f.name), (byCrate.get(crateOf(f.name)) ?? 0) + f.size);
const code = functions.reduce((sum, f) => sum + f.size, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
const share = (n) => `${((100 * n) / code).toFixed(1)}%`.padStart(7);

console.log(`${input} after wasm-bindgen: code ${kb(sections.code)}, data ${kb(sections.data)}, ${functions.length} functions\n`);
console.log('by crate (code):');
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).filter(([, size]) => size / code >= 0.002)) {
  console.log(`  ${crate.padEnd(28)}${kb(size)}${share(size)}`);
}
console.log(`\nthe ${top} largest functions:`);
for (const f of functions.sort((a, b) => b.size - a.size).slice(0, top)) console.log(`${kb(f.size)}  ${f.name.slice(0, 140)}`);
