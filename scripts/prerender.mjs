// Build step: pre-renders every article listed in dist/data/articles/index.json into
// dist/article/<id>.html, so a reader's phone paints the text as soon as the HTML arrives,
// before the wasm. The markup is the app's own: the built app is run in headless Chromium and
// its skip link, banner and main content are copied as they are (the footer, with its QR
// images, comes with the app). The app then takes over without a visible change.
// A host serves /article/<id> from article/<id>.html when it exists (deploy/nginx/changyue.conf);
// editors who change an article in place should run the build again, or the app replaces the
// old text when it starts. Usage: node scripts/prerender.mjs [dist]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { serve } from '../tests/e2e/server.mjs';
import { escapeHtml } from './html.mjs';

const dist = process.argv[2] ?? 'dist';
const index = JSON.parse(readFileSync(join(dist, 'data/articles/index.json'), 'utf8'));
const shell = readFileSync(join(dist, 'index.html'), 'utf8');
const boot = /<div id="boot" class="boot">[\s\S]*?<\/div>\n/;
if (!boot.test(shell)) throw new Error('prerender: index.html has no #boot block');

const server = await serve(dist, 0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 780 } });
  mkdirSync(join(dist, 'article'), { recursive: true });
  for (const { id } of index.articles) {
    if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(id)) continue; // core's is_valid_id (core/src/validate.rs)
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/article/${id}`);
    // The app's own render: not an earlier pre-rendered copy (a second run), with the site's name.
    const ready = await page.locator('#prerendered').waitFor({ state: 'detached', timeout: 20_000 })
      .then(() => page.locator('main article h1').waitFor({ timeout: 20_000 }))
      .then(() => page.waitForFunction(() => document.title.includes(' - '), null, { timeout: 20_000 }))
      .then(() => true, () => false);
    if (!ready) {
      console.warn(`prerender: ${id} did not render; left to the app`);
      await page.close();
      continue;
    }
    const { markup, title, lang } = await page.evaluate(() => ({
      markup: ['.skip-link', 'header.site-banner', 'main'].map((s) => document.querySelector(s).outerHTML).join('\n'),
      title: document.title,
      lang: document.documentElement.lang,
    }));
    const html = shell
      .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(lang)}">`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
      .replace(boot, () => `<div id="prerendered">\n${markup}\n</div>\n`)
      // The article shows without script: the "needs JavaScript" notice would be wrong here.
      .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '')
      .replace(/\s*<!-- Shown until the app starts[\s\S]*?-->/, '');
    writeFileSync(join(dist, 'article', `${id}.html`), html);
    console.log(`prerender: article/${id}.html (${html.length} bytes)`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
