// Phone-width screenshots of the built app for the README: `node scripts/screenshots.mjs`
// (after `make build`). Writes docs/*.png.
import { chromium } from '@playwright/test';
import { serve } from '../tests/e2e/server.mjs';

const server = await serve('dist', 0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const shots = [
  ['docs/article-phone.png', '/article/wulantaolegai-practice', null],
  ['docs/article-phone-large.png', '/article/wulantaolegai-practice', '{"font_scale":160}'],
  ['docs/article-phone-elder.png', '/article/wulantaolegai-practice', '{"elder":true}'],
];
for (const [file, path, settings] of shots) {
  const page = await browser.newPage({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 1 });
  if (settings) await page.addInitScript((s) => localStorage.setItem('changyue.settings.v1', s), settings);
  await page.goto(base + path);
  await page.locator('main h1').waitFor();
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
  await page.close();
}
await browser.close();
server.close();
