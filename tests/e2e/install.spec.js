// 添加到主屏幕: the manifest made from site.json, and nothing that stops Chromium installing the site.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { test, expect } from './fixtures.js';
import { open, SEED } from './helpers.js';

test.describe('添加到主屏幕', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the manifest is made from site.json, with both icons, and Chromium reads it without errors', async ({ page, request }) => {
    const response = await request.get('/manifest.webmanifest');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/manifest+json');
    expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
    const manifest = await response.json();
    const site = await (await request.get('/data/site.json')).json();
    expect(manifest).toMatchObject({ name: site.name, short_name: site.name, start_url: '/', display: 'standalone', lang: 'zh-CN' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    for (const [i, size] of [192, 512].entries()) {
      const icon = manifest.icons[i];
      expect(icon).toMatchObject({ sizes: `${size}x${size}`, type: 'image/png' });
      const png = await (await request.get(icon.src)).body();
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }

    await open(page, SEED);
    const cdp = await page.context().newCDPSession(page);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    expect(url).toMatch(/\/manifest\.webmanifest$/);
    expect(errors).toEqual([]);
  });

  test('Chromium finds nothing that stops an install', async ({ baseURL }, testInfo) => {
    // A test's own contexts are incognito, where nothing can be installed: a profile on disk.
    const profile = mkdtempSync(join(tmpdir(), 'changyue-install-'));
    const context = await chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, baseURL });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await open(page, SEED);
      const cdp = await context.newCDPSession(page);
      await expect.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
