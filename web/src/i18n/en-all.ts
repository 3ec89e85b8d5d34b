import { en } from "./en";
import { enAccounts } from "./en-accounts";
import { enDocuments } from "./en-documents";
import { enMeetedit } from "./en-meetedit";
import { enMeetprep } from "./en-meetprep";
import { enMeetvote } from "./en-meetvote";

/** Every English string, loaded only when the interface is switched to English. */
export const englishMessages = {
  ...en,
  accounts: enAccounts,
  documents: enDocuments,
  meetprep: enMeetprep,
  meetedit: enMeetedit,
  meetvote: enMeetvote,
};
