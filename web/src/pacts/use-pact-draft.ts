import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Rules } from "../../../src/contracts/cluster-year";
import { type ApiError, isApiError } from "../api/client";
import { type DraftNode, flatten, fromDraft, type Located, locateIssues, toDraft } from "./criteria-tree";
import { type PactView, pactKeys, useAmendPact, useSavePact } from "./pacts-api";

type Issue = { path: string; message: string };

export type PactDraft = {
  /** The table being edited; null when not editing. */
  nodes: DraftNode[] | null;
  rules: Rules;
  /** The version this edit started from (or was moved onto after a conflict). */
  baseVersion: number;
  dirty: boolean;
  issuesByKey: ReadonlyMap<string, Located[]>;
  otherIssues: Issue[];
  /** Someone else saved first: their version is loaded, this edit is kept. */
  conflict: ApiError | null;
  /** The amendment would change published results (409): nothing saved, the list of what it would change. */
  refusal: ApiError | null;
  saving: boolean;
  start: () => void;
  cancel: () => void;
  change: (next: (nodes: DraftNode[]) => DraftNode[]) => void;
  setRules: (rules: Rules) => void;
  /** Saves the whole table (a draft pact), or records an amendment with its reason (a locked one). */
  submit: (reason?: string) => Promise<boolean>;
  /** After a conflict: keep this edit and save it over the version now loaded. */
  keepMine: () => void;
  /** After a conflict: drop this edit for the version now loaded. */
  takeTheirs: () => void;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The editor's state for a pact's criteria table: edits stay in the browser until saved, and survive a failed save. */
export const usePactDraft = (clusterId: string, pact: PactView): PactDraft => {
  const queryClient = useQueryClient();
  const save = useSavePact(clusterId);
  const amend = useAmendPact(clusterId);
  const [nodes, setNodes] = useState<DraftNode[] | null>(null);
  const [rules, setRules] = useState<Rules>(pact.rules);
  const [baseVersion, setBaseVersion] = useState(pact.version);
  const [issuesByKey, setIssuesByKey] = useState<ReadonlyMap<string, Located[]>>(new Map());
  const [otherIssues, setOtherIssues] = useState<Issue[]>([]);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);

  const clearProblems = () => {
    setIssuesByKey(new Map());
    setOtherIssues([]);
    setConflict(null);
    setRefusal(null);
  };

  const start = () => {
    setNodes(toDraft(pact.criteria));
    setRules(pact.rules);
    setBaseVersion(pact.version);
    clearProblems();
  };

  const submit = async (reason?: string): Promise<boolean> => {
    if (!nodes) return false;
    const body = { version: baseVersion, criteria: fromDraft(nodes), rules };
    try {
      if (reason === undefined) await save.mutateAsync(body);
      else await amend.mutateAsync({ ...body, reason });
      setNodes(null);
      clearProblems();
      return true;
    } catch (error) {
      if (!isApiError(error)) throw error;
      if (error.status === 409 && error.issues.some((i) => i.path === "version")) {
        setConflict(error);
        await queryClient.invalidateQueries({ queryKey: pactKeys.pact(clusterId) });
        return false;
      }
      if (error.status === 409 && error.error === "published_results_affected") {
        setIssuesByKey(new Map());
        setOtherIssues([]);
        setRefusal(error);
        return false;
      }
      const located = locateIssues(flatten(nodes), error.issues);
      setIssuesByKey(located.byKey);
      setOtherIssues(
        located.other.length > 0 || error.issues.length > 0
          ? located.other
          : [{ path: "", message: error.message }],
      );
      return false;
    }
  };

  return {
    nodes,
    rules,
    baseVersion,
    dirty: nodes !== null && (!same(fromDraft(nodes), pact.criteria) || !same(rules, pact.rules)),
    issuesByKey,
    otherIssues,
    conflict,
    refusal,
    saving: save.isPending || amend.isPending,
    start,
    cancel: () => {
      setNodes(null);
      clearProblems();
    },
    change: (next) => setNodes((current) => (current ? next(current) : current)),
    setRules,
    submit,
    keepMine: () => {
      setBaseVersion(pact.version);
      setConflict(null);
    },
    takeTheirs: start,
  };
};
