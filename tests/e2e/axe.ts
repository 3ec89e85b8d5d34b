import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** The page's WCAG 2.1 A/AA violations found by axe-core, one line each (rule, impact, help, where): [] when clean. */
export const axeViolations = async (page: Page): Promise<string[]> => {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
};
