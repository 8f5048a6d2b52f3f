// The shape of the code, as a new engineer meets it: the longest functions of core/, src/ and
// cli/ (none may pass 80 lines), the modules of cli/src that use each other in a circle (none
// may), and the README's length (at most about 250 lines). Prints what it finds; exits 1 when a
// limit is passed. `make test` runs it.
//
//   node scripts/code-shape.mjs [how many of the longest to print]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const MAX_FUNCTION_LINES = 80;
const MAX_README_LINES = 260;
const SHOWN = Number(process.argv[2] ?? 8);

function rustFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return rustFiles(path);
    return name.endsWith('.rs') ? [path] : [];
  });
}

// The text with its string and char literals emptied (newlines kept), so that the braces left
// are the code's own.
function withoutLiterals(text) {
  return text
    .replace(/r(#+)"[\s\S]*?"\1/g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/"(?:\\[\s\S]|[^"\\])*"/g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/'(?:\\.|[^'\\])'/g, "' '")
    .replace(/\/\/.*$/gm, '');
}

// Every `fn` with a body, and its length in lines from its signature to its closing brace.
function functions(path) {
  const lines = withoutLiterals(readFileSync(path, 'utf8')).split('\n');
  const found = [];
  lines.forEach((line, start) => {
    const name = line.match(/^\s*(?:pub(?:\([\w:]+\))? )?(?:const )?(?:async )?(?:unsafe )?fn (\w+)/)?.[1];
    if (!name) return;
    let depth = 0;
    let opened = false;
    for (let i = start; i < lines.length; i++) {
      for (const c of lines[i]) {
        if (c === ';' && !opened && depth === 0) return; // a declaration without a body
        if (c === '{') (depth += 1), (opened = true);
        if (c === '}') depth -= 1;
      }
      if (opened && depth === 0) {
        found.push({ name, path, line: start + 1, lines: i - start + 1 });
        return;
      }
    }
  });
  return found;
}

// The crate-internal modules each file of cli/src names (`crate::x`), as a graph of top modules.
function cycles(root) {
  const edges = new Map();
  for (const path of rustFiles(root)) {
    const from = relative(root, path).split('/')[0].replace(/\.rs$/, '');
    if (from === 'main') continue;
    const text = withoutLiterals(readFileSync(path, 'utf8')).replace(/#\[cfg\(test\)\][\s\S]*$/, '');
    for (const [, to] of text.matchAll(/crate::(\w+)/g)) {
      if (to !== from) edges.set(from, new Set([...(edges.get(from) ?? []), to]));
    }
  }
  const circles = [];
  const visit = (node, trail) => {
    for (const next of edges.get(node) ?? []) {
      const at = trail.indexOf(next);
      if (at >= 0) circles.push([...trail.slice(at), next].join(' → '));
      else visit(next, [...trail, next]);
    }
  };
  for (const node of edges.keys()) visit(node, [node]);
  return [...new Set(circles)];
}

const all = ['core/src', 'src', 'cli/src'].flatMap(rustFiles).flatMap(functions);
all.sort((a, b) => b.lines - a.lines);
console.log(`the ${SHOWN} longest of ${all.length} functions (limit ${MAX_FUNCTION_LINES} lines):`);
for (const f of all.slice(0, SHOWN)) console.log(`  ${String(f.lines).padStart(4)}  ${f.name}  ${f.path}:${f.line}`);
const long = all.filter((f) => f.lines > MAX_FUNCTION_LINES);

const circles = cycles('cli/src');
console.log(circles.length ? `modules of cli/src that use each other:\n  ${circles.join('\n  ')}` : 'cli/src: no modules that use each other in a circle');

const readme = readFileSync('README.md', 'utf8').split('\n').length - 1;
console.log(`README.md: ${readme} lines (limit ${MAX_README_LINES})`);

if (long.length || circles.length || readme > MAX_README_LINES) {
  console.log(`code shape: ${long.length} functions over ${MAX_FUNCTION_LINES} lines, ${circles.length} circles, README ${readme > MAX_README_LINES ? 'too long' : 'fine'}`);
  process.exit(1);
}
