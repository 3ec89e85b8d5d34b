import { NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Person } from "../api/types";

export type OfficerDraft = { personId: string; fullName: string; post: string };
export const emptyOfficer: OfficerDraft = { personId: "", fullName: "", post: "" };

const onDay = (p: Person, day: string) =>
  p.positions.filter((x) => x.validFrom <= day && (x.validTo === null || x.validTo >= day));

/** The chair or the secretary: someone of the register (posts as on the meeting day), or a typed name and post. */
export const OfficerField = ({
  role,
  people,
  day,
  value,
  onChange,
  errorOf,
}: {
  role: "chair" | "secretary";
  people: Person[];
  day: string;
  value: OfficerDraft;
  onChange: (v: OfficerDraft) => void;
  errorOf: (path: string) => string | undefined;
}) => {
  const { t } = useTranslation();
  const roleName = t(`meetprep.${role}`);
  const holders = people.filter((p) => onDay(p, day).length > 0);
  return (
    <Stack gap="xs">
      <NativeSelect
        label={t("meetprep.pickPerson", { role: roleName })}
        description={t("meetprep.pickHint")}
        value={value.personId}
        onChange={(e) => onChange({ ...value, personId: e.currentTarget.value })}
        data={[
          { value: "", label: t("meetprep.typed") },
          ...holders.map((p) => ({
            value: p.id,
            label: `${p.fullName} — ${onDay(p, day)
              .map((x) => x.title)
              .join(", ")}`,
          })),
        ]}
        error={errorOf(`${role}.personId`)}
      />
      {value.personId === "" && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("meetprep.officerName", { role: roleName })}
            value={value.fullName}
            onChange={(e) => onChange({ ...value, fullName: e.currentTarget.value })}
            error={errorOf(`${role}.fullName`)}
          />
          <TextInput
            label={t("meetprep.officerPost", { role: roleName })}
            value={value.post}
            onChange={(e) => onChange({ ...value, post: e.currentTarget.value })}
            error={errorOf(`${role}.post`)}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
};

/** What the API takes: nothing when left blank. */
export const officerInput = (v: OfficerDraft) => {
  if (v.personId) return { personId: v.personId };
  if (!v.fullName.trim() && !v.post.trim()) return undefined;
  return { fullName: v.fullName, post: v.post };
};
