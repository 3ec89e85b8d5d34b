import "i18next";
import type { Messages } from "./vi";
import type { viAccounts } from "./vi-accounts";
import type { viDocuments } from "./vi-documents";
import type { viMeetedit } from "./vi-meetedit";
import type { viMeetprep } from "./vi-meetprep";
import type { viMeetvote } from "./vi-meetvote";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: {
      translation: Messages & {
        accounts: typeof viAccounts;
        documents: typeof viDocuments;
        meetprep: typeof viMeetprep;
        meetedit: typeof viMeetedit;
        meetvote: typeof viMeetvote;
      };
    };
  }
}
