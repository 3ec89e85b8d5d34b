import { Badge, type CSSVariablesResolver, createTheme } from "@mantine/core";

// Darker shades than Mantine's defaults, so text, links and buttons reach WCAG AA contrast on white.
export const theme = createTheme({
  primaryColor: "blue",
  primaryShade: { light: 8, dark: 8 },
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  headings: { fontWeight: "700" },
  defaultRadius: "sm",
  components: {
    // Status names are read, not glanced at: as written (no capitals), whole (never "ĐANG HOẠT ĐỘ…").
    Badge: Badge.extend({
      defaultProps: { tt: "none" },
      styles: {
        root: { overflow: "visible", maxWidth: "none", minWidth: "max-content", letterSpacing: 0 },
        label: { overflow: "visible", textOverflow: "clip" },
      },
    }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-6)",
    "--mantine-color-error": "var(--mantine-color-red-8)",
  },
  dark: {},
});
