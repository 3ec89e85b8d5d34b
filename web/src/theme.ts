import {
  Badge,
  type CSSVariablesResolver,
  createTheme,
  type MantineThemeOverride,
  Notification,
  Table,
} from "@mantine/core";

/**
 * Darker shades than Mantine's defaults, so text, links and buttons reach WCAG AA contrast on white.
 * `closeLabel` names the close button of notifications in the user's language.
 */
export const makeTheme = (closeLabel: string): MantineThemeOverride =>
  createTheme({
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
      Notification: Notification.extend({ defaultProps: { closeButtonProps: { "aria-label": closeLabel } } }),
    },
  });

// Text of "light" badges, buttons and alerts: shade 9 darkened by a third, so even orange, yellow and
// green pass AA on their tinted ground.
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
      LIGHT_TEXT.map((c) => [
        `--mantine-color-${c}-light-color`,
        `color-mix(in srgb, var(--mantine-color-${c}-9) 65%, black)`,
      ]),
    ),
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-6)",
    "--mantine-color-error": "var(--mantine-color-red-8)",
  },
  dark: {},
});
