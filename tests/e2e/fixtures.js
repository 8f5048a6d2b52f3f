// Every end-to-end test runs with these two watches on its page, and fails at the end if either
// saw something: a Content-Security-Policy violation (the suite runs against nginx with the
// deployment's headers), or a request that leaves the site's own origin (no CDN, font, analytics).
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL).origin;
    const problems = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && new URL(url).origin !== origin) problems.push(`request off the site: ${url}`);
    });
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
    });
    await use(page);
    expect(problems, 'no CSP violation and no third-party request').toEqual([]);
  },
});

export { expect };
