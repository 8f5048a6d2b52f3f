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
const SEED = '/article/wulantaolegai-practice';
// The default scheme is article-phone.png.
const SCHEMES = ['high-contrast', 'dark', 'yellow-on-black', 'black-on-yellow', 'yellow-on-blue'];
// [file, path, stored settings, open the 阅读设置 panel first, stored 无障碍 tools]
const shots = [
  ['docs/article-phone.png', SEED, null],
  ['docs/article-phone-large.png', SEED, '{"font_scale":160}'],
  ['docs/article-phone-elder.png', SEED, '{"elder":true}'],
  ['docs/settings-panel-phone.png', '/article/how-to-use', null, true],
  ['docs/toolbar-phone.png', SEED, null, false, '{"open":true,"captions":true,"ruler":true}'],
  ['docs/line-focus-phone.png', SEED, null, false, '{"line_focus":true,"focus_lines":"three"}', 'mid'],
  ['docs/quick-bar-phone.png', SEED, null, false, null, 'mid-up'],
  ['docs/resume-offer-phone.png', SEED, null, false, null, 'resume'],
  ...SCHEMES.map((scheme) => [`docs/scheme-${scheme}-phone.png`, SEED, JSON.stringify({ scheme })]),
];
// 继续阅读 as a returning reader finds it: the seed article left at its 9th block.
const HISTORY = JSON.stringify([{ id: 'wulantaolegai-practice', block: 8, blocks: 17, excerpt: '实现乡村振兴,离不开基层党组织的引领和党员先锋模范作用的发挥。' }]);
for (const [file, path, settings, panel, tools, where] of shots) {
  const page = await browser.newPage({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 1 });
  if (settings) await page.addInitScript((s) => localStorage.setItem('changyue.settings.v1', s), settings);
  if (tools) await page.addInitScript((t) => localStorage.setItem('changyue.tools.v1', t), tools);
  if (where === 'resume') await page.addInitScript((h) => localStorage.setItem('changyue.reading.v1', h), HISTORY);
  await page.goto(base + path);
  await page.locator('main h1').waitFor();
  if (panel) {
    await page.getByRole('button', { name: '阅读设置', exact: true }).click();
    await page.locator('#reading-settings h2').scrollIntoViewIfNeeded();
  }
  // Mid-article; for the 字号 bar, then a little way back up, as a reader does to find it.
  if (where?.startsWith('mid')) {
    await page.locator('.article-body p').nth(6).evaluate((p) => p.scrollIntoView({ block: 'center' }));
    if (where === 'mid-up') {
      await page.mouse.move(180, 400);
      await page.mouse.wheel(0, -120);
      await page.locator('.quick-bar').waitFor();
    }
  }
  if (where === 'resume') await page.locator('.resume-offer').waitFor();
  // The pointer rests on 连读 (hover() would scroll): the ruler and 大字幕 show it.
  if (tools && !where) {
    const box = await page.getByRole('button', { name: '连读' }).boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  }
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
  await page.close();
}
await browser.close();
server.close();
