import { NativeSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useYear } from "./year-context";

/** The year that every page shows; kept in `?year=`. */
export const YearSelect = () => {
  const { t } = useTranslation();
  const { year, years, setYear } = useYear();
  return (
    <NativeSelect
      aria-label={t("shell.year")}
      size="sm"
      w={92}
      value={String(year)}
      onChange={(event) => setYear(Number(event.currentTarget.value))}
      data={years.map((y) => String(y))}
    />
  );
};
