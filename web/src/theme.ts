import { Badge, type CSSVariablesResolver, createTheme, Table } from "@mantine/core";

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
    // A table wider than the screen scrolls sideways; the keyboard must reach that scroll too.
    TableScrollContainer: Table.ScrollContainer.extend({
      defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } },
    }),
  },
});

// Text of "light" badges and alerts one shade darker than Mantine's, so it passes AA on its tinted ground.
const LIGHT_TEXT = [
  "red",
  "pink",
  "grape",
  "violet",
  "indigo",
  "blue",
  "cyan",
  "teal",
  "green",
  "lime",
  "yellow",
  "orange",
  "gray",
];

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    ...Object.fromEntries(
      LIGHT_TEXT.map((c) => [`--mantine-color-${c}-light-color`, `var(--mantine-color-${c}-9)`]),
    ),
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-6)",
    "--mantine-color-error": "var(--mantine-color-red-8)",
  },
  dark: {},
});
