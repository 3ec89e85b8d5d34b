import type { TFunction } from "i18next";
import type { Role } from "../api/types";

// The contract's rules (src/contracts/auth.ts createUserInput), checked before sending so most mistakes are
// named at their field without a round trip; the server checks again and its issues land on the same fields.

export const USERNAME_PATTERN = /^[a-z0-9._-]+$/;

export const checkDisplayName = (t: TFunction, value: string): string | null => {
  const v = value.trim();
  if (!v) return t("accounts.rules.required");
  return v.length > 200 ? t("accounts.rules.displayNameMax") : null;
};

export const checkUsername = (t: TFunction, value: string): string | null => {
  const v = value.trim();
  if (v.length < 3) return t("accounts.rules.usernameMin");
  if (v.length > 60) return t("accounts.rules.usernameMax");
  return USERNAME_PATTERN.test(v) ? null : t("accounts.rules.usernameChars");
};

export const checkPassword = (t: TFunction, value: string): string | null => {
  if (value.length < 10) return t("accounts.rules.passwordMin");
  return value.length > 200 ? t("accounts.rules.passwordMax") : null;
};

export const checkRepeat = (t: TFunction, value: string, password: string): string | null =>
  value === password ? null : t("accounts.rules.mismatch");

export const ROLES: readonly Role[] = [
  "council_admin",
  "cluster_head",
  "unit_editor",
  "unit_viewer",
  "observer",
];

export const needsUnit = (role: string): boolean => role === "unit_editor" || role === "unit_viewer";
export const needsCluster = (role: string): boolean => role === "cluster_head";
export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
