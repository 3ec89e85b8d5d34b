import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type Language, setLanguage } from "../i18n";

const OPTIONS: { value: Language; label: string; name: string }[] = [
  { value: "vi", label: "VI", name: "Tiếng Việt" },
  { value: "en", label: "EN", name: "English" },
];

/** VI / EN; the choice is remembered in this browser. */
export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t("shell.language")}
      value={i18n.language === "en" ? "en" : "vi"}
      onChange={(value) => setLanguage(value === "en" ? "en" : "vi")}
      data={OPTIONS.map((o) => ({
        value: o.value,
        label: (
          <span lang={o.value} title={o.name}>
            {o.label}
          </span>
        ),
      }))}
    />
  );
};
