import type { NotificationData } from "@mantine/notifications";

/**
 * Shows a notification, loading the notifications package on first use: pages of the first download
 * (the header) use this, so the package stays out of it. Other pages may import it directly.
 */
export const notify = (data: NotificationData): void => {
  void import("@mantine/notifications").then((m) => m.notifications.show(data));
};
