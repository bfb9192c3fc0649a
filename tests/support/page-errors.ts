import { test as base, expect, type Page } from '@playwright/test';

/**
 * Records every script error and console.error of a page into `errors`. The browser's own "Failed to load
 * resource" lines are expected: 401 from /api/auth/me before sign-in, the 4xx answers the UI shows.
 */
export function watchPageErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
}

/** Playwright's `test` where any script error or console.error in the test's page fails the test. */
export const test = base.extend<{ failOnPageErrors: undefined }>({
  failOnPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      watchPageErrors(page, errors);
      await use(undefined);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
