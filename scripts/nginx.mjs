// nginx with the deployment's configuration (scripts/nginx-test.sh) for the benchmarks, ready
// when this resolves: it waits until the port answers, not a fixed time that a slow or busy
// machine can outlast.
import { spawn } from 'node:child_process';
import { request } from 'node:http';

const answers = (port) => new Promise((done) => {
  const probe = request({ host: '127.0.0.1', port, path: '/', method: 'HEAD' }, (res) => { res.resume(); done(true); });
  probe.on('error', () => done(false));
  probe.end();
});

export async function startNginx(port, root) {
  // Else the benchmark would measure whatever holds the port (an nginx left from a stopped run).
  if (await answers(port)) throw new Error(`port ${port} is already in use: stop what serves it`);
  const nginx = spawn('scripts/nginx-test.sh', root ? [String(port), root] : [String(port)], { stdio: 'ignore' });
  let exited = false;
  nginx.on('exit', () => { exited = true; });
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (exited) throw new Error(`nginx on port ${port} exited at start: see target/nginx-${port}/error.log`);
    if (await answers(port)) return nginx;
    await new Promise((r) => setTimeout(r, 50));
  }
  nginx.kill();
  throw new Error(`nginx on port ${port} did not answer within 10 s`);
}
