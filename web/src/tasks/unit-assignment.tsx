import { Checkbox, NativeSelect, NumberInput, Radio, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ClusterMember } from "../api/types";

export type Assignment = {
  all: boolean;
  units: string[];
  lead: string;
  targets: Record<string, number | string>;
};

type Props = {
  members: ClusterMember[];
  value: Assignment;
  onChange: (next: Assignment) => void;
  withTargets: boolean;
  errorOf: (path: string) => string | undefined;
};

const unitName = (m: ClusterMember) => m.shortName ?? m.name;

/** All members or some; the lead unit among the assigned; a target per assigned unit when there is an indicator. */
export const UnitAssignment = ({ members, value, onChange, withTargets, errorOf }: Props) => {
  const { t } = useTranslation();
  const assigned = value.all ? members.map((m) => m.unitId) : value.units;
  const toggle = (unitId: string, on: boolean) => {
    const units = on ? [...value.units, unitId] : value.units.filter((u) => u !== unitId);
    onChange({ ...value, units, lead: units.includes(value.lead) ? value.lead : "" });
  };
  const assignError =
    value.units.map((_, i) => errorOf(`assignTo[${i}]`)).find(Boolean) ?? errorOf("assignTo");
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t("tasks.create.assignTo")}
        value={value.all ? "all" : "some"}
        onChange={(v) => onChange({ ...value, all: v === "all" })}
        error={assignError}
      >
        <Stack gap={6} mt="xs">
          <Radio value="all" label={t("tasks.create.allUnits", { n: members.length })} />
          <Radio value="some" label={t("tasks.create.someUnits")} />
        </Stack>
      </Radio.Group>
      <Table.ScrollContainer minWidth={300}>
        <Table verticalSpacing="xs" aria-label={t("tasks.create.unitsLabel")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("tasks.unit")}</Table.Th>
              {withTargets && <Table.Th>{t("tasks.target")}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((m) => {
              const on = assigned.includes(m.unitId);
              return (
                <Table.Tr key={m.unitId}>
                  <Table.Td>
                    {value.all ? (
                      <Text size="sm">{unitName(m)}</Text>
                    ) : (
                      <Checkbox
                        label={unitName(m)}
                        checked={on}
                        onChange={(e) => toggle(m.unitId, e.currentTarget.checked)}
                      />
                    )}
                  </Table.Td>
                  {withTargets && (
                    <Table.Td>
                      <NumberInput
                        aria-label={t("tasks.create.targetOf", { unit: unitName(m) })}
                        disabled={!on}
                        min={0}
                        decimalSeparator=","
                        thousandSeparator="."
                        value={value.targets[m.unitId] ?? ""}
                        onChange={(n) => onChange({ ...value, targets: { ...value.targets, [m.unitId]: n } })}
                        error={errorOf(`targets.${m.unitId}`)}
                        w={120}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <NativeSelect
        label={t("tasks.create.lead")}
        value={value.lead}
        onChange={(e) => onChange({ ...value, lead: e.currentTarget.value })}
        data={[
          { value: "", label: t("tasks.create.noLead") },
          ...members
            .filter((m) => assigned.includes(m.unitId))
            .map((m) => ({ value: m.unitId, label: unitName(m) })),
        ]}
        error={errorOf("leadUnitId")}
      />
    </Stack>
  );
};
