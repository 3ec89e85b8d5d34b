import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatScore } from "../lib/format";
import { signedScore } from "./phone-charts";
import type { MatrixResponse } from "./ranking-api";

/**
 * "+1,5" in green, "−2" in red, "0" plain: the sign is written, never just a colour. For a penalty
 * more is worse, so `invert` colours a rise red.
 */
export const Delta = ({ value, invert = false }: { value: number; invert?: boolean }) => {
  if (value === 0) return <Text span>0</Text>;
  const good = invert ? value < 0 : value > 0;
  return (
    <Text span fw={700} c={good ? "teal.9" : "red.9"}>
      {value > 0 ? "+" : "−"}
      {formatScore(Math.abs(value))}
    </Text>
  );
};

/** Each unit's own score against the final one, with the criteria where they differ. */
export const SelfVsFinalTable = ({ matrix, caption }: { matrix: MatrixResponse; caption: string }) => {
  const { t } = useTranslation();
  const nodes = new Map(matrix.criteria.map((c) => [c.code, c]));
  if (matrix.selfVsFinal.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t("ranking.noSelf")}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={340}>
      <Table aria-label={caption} verticalSpacing="sm" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("ranking.unit")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("ranking.selfTotal")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("ranking.finalTotal")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("ranking.difference")}
            </Table.Th>
            <Table.Th scope="col" visibleFrom="sm">
              {t("ranking.changedCriteria")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matrix.selfVsFinal.map((u) => {
            const changed = u.criteria.filter((c) => nodes.get(c.code)?.method !== "group");
            return (
              <Table.Tr key={u.unit} bg={u.difference !== 0 ? "yellow.0" : undefined}>
                <Table.Th scope="row" fw={500}>
                  {u.name}
                </Table.Th>
                <Table.Td ta="right">{formatScore(u.selfTotal)}</Table.Td>
                <Table.Td ta="right" fw={700}>
                  {formatScore(u.finalTotal)}
                </Table.Td>
                <Table.Td ta="right">
                  <Delta value={u.difference} />
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  {changed.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t("ranking.noChange")}
                    </Text>
                  ) : (
                    changed.map((c) => {
                      // A penalty shows as what it takes off: "−1 → −2 (−1)", a rise in red.
                      const kind = nodes.get(c.code)?.kind;
                      return (
                        <Text size="sm" key={c.code} title={nodes.get(c.code)?.title}>
                          <b>{c.code}</b>{" "}
                          {t("ranking.fromTo", {
                            from: signedScore(c.self, kind),
                            to: signedScore(c.final, kind),
                          })}{" "}
                          (<Delta value={kind === "penalty" ? -c.difference : c.difference} />)
                        </Text>
                      );
                    })
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
