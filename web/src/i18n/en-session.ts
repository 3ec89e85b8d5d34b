import type { viSession } from "./vi-session";

/** Account and sessions (English). */
export const enSession: typeof viSession = {
  accountMenu: "Account of {{name}}",
  signedInAs: "Signed in as {{username}}",
  signOutOthers: "Sign out of other devices",
  signedOutOthers_zero: "There were no other sessions.",
  signedOutOthers_other: "Signed out {{count}} session(s) on other devices.",
  signOutOthersFailed: "Could not sign out the other devices",
};
