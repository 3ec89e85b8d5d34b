import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { vi } from "./vi";
import { viAccounts } from "./vi-accounts";
import { viDocuments } from "./vi-documents";
import { viMeetedit } from "./vi-meetedit";
import { viMeetprep } from "./vi-meetprep";
import { viMeetvote } from "./vi-meetvote";

export type Language = "vi" | "en";
export const LANGUAGES: readonly Language[] = ["vi", "en"];

const STORAGE_KEY = "thidua.lang";

const storedLanguage = (): Language => {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
};

// English is downloaded only by those who use it: the first page load stays small for everyone else.
const loadEnglish = async (): Promise<void> => {
  if (i18next.hasResourceBundle("en", "translation")) return;
  const { englishMessages } = await import("./en-all");
  i18next.addResourceBundle("en", "translation", englishMessages);
};

/** Starts i18next with the language chosen last time (Vietnamese by default); resolves once its strings are in. */
export const initI18n = async (): Promise<void> => {
  const lng = storedLanguage();
  document.documentElement.lang = lng;
  await i18next.use(initReactI18next).init({
    resources: {
      vi: {
        translation: {
          ...vi,
          accounts: viAccounts,
          documents: viDocuments,
          meetprep: viMeetprep,
          meetedit: viMeetedit,
          meetvote: viMeetvote,
        },
      },
    },
    partialBundledLanguages: true,
    lng: "vi",
    fallbackLng: "vi",
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  if (lng === "en") {
    await loadEnglish().catch(() => undefined);
    await i18next.changeLanguage("en");
  }
};

/** Switches the UI language and remembers the choice in this browser. */
export const setLanguage = (lng: Language): void => {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = lng;
  void (lng === "en" ? loadEnglish() : Promise.resolve()).then(() => i18next.changeLanguage(lng));
};

export const currentLanguage = (): Language => (i18next.language === "en" ? "en" : "vi");
