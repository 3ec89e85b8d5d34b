import { TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";

/** The text of a page's filter, kept in `?q=` so a filtered list can be linked to. */
export const useSearchText = (): [string, (value: string) => void] => {
  const [params, setParams] = useSearchParams();
  const setText = (value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set("q", value);
        else next.delete("q");
        return next;
      },
      { replace: true },
    );
  return [params.get("q") ?? "", setText];
};

type SearchBoxProps = {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
};

/** A labelled filter box that ignores Vietnamese diacritics (the matching is in lib/text). */
export const SearchBox = ({ label, placeholder, value, onChange }: SearchBoxProps) => {
  const { t } = useTranslation();
  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      description={t("common.searchHint")}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      maw={480}
    />
  );
};
