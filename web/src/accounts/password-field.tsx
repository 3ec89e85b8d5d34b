import { PasswordInput, type PasswordInputProps } from "@mantine/core";
import { useTranslation } from "react-i18next";

/**
 * A labelled password input whose error is also announced: Mantine's PasswordInput marks its inner input only
 * with data-invalid, so aria-invalid is set here for screen readers.
 */
export const PasswordField = (props: PasswordInputProps) => {
  const { t } = useTranslation();
  return (
    <PasswordInput
      required
      visibilityToggleButtonProps={{ "aria-label": t("accounts.togglePassword") }}
      aria-invalid={props.error ? true : undefined}
      {...props}
    />
  );
};
