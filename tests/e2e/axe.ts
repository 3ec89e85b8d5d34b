import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * Waits until no finite animation or transition runs: axe reads a toast fading in at half opacity as text
 * without contrast (CI saw that once, on the notification that confirms an adoption).
 */
const settled = (page: Page) =>
  page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (a) => a.playState !== "running" || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
        ),
    undefined,
    { timeout: 10_000 },
  );

/**
 * The page's WCAG 2.1 A/AA violations found by axe-core, one line each (rule, impact, help, where): [] when clean.
 * `within` checks only that part (a modal dialog: the page dimmed behind its overlay is not what is read).
 */
export const axeViolations = async (page: Page, within?: string): Promise<string[]> => {
  await settled(page);
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  const result = await (within ? builder.include(within) : builder).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
};
