import { en } from "./en";
import { enDocuments } from "./en-documents";

/** Every English string, loaded only when the interface is switched to English. */
export const englishMessages = { ...en, documents: enDocuments };
