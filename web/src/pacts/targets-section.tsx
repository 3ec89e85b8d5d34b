import { Alert, Button, Group, NumberInput, Stack, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import { formatScore } from "../lib/format";
import { type DraftNode, flatten, isGroupNode, replaceNode, type ScoredNode, toDraft } from "./criteria-tree";
import { type PactView, pactKeys, useSetTargets } from "./pacts-api";
import type { PactDraft } from "./use-pact-draft";

type TargetNode = Extract<ScoredNode, { method: "target" | "leaderRelative" }>;
type Cell = number | "";
type Edits = Record<string, Record<string, Cell>>;

const targetNodes = (nodes: readonly DraftNode[]): TargetNode[] =>
  flatten(nodes)
    .map((r) => r.node)
    .filter(
      (n): n is TargetNode => !isGroupNode(n) && (n.method === "target" || n.method === "leaderRelative"),
    );

/** `targets.HL` or `targets["Q-Y"]` → the unit's code. */
const unitOfPath = (path: string): string | null => {
  const match = /^targets(?:\.([^.[]+)|\["(.+)"\])/.exec(path);
  return match ? (match[1] ?? match[2] ?? null) : null;
};

/** Each member's own target (chỉ tiêu) for each target criterion; empty means the common target applies. */
export const TargetsSection = ({ pact, draft }: { pact: PactView; draft: PactDraft }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const setTargets = useSetTargets(pact.clusterId);
  const [edits, setEdits] = useState<Edits>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  // The pact version these edits started from: saving over someone else's newer one is a 409, not an overwrite.
  const [base, setBase] = useState<number | null>(null);
  const [stale, setStale] = useState(false);
  const inDraft = draft.nodes !== null;
  const nodes = draft.nodes ?? toDraft(pact.criteria);
  const criteria = targetNodes(nodes);
  const editable = new Set(pact.status === "draft" ? pact.can.setTargets : []);

  if (criteria.length === 0) return <Text c="dimmed">{t("pacts.targets.none")}</Text>;

  const cellValue = (c: TargetNode, unit: string): Cell => edits[c.code]?.[unit] ?? c.targets?.[unit] ?? "";

  const change = (c: TargetNode, unit: string, value: Cell) => {
    if (inDraft) {
      const targets = { ...(c.targets ?? {}) };
      if (value === "") delete targets[unit];
      else targets[unit] = value;
      const { targets: _old, ...rest } = c;
      const next: TargetNode = Object.keys(targets).length > 0 ? { ...rest, targets } : rest;
      draft.change((n) => replaceNode(n, c.key, next));
      return;
    }
    if (base === null) setBase(pact.version);
    setEdits((e) => ({ ...e, [c.code]: { ...e[c.code], [unit]: value } }));
  };

  const saveAll = async (from = base ?? pact.version) => {
    setErrors({});
    setFailure(null);
    setStale(false);
    let version = from;
    for (const [code, cells] of Object.entries(edits)) {
      const targets = Object.fromEntries(
        Object.entries(cells).map(([unit, v]) => [unit, v === "" ? null : v]),
      );
      try {
        const saved = await setTargets.mutateAsync({ version, criterionCode: code, targets });
        version = saved.pact?.version ?? version;
        setBase(version);
        setEdits(({ [code]: _saved, ...rest }) => rest);
      } catch (error) {
        if (!isApiError(error)) throw error;
        const located = error.issues.flatMap((i) => {
          const unit = unitOfPath(i.path);
          return unit ? [[`${code}:${unit}`, i.message] as const] : [];
        });
        setErrors((e) => ({ ...e, ...Object.fromEntries(located) }));
        setFailure(`${code}: ${errorText(error)}`);
        if (error.status === 409) {
          setStale(true);
          await queryClient.invalidateQueries({ queryKey: pactKeys.pact(pact.clusterId) });
        }
        return;
      }
    }
    setBase(null);
    notifications.show({ color: "teal", message: t("pacts.targets.saved") });
  };

  const dirty = Object.keys(edits).length > 0;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {inDraft ? t("pacts.targets.inDraft") : t("pacts.targets.hint")}
      </Text>
      {failure && (
        <Alert color={stale ? "orange" : "red"} role="alert" title={t("pacts.targets.failed")}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{failure}</Text>
            {stale && (
              <Button size="xs" color="orange" onClick={() => void saveAll(pact.version)}>
                {t("pacts.targets.keepMine", { version: pact.version })}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      <Table.ScrollContainer minWidth={240 + criteria.length * 150}>
        <Table aria-label={t("pacts.targets.label")} withColumnBorders verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("clusters.unit")}</Table.Th>
              {criteria.map((c) => (
                <Table.Th scope="col" key={c.key} title={c.title}>
                  <Text size="sm" fw={700}>
                    {c.code} · {t(`pacts.methods.${c.method}`)}
                  </Text>
                  <Text size="xs" c="dimmed" fw={400} lineClamp={2}>
                    {c.title}
                  </Text>
                  <Text size="xs" fw={400}>
                    {t("pacts.targets.common", { n: c.target === undefined ? "—" : formatScore(c.target) })}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pact.members.map((m) => (
              <Table.Tr key={m.unitId}>
                <Table.Th scope="row" fw={500}>
                  {m.name}
                </Table.Th>
                {criteria.map((c) => {
                  const value = cellValue(c, m.code);
                  const error = errors[`${c.code}:${m.code}`];
                  return (
                    <Table.Td key={c.key}>
                      {editable.has(m.code) ? (
                        <NumberInput
                          aria-label={t("pacts.targets.cell", { unit: m.name, code: c.code })}
                          min={0}
                          decimalSeparator=","
                          size="xs"
                          value={value}
                          placeholder={c.target === undefined ? "—" : formatScore(c.target)}
                          onChange={(v) => change(c, m.code, v === "" ? "" : Number(v))}
                          error={error}
                        />
                      ) : (
                        <Text size="sm" c={value === "" ? "dimmed" : undefined}>
                          {value === "" ? t("pacts.targets.usesCommon") : formatScore(value)}
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!inDraft && editable.size > 0 && (
        <Group>
          <Button onClick={() => void saveAll()} disabled={!dirty} loading={setTargets.isPending}>
            {t("pacts.targets.save")}
          </Button>
          {dirty && (
            <Button variant="default" onClick={() => setEdits({})}>
              {t("pacts.targets.discard")}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
};
