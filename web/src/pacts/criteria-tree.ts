import type { Criterion, GroupCriterion, ScoredCriterion } from "../../../src/contracts/cluster-year";
import { maxPoints } from "../../../src/core/scoring/max-points";

// The criteria table being edited: the pact's tree, each node with a key that survives moves, so
// the server's located problems ("criteria[2].children[0].max") can stay with their criterion.

export type ScoredNode = ScoredCriterion & { key: string };
export type GroupNode = Omit<GroupCriterion, "children"> & { key: string; children: DraftNode[] };
export type DraftNode = ScoredNode | GroupNode;

export const isGroupNode = (node: DraftNode): node is GroupNode => node.method === undefined;

let counter = 0;
export const newKey = (): string => {
  counter += 1;
  return `n${counter}`;
};

export const toDraft = (criteria: readonly Criterion[]): DraftNode[] =>
  criteria.map((c): DraftNode => {
    if (c.method === undefined) return { ...c, key: newKey(), children: toDraft(c.children) };
    return { ...c, key: newKey() };
  });

export const fromDraft = (nodes: readonly DraftNode[]): Criterion[] =>
  nodes.map((node): Criterion => {
    if (isGroupNode(node)) {
      const { key: _key, children, ...group } = node;
      return { ...group, children: fromDraft(children) };
    }
    const { key: _key, ...scored } = node;
    return scored as ScoredCriterion;
  });

export type FlatRow = {
  node: DraftNode;
  depth: number;
  /** The JSON path the server uses for this criterion: criteria[0].children[1]. */
  path: string;
  index: number;
  siblings: number;
  parentKey: string | null;
  /** Indenting makes the node the last child of its previous sibling, which must be a group. */
  canIndent: boolean;
};

/** The tree in document order, with depth and path, as the table shows it. */
export const flatten = (
  nodes: readonly DraftNode[],
  path = "criteria",
  depth = 0,
  parentKey: string | null = null,
): FlatRow[] =>
  nodes.flatMap((node, index) => {
    const here = `${path}[${index}]`;
    const previous = index > 0 ? nodes[index - 1] : undefined;
    const row: FlatRow = {
      node,
      depth,
      path: here,
      index,
      siblings: nodes.length,
      parentKey,
      canIndent: previous !== undefined && isGroupNode(previous),
    };
    return isGroupNode(node)
      ? [row, ...flatten(node.children, `${here}.children`, depth + 1, node.key)]
      : [row];
  });

type Place = { list: DraftNode[]; index: number; parent: GroupNode | null; parentPlace: Place | null };

const locate = (
  nodes: DraftNode[],
  key: string,
  parent: GroupNode | null = null,
  parentPlace: Place | null = null,
): Place | null => {
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index] as DraftNode;
    const place: Place = { list: nodes, index, parent, parentPlace };
    if (node.key === key) return place;
    if (isGroupNode(node)) {
      const found = locate(node.children, key, node, place);
      if (found) return found;
    }
  }
  return null;
};

/** Applies a change to a copy of the tree; the original stays as it was (React state). */
const edit = (nodes: readonly DraftNode[], key: string, change: (place: Place) => void): DraftNode[] => {
  const copy = structuredClone(nodes) as DraftNode[];
  const place = locate(copy, key);
  if (place) change(place);
  return copy;
};

export const moveNode = (nodes: readonly DraftNode[], key: string, by: -1 | 1): DraftNode[] =>
  edit(nodes, key, ({ list, index }) => {
    const target = index + by;
    if (target < 0 || target >= list.length) return;
    const [node] = list.splice(index, 1);
    if (node) list.splice(target, 0, node);
  });

export const indentNode = (nodes: readonly DraftNode[], key: string): DraftNode[] =>
  edit(nodes, key, ({ list, index }) => {
    const previous = list[index - 1];
    if (!previous || !isGroupNode(previous)) return;
    const [node] = list.splice(index, 1);
    if (node) previous.children.push(node);
  });

export const outdentNode = (nodes: readonly DraftNode[], key: string): DraftNode[] =>
  edit(nodes, key, ({ list, index, parentPlace }) => {
    if (!parentPlace) return;
    const [node] = list.splice(index, 1);
    if (node) parentPlace.list.splice(parentPlace.index + 1, 0, node);
  });

export const removeNode = (nodes: readonly DraftNode[], key: string): DraftNode[] =>
  edit(nodes, key, ({ list, index }) => {
    list.splice(index, 1);
  });

/** Replaces a node's own fields; a group keeps its children, a criterion turned into a group starts empty. */
export const replaceNode = (nodes: readonly DraftNode[], key: string, next: DraftNode): DraftNode[] =>
  edit(nodes, key, ({ list, index }) => {
    const old = list[index];
    const children = old && isGroupNode(old) ? old.children : [];
    list[index] = isGroupNode(next) ? { ...next, key, children } : { ...next, key };
  });

/** Adds a node as the last child of a group, or at the end of the table when parentKey is null. */
export const appendNode = (
  nodes: readonly DraftNode[],
  parentKey: string | null,
  node: DraftNode,
): DraftNode[] => {
  if (parentKey === null) return [...structuredClone(nodes), node];
  return edit(nodes, parentKey, ({ list, index }) => {
    const parent = list[index];
    if (parent && isGroupNode(parent)) parent.children.push(node);
  });
};

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

/** A code for a new criterion: "II.4" after II.3 in group II, the next Roman numeral at the top. */
export const suggestCode = (nodes: readonly DraftNode[], parent: GroupNode | null): string => {
  const taken = new Set(flatten(nodes).map((row) => row.node.code));
  const siblings = parent ? parent.children.length : nodes.length;
  for (let n = siblings + 1; n < siblings + 100; n++) {
    const code = parent ? `${parent.code}.${n}` : (ROMAN[n - 1] ?? String(n));
    if (!taken.has(code)) return code;
  }
  return newKey();
};

export const findNode = (nodes: readonly DraftNode[], key: string): DraftNode | null =>
  flatten(nodes).find((row) => row.node.key === key)?.node ?? null;

/** The table's maximum base points, live while editing (the engine's own rule). */
export const draftMaxPoints = (nodes: readonly DraftNode[]): number => maxPoints(fromDraft(nodes));

/** A group's maximum as it counts (capped at its own max) and the sum of its children. */
export const groupMax = (node: GroupNode): { counted: number; children: number } => ({
  counted: maxPoints(fromDraft([node])),
  children: maxPoints(fromDraft(node.children)),
});

export type Located = { field: string; message: string };

/**
 * Hands each located problem to the criterion it names (the longest matching path), with the
 * rest of the path as the field ("max", "levels[0].ratio"); the others are returned apart.
 */
export const locateIssues = (
  rows: readonly FlatRow[],
  issues: readonly { path: string; message: string }[],
): { byKey: Map<string, Located[]>; other: { path: string; message: string }[] } => {
  const byLength = [...rows].sort((a, b) => b.path.length - a.path.length);
  const byKey = new Map<string, Located[]>();
  const other: { path: string; message: string }[] = [];
  for (const issue of issues) {
    const row = byLength.find(
      (r) =>
        issue.path === r.path || issue.path.startsWith(`${r.path}.`) || issue.path.startsWith(`${r.path}[`),
    );
    if (!row) {
      other.push(issue);
      continue;
    }
    const field = issue.path.slice(row.path.length).replace(/^\./, "");
    byKey.set(row.node.key, [...(byKey.get(row.node.key) ?? []), { field, message: issue.message }]);
  }
  return { byKey, other };
};
