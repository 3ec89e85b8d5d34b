import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { enDocuments } from "./en-documents";
import { vi } from "./vi";
import { viDocuments } from "./vi-documents";

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

/** Starts i18next with the language chosen last time (Vietnamese by default). */
export const initI18n = (): void => {
  const lng = storedLanguage();
  document.documentElement.lang = lng;
  void i18next.use(initReactI18next).init({
    resources: {
      vi: { translation: { ...vi, documents: viDocuments } },
      en: { translation: { ...en, documents: enDocuments } },
    },
    lng,
    fallbackLng: "vi",
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
};

/** Switches the UI language and remembers the choice in this browser. */
export const setLanguage = (lng: Language): void => {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = lng;
  void i18next.changeLanguage(lng);
};

export const currentLanguage = (): Language => (i18next.language === "en" ? "en" : "vi");
