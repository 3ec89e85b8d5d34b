import { Menu, UnstyledButton } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { ChangePasswordModal } from "../accounts/change-password-modal";
import { useErrorText } from "../api/error-text";
import { useSignOutOthers } from "../auth/auth-api";
import { useCurrentUser } from "../auth/current-user";
import { AccountBadge } from "./account-badge";

// Loaded after the first page shows: the menu's popover code is not part of the first download.

/** Who is signed in, changing their password, and ending their other sessions. */
export const AccountMenu = () => {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const signOutOthers = useSignOutOthers();
  const errorText = useErrorText();
  const [changing, { open: openChange, close: closeChange }] = useDisclosure(false);

  const endOtherSessions = () =>
    signOutOthers.mutate(undefined, {
      onSuccess: ({ ended }) =>
        notifications.show({ color: "teal", message: t("session.signedOutOthers", { count: ended }) }),
      onError: (error) =>
        notifications.show({
          color: "red",
          title: t("session.signOutOthersFailed"),
          message: errorText(error),
        }),
    });

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={t("session.accountMenu", { name: user.displayName })}>
            <AccountBadge name={user.displayName} />
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t("session.signedInAs", { username: user.username })}</Menu.Label>
          <Menu.Item onClick={openChange}>{t("accounts.change")}</Menu.Item>
          <Menu.Item onClick={endOtherSessions} disabled={signOutOthers.isPending}>
            {t("session.signOutOthers")}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={changing} onClose={closeChange} />
    </>
  );
};
