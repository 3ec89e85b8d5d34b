import { test as base } from "@playwright/test";

/**
 * Playwright's `test`, with every browser a journey opens itself (`browser.newContext()`) closed when it ends.
 * Playwright closes only its own `context` fixture: the others stayed open for the rest of the run, so a
 * meeting's projector and delegates kept their live connections to the one shared server through every later
 * journey, and each failure screenshotted every page still open.
 */
export const test = base.extend<{ closeOwnBrowsers: undefined }>({
  closeOwnBrowsers: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use(undefined);
      await Promise.all(
        browser
          .contexts()
          .filter((context) => !before.has(context))
          .map((context) => context.close()),
      );
    },
    { auto: true },
  ],
});
