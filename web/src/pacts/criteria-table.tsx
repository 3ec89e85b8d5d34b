import { List, Table, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatScore } from "../lib/format";
import {
  type DraftNode,
  draftMaxPoints,
  type FlatRow,
  flatten,
  groupMax,
  isGroupNode,
  type Located,
} from "./criteria-tree";
import { fieldLabel } from "./field-labels";
import { MethodBadge } from "./method-badge";

type CriteriaTableProps = {
  nodes: readonly DraftNode[];
  label: string;
  issues?: ReadonlyMap<string, Located[]>;
  /** The editor's buttons for a row; without it the table is read-only. */
  actions?: (row: FlatRow) => ReactNode;
  bonusCap?: number | undefined;
};

const Points = ({ value }: { value: number | undefined }) => {
  const { t } = useTranslation();
  return value === undefined ? null : t("common.points", { n: formatScore(value), count: value });
};

const Details = ({ node }: { node: DraftNode }) => {
  const { t } = useTranslation();
  if (isGroupNode(node)) return null;
  switch (node.method) {
    case "target":
    case "leaderRelative": {
      const own = Object.keys(node.targets ?? {}).length;
      return (
        <Text size="sm">
          {node.target === undefined ? t("pacts.noCommonTarget") : formatScore(node.target)}
          {own > 0 && (
            <Text span size="xs" c="dimmed">
              {" "}
              {t("pacts.ownTargets", { n: own })}
            </Text>
          )}
        </Text>
      );
    }
    case "perOccurrence":
    case "penalty":
      return <Text size="sm">{t("pacts.eachTime", { n: formatScore(node.pointsEach) })}</Text>;
    case "levels":
      return (
        <List size="xs" spacing={0} listStyleType="none" p={0}>
          {node.levels.map((level) => (
            <List.Item key={level.label}>
              {level.label}: {formatScore(node.max * level.ratio)}
            </List.Item>
          ))}
        </List>
      );
    default:
      return null;
  }
};

const MaxCell = ({ node }: { node: DraftNode }) => {
  const { t } = useTranslation();
  if (!isGroupNode(node)) return <Points value={node.max} />;
  const { counted, children } = groupMax(node);
  return (
    <>
      <Text span fw={700} size="sm">
        <Points value={counted} />
      </Text>
      {node.max !== undefined && children !== node.max && (
        <Text size="xs" c="red.9">
          {t("pacts.childrenSum", { n: formatScore(children) })}
        </Text>
      )}
    </>
  );
};

/** The criteria table as an indented tree, with live totals of the maximum points. */
export const CriteriaTable = ({ nodes, label, issues, actions, bonusCap }: CriteriaTableProps) => {
  const { t } = useTranslation();
  const rows = flatten(nodes);
  const total = draftMaxPoints(nodes);
  return (
    <Table.ScrollContainer minWidth={actions ? 1000 : 780}>
      <Table aria-label={label} verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={80}>
              {t("pacts.code")}
            </Table.Th>
            <Table.Th scope="col">{t("pacts.criterion")}</Table.Th>
            <Table.Th scope="col" w={170}>
              {t("pacts.method")}
            </Table.Th>
            <Table.Th scope="col" w={110} ta="right">
              {t("pacts.max")}
            </Table.Th>
            <Table.Th scope="col" w={200}>
              {t("pacts.details")}
            </Table.Th>
            {actions && <Table.Th scope="col">{t("pacts.actions")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const { node, depth } = row;
            const problems = issues?.get(node.key) ?? [];
            const group = isGroupNode(node);
            return (
              <Table.Tr key={node.key} bg={problems.length > 0 ? "red.0" : group ? "gray.0" : undefined}>
                <Table.Td fw={group ? 700 : 400} style={{ whiteSpace: "nowrap" }}>
                  {node.code}
                </Table.Td>
                <Table.Th
                  scope="row"
                  fw={group ? 700 : 400}
                  style={{ paddingLeft: `calc(${depth} * 1.5rem + 0.5rem)` }}
                >
                  {node.title}
                  {problems.length > 0 && (
                    <List size="sm" c="red.9" mt={4} role="alert">
                      {problems.map((p) => (
                        <List.Item key={`${p.field}-${p.message}`}>
                          {fieldLabel(p.field, t)}: {p.message}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Table.Th>
                <Table.Td>
                  {group ? (
                    <Text size="sm" c="dimmed">
                      {t("pacts.methods.group")}
                    </Text>
                  ) : (
                    <MethodBadge method={node.method} />
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  <MaxCell node={node} />
                </Table.Td>
                <Table.Td>
                  <Details node={node} />
                </Table.Td>
                {actions && <Table.Td>{actions(row)}</Table.Td>}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row" colSpan={3} ta="right">
              {t("pacts.total")}
            </Table.Th>
            <Table.Td ta="right" fw={700} fz="lg" aria-live="polite" style={{ whiteSpace: "nowrap" }}>
              <Points value={total} />
            </Table.Td>
            <Table.Td colSpan={actions ? 2 : 1}>
              {bonusCap !== undefined && (
                <Text size="sm" c="dimmed">
                  {t("pacts.bonusCap", { n: formatScore(bonusCap) })}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
};
