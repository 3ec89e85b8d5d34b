import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { isApiError } from "../api/client";
import { useUnloadGuard } from "../shell/leave-guard";
import type { Draft } from "./input-editor";
import { useSaveInputsBatch } from "./sheet-api";

export type Stage = "self" | "review";
type Entry = { stage: Stage; draft: Draft; base: number };
type Problems = { value?: string; text?: string; conflict?: string };

type FormSheetValue = {
  entries: Map<string, Entry>;
  problems: Map<string, Problems>;
  set: (code: string, stage: Stage, draft: Draft | null, base: number) => void;
  rebase: (code: string, base: number) => void;
  save: () => Promise<void>;
  reset: () => void;
  saving: boolean;
  message: string | null;
  savedAt: number | null;
};

const FormSheetContext = createContext<FormSheetValue | null>(null);

/**
 * The unit's (or the reviewer's) whole form, saved with one button: every criterion edited since the page
 * was read, with the version each edit started from. A refusal keeps every draft and puts each problem
 * on its criterion; a 409 shows the other person's value there.
 */
export const FormSheetProvider = (props: { clusterId: string; unitId: string; children: ReactNode }) => {
  const batch = useSaveInputsBatch(props.clusterId, props.unitId);
  const [entries, setEntries] = useState(new Map<string, Entry>());
  const [problems, setProblems] = useState(new Map<string, Problems>());
  const [message, setMessage] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  useUnloadGuard(entries.size > 0);

  const set = useCallback((code: string, stage: Stage, draft: Draft | null, base: number) => {
    setEntries((prev) => {
      const next = new Map(prev);
      if (draft === null) next.delete(code);
      else next.set(code, { stage, draft, base: prev.get(code)?.base ?? base });
      return next;
    });
    setProblems((prev) => {
      if (!prev.has(code)) return prev;
      const next = new Map(prev);
      next.delete(code);
      return next;
    });
    setSavedAt(null);
  }, []);

  const rebase = useCallback((code: string, base: number) => {
    setEntries((prev) => {
      const entry = prev.get(code);
      if (!entry) return prev;
      return new Map(prev).set(code, { ...entry, base });
    });
    setProblems((prev) => {
      const next = new Map(prev);
      next.delete(code);
      return next;
    });
  }, []);

  const save = useCallback(async () => {
    const list = [...entries.entries()];
    const stage = list[0]?.[1].stage;
    if (!stage) return;
    setMessage(null);
    try {
      await batch.mutateAsync({
        stage,
        items: list.map(([code, e]) => ({
          criterionCode: code,
          value: e.draft.value ?? {},
          text: e.draft.text || null,
          version: e.base,
        })),
      });
      setEntries(new Map());
      setProblems(new Map());
      setSavedAt(Date.now());
    } catch (error) {
      if (!isApiError(error)) throw error;
      const found = new Map<string, Problems>();
      for (const issue of error.issues) {
        const m = /^items\[(\d+)\]\.?(\w*)/.exec(issue.path);
        const code = m ? list[Number(m[1])]?.[0] : undefined;
        if (!code) continue;
        const p = found.get(code) ?? {};
        if (m?.[2] === "version") p.conflict = issue.message;
        else if (m?.[2] === "text") p.text = issue.message;
        else p.value = issue.message;
        found.set(code, p);
      }
      setProblems(found);
      setMessage(error.message);
    }
  }, [entries, batch]);

  const reset = useCallback(() => {
    setEntries(new Map());
    setProblems(new Map());
    setMessage(null);
  }, []);

  const value = useMemo<FormSheetValue>(
    () => ({ entries, problems, set, rebase, save, reset, saving: batch.isPending, message, savedAt }),
    [entries, problems, set, rebase, save, reset, batch.isPending, message, savedAt],
  );
  return <FormSheetContext.Provider value={value}>{props.children}</FormSheetContext.Provider>;
};

export const useFormSheet = (): FormSheetValue => {
  const value = useContext(FormSheetContext);
  if (!value) throw new Error("useFormSheet is used outside FormSheetProvider");
  return value;
};
