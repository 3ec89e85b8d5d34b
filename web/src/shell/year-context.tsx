import { createContext, type ReactNode, useCallback, useContext, useMemo } from "react";
import { useSearchParams } from "react-router";
import { useDefaultYear, useYears } from "../clusters/clusters-api";
import { currentYear } from "../lib/format";
import { parseYear } from "../lib/year";
import { FullPageLoader, QueryError } from "./query-state";

type YearContextValue = {
  /** The selected year: `?year=` if given, else the server's default year (GET /api/years/default). */
  year: number;
  /** The years to choose from (with the selected one, even if it has no clusters). */
  years: number[];
  setYear: (year: number) => void;
  /** Adds the explicitly chosen `?year=` to an in-app link, so it survives navigation. */
  withYear: (path: string) => string;
};

const YearContext = createContext<YearContextValue | null>(null);

export const YearProvider = ({ children }: { children: ReactNode }) => {
  const yearsQuery = useYears();
  const defaultQuery = useDefaultYear();
  const [params, setParams] = useSearchParams();
  const explicit = parseYear(params.get("year"));
  const loaded = yearsQuery.data;
  const year = explicit ?? defaultQuery.data?.year ?? currentYear();

  const setYear = useCallback(
    (next: number) =>
      setParams((prev) => {
        const updated = new URLSearchParams(prev);
        updated.set("year", String(next));
        return updated;
      }),
    [setParams],
  );

  const withYear = useCallback(
    (path: string) => {
      if (explicit === null) return path;
      const [base = "", query = ""] = path.split("?");
      const search = new URLSearchParams(query);
      if (!search.has("year")) search.set("year", String(explicit));
      return `${base}?${search.toString()}`;
    },
    [explicit],
  );

  const value = useMemo<YearContextValue>(() => {
    const years = [...new Set([...(loaded ?? []), year])].sort((a, b) => b - a);
    return { year, years, setYear, withYear };
  }, [loaded, year, setYear, withYear]);

  if (yearsQuery.isPending || (explicit === null && defaultQuery.isPending)) return <FullPageLoader />;
  if (yearsQuery.isError)
    return <QueryError error={yearsQuery.error} onRetry={() => void yearsQuery.refetch()} fullPage />;
  if (explicit === null && defaultQuery.isError)
    return <QueryError error={defaultQuery.error} onRetry={() => void defaultQuery.refetch()} fullPage />;
  return <YearContext.Provider value={value}>{children}</YearContext.Provider>;
};

export const useYear = (): YearContextValue => {
  const value = useContext(YearContext);
  if (!value) throw new Error("useYear is used outside YearProvider");
  return value;
};
