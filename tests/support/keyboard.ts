import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has the focus (it must be reachable, within `max` presses). */
export async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** The focused control shows where the focus is (an outline that is not `none`, or a box shadow). */
export async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused();
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return { outline: style.outlineStyle, width: style.outlineWidth, shadow: style.boxShadow };
  });
  expect(ring.outline !== 'none' && ring.width !== '0px' ? true : ring.shadow !== 'none').toBe(true);
}

/** A confirmation said to screen readers: the text sits in a live region (role alert or status, aria-live). */
export function liveRegion(page: Page, text: string | RegExp) {
  return page.locator('[role="alert"], [role="status"], [aria-live]').filter({ hasText: text }).first();
}

/** In a focused native select, ArrowDown until the option `label` is chosen (as a keyboard user does). */
export async function chooseByArrows(page: Page, select: Locator, label: string, max = 60) {
  await expect(select).toBeFocused();
  for (let i = 0; i < max; i++) {
    if ((await select.locator('option:checked').textContent()) === label) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(select.locator('option:checked')).toHaveText(label);
}
