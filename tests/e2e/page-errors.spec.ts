import { test } from '../support/page-errors.ts';

// The shared guard itself (tests/support/page-errors.ts): a page's script error or console.error fails the test.
test('a console.error in the page fails the test', async ({ page }) => {
  test.fail();
  await page.setContent('<p>x</p>');
  await page.evaluate(() => console.error('broken'));
});

test('a script error in the page fails the test', async ({ page }) => {
  test.fail();
  await page.setContent('<script>setTimeout(() => { throw new Error("broken") })</script>');
  await page.waitForTimeout(50);
});
