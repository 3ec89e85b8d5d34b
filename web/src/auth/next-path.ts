export const SIGN_IN_PATH = "/dang-nhap";

/** The sign-in address that brings the user back to `from` afterwards. */
export const signInPath = (from: string): string =>
  from === "/" || from === "" ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(from)}`;

/** Only paths inside this app are followed after sign-in (no open redirects). */
export const safeNextPath = (value: string | null): string => {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value.startsWith(SIGN_IN_PATH) ? "/" : value;
};
