// End-to-end tests: the release build in dist/, served by Debian's nginx with the deployment's
// own configuration (deploy/nginx/, via scripts/nginx-test.sh), driven in the system's Chromium
// (never a downloaded browser). E2E_SERVER=node serves it with tests/e2e/server.mjs instead.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: '.',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '../../target/e2e-results.json' }]],
  outputDir: '../../target/e2e-artifacts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    // The service worker would answer requests before page.route sees them; offline.spec.js
    // turns it on where it is the subject.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: process.env.E2E_SERVER === 'node' ? `node tests/e2e/server.mjs dist ${PORT}` : `scripts/nginx-test.sh ${PORT}`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
  },
});
