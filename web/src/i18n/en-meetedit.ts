import type { viMeetedit } from "./vi-meetedit";

/** Editing a convened meeting; the chair's and the secretary's accounts (English). */
export const enMeetedit: typeof viMeetedit = {
  account: "Sign-in account ({{role}})",
  accountHint: "They use this account to approve the minutes as {{role}}",
  accountLinked: "Linked to this person's own account: {{name}}",
  noAccount: "No account (signs on paper only)",
  keep: "Keep: {{name}}",
  edit: "Edit meeting details",
  editTitle: "Edit meeting details",
  editHint: "Title, purpose, date and time, place, chair and secretary; editable until the meeting ends.",
  save: "Save details",
  staleMeeting: "Someone else has changed the meeting",
  staleDelegate: "Someone else has updated this delegate",
  noAccountYet: "no account linked",
  end: "End the meeting",
  endConfirm: "End the meeting?",
  endHint:
    "Once ended, the agenda, attendance, speeches, votes and conclusions no longer change; the minutes and the news report are still completed.",
  endYes: "End",
};
