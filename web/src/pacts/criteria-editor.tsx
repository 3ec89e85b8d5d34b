import { ActionIcon, Button, Group, Tooltip } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CriteriaTable } from "./criteria-table";
import {
  appendNode,
  type DraftNode,
  type FlatRow,
  findNode,
  flatten,
  indentNode,
  isGroupNode,
  moveNode,
  newKey,
  outdentNode,
  removeNode,
  replaceNode,
  suggestCode,
} from "./criteria-tree";
import { CriterionForm } from "./criterion-form";
import type { PactDraft } from "./use-pact-draft";

type Editing = { kind: "edit"; key: string } | { kind: "add"; parentKey: string | null; node: DraftNode };

type IconProps = { label: string; glyph: string; onClick: () => void; disabled?: boolean; color?: string };

const Icon = ({ label, glyph, onClick, disabled = false, color }: IconProps) => (
  <Tooltip label={label} withArrow openDelay={300}>
    <ActionIcon variant="subtle" color={color} aria-label={label} onClick={onClick} disabled={disabled}>
      <span aria-hidden>{glyph}</span>
    </ActionIcon>
  </Tooltip>
);

/** The criteria table with the editing buttons on each row, and the dialog for one criterion. */
export const CriteriaEditor = ({ draft, nodes }: { draft: PactDraft; nodes: DraftNode[] }) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing | null>(null);

  const startAdding = (parentKey: string | null) => {
    const parent = parentKey === null ? null : findNode(nodes, parentKey);
    const group = parent && isGroupNode(parent) ? parent : null;
    const node: DraftNode = {
      key: newKey(),
      code: suggestCode(nodes, group),
      title: "",
      method: "manual",
      max: 0,
    };
    setEditing({ kind: "add", parentKey, node });
  };

  const actions = (row: FlatRow) => {
    const { node } = row;
    const c = { code: node.code };
    return (
      <Group gap={2} wrap="nowrap">
        <Icon
          label={t("pacts.moveUp", c)}
          glyph="↑"
          disabled={row.index === 0}
          onClick={() => draft.change((n) => moveNode(n, node.key, -1))}
        />
        <Icon
          label={t("pacts.moveDown", c)}
          glyph="↓"
          disabled={row.index === row.siblings - 1}
          onClick={() => draft.change((n) => moveNode(n, node.key, 1))}
        />
        <Icon
          label={t("pacts.outdent", c)}
          glyph="←"
          disabled={row.parentKey === null}
          onClick={() => draft.change((n) => outdentNode(n, node.key))}
        />
        <Icon
          label={t("pacts.indent", c)}
          glyph="→"
          disabled={!row.canIndent}
          onClick={() => draft.change((n) => indentNode(n, node.key))}
        />
        <Icon
          label={t("pacts.edit", c)}
          glyph="✎"
          onClick={() => setEditing({ kind: "edit", key: node.key })}
        />
        {isGroupNode(node) && (
          <Icon label={t("pacts.addChild", c)} glyph="+" onClick={() => startAdding(node.key)} />
        )}
        <Icon
          label={t("pacts.remove", c)}
          glyph="✕"
          color="red"
          onClick={() => draft.change((n) => removeNode(n, node.key))}
        />
      </Group>
    );
  };

  const formFor = (current: Editing) => {
    if (current.kind === "edit") {
      const node = findNode(nodes, current.key);
      if (!node) return null;
      return { node, title: t("pacts.editTitle", { code: node.code }) };
    }
    const parent = current.parentKey === null ? null : findNode(nodes, current.parentKey);
    return {
      node: current.node,
      title: parent ? t("pacts.addChildTitle", { code: parent.code }) : t("pacts.addTitle"),
    };
  };

  const open = editing ? formFor(editing) : null;
  const taken = new Set(
    flatten(nodes)
      .map((r) => r.node)
      .filter((n) => n.key !== open?.node.key)
      .map((n) => n.code),
  );

  return (
    <>
      <CriteriaTable
        nodes={nodes}
        label={t("pacts.tableLabel")}
        issues={draft.issuesByKey}
        actions={actions}
        bonusCap={draft.rules.bonusCap}
      />
      <Button variant="light" onClick={() => startAdding(null)} style={{ alignSelf: "flex-start" }}>
        {t("pacts.addTop")}
      </Button>
      {editing && open && (
        <CriterionForm
          key={open.node.key}
          node={open.node}
          title={open.title}
          takenCodes={taken}
          issues={draft.issuesByKey.get(open.node.key) ?? []}
          onClose={() => setEditing(null)}
          onApply={(next) => {
            draft.change((n) =>
              editing.kind === "edit"
                ? replaceNode(n, editing.key, next)
                : appendNode(n, editing.parentKey, next),
            );
            setEditing(null);
          }}
        />
      )}
    </>
  );
};
