// The reader's place on the page, for the specs that check it is kept.
import { expect } from './fixtures.js';

export const PHONE = { width: 360, height: 780 };

/** Two frames: whatever a scroll or a change causes (its scroll event, its effects) has happened. */
export const twoFrames = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Puts `selector`'s block at the window's top with `share` of it scrolled past, and marks it. */
export async function placeAtTop(page, selector, share) {
  await page.locator(selector).evaluate((el, share) => {
    el.dataset.place = 'kept';
    el.scrollIntoView({ block: 'start' });
    window.scrollBy(0, el.getBoundingClientRect().height * share);
  }, share);
}

/** Where the marked block stands: its share scrolled past the top, its height, the length of one
 *  of its lines and whether it is the block at the top of the window. */
export async function place(page) {
  return page.locator('[data-place="kept"]').evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return {
      top: rect.top,
      height: rect.height,
      line: parseFloat(getComputedStyle(el).lineHeight),
      atTop: rect.top <= 0.5 && rect.bottom > 0,
      scrollY: window.scrollY,
    };
  });
}

/** The place is kept: the same block at the top, with the same share read, within one line. */
export function expectKept(before, after, share) {
  expect(after.atTop, `the block is still at the top (top ${after.top}, height ${after.height})`).toBe(true);
  expect(Math.abs(after.top + share * after.height)).toBeLessThanOrEqual(after.line);
  expect(after.height, 'the change did restyle the block').not.toBe(before.height);
}
