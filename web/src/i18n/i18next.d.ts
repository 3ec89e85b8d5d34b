import "i18next";
import type { Messages } from "./vi";
import type { viDocuments } from "./vi-documents";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Messages & { documents: typeof viDocuments } };
  }
}
