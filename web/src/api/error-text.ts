import { useTranslation } from "react-i18next";
import type { Messages } from "../i18n/vi";
import { isApiError } from "./client";

type ErrorCode = keyof Messages["errors"];

const isKnownCode = (code: string, messages: Messages["errors"]): code is ErrorCode => code in messages;

/**
 * Text for an error: the server's own Vietnamese message in Vietnamese,
 * our translation of its code in other languages.
 */
export const useErrorText = (): ((error: unknown) => string) => {
  const { t, i18n } = useTranslation();
  return (error) => {
    if (!isApiError(error)) return t("errors.generic");
    if (i18n.language === "vi" && error.message) return error.message;
    const codes = i18n.getResourceBundle(i18n.language, "translation") as Messages | undefined;
    return codes && isKnownCode(error.error, codes.errors) ? t(`errors.${error.error}`) : error.message;
  };
};
