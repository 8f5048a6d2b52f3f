// A small static server for the built dist/, as a plain static host would serve it:
// real files by path, 404 for a missing file, and index.html for extensionless paths
// (deep links such as /article/<id>), the list's first page for /. Loopback only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const isFile = (path) => stat(path).then((s) => s.isFile(), () => false);

export function serve(root, port = 0) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    // Extensionless paths (deep links): the pre-rendered page if the build made one, else the app.
    // The front page is the list's first page (page/1.html).
    const prerendered = path === '/' ? join(base, 'page/1.html') : `${file}.html`;
    const target = extname(path) !== '' ? file : (await isFile(prerendered)) ? prerendered : join(base, 'index.html');
    try {
      if (!(await stat(target)).isFile()) throw new Error('not a file');
      const body = await readFile(target);
      res.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 8080);
  const server = await serve(root, port);
  console.log(`serving ${root} at http://127.0.0.1:${server.address().port}/`);
}
