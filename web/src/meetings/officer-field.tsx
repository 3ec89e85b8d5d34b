import { NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Person } from "../api/types";
import type { MeetingAccount } from "./prep-api";

/**
 * The chair or the secretary being named: the delegate already holding the role (`delegateId`, when editing),
 * someone of the register, or a typed name and post; and the account they sign in with ("" = none).
 */
export type OfficerDraft = {
  delegateId: string;
  personId: string;
  fullName: string;
  post: string;
  userId: string;
};
export const emptyOfficer: OfficerDraft = {
  delegateId: "",
  personId: "",
  fullName: "",
  post: "",
  userId: "",
};

const onDay = (p: Person, day: string) =>
  p.positions.filter((x) => x.validFrom <= day && (x.validTo === null || x.validTo >= day));

const KEEP = "keep:";

/** The chair or the secretary: someone of the register (posts as on the meeting day), or a typed name and post. */
export const OfficerField = ({
  role,
  people,
  day,
  value,
  onChange,
  errorOf,
  accounts,
  current,
}: {
  role: "chair" | "secretary";
  people: Person[];
  day: string;
  value: OfficerDraft;
  onChange: (v: OfficerDraft) => void;
  errorOf: (path: string) => string | undefined;
  /** The council's accounts; undefined while unknown (then the server links the register's own account). */
  accounts?: MeetingAccount[];
  /** The delegate holding the role now, when editing a convened meeting. */
  current?: { id: string; label: string; userId: string | null };
}) => {
  const { t } = useTranslation();
  const roleName = t(`meetprep.${role}`);
  const holders = people.filter((p) => onDay(p, day).length > 0);
  const ownAccount = (personId: string) => accounts?.find((a) => a.personId === personId && personId !== "");
  const selected = value.delegateId ? `${KEEP}${value.delegateId}` : value.personId;
  const pick = (choice: string) => {
    if (current && choice === `${KEEP}${current.id}`)
      return onChange({ ...emptyOfficer, delegateId: current.id, userId: current.userId ?? "" });
    // A person of the register brings their own account, when they have one.
    const own = ownAccount(choice);
    onChange({ ...value, delegateId: "", personId: choice, userId: own?.id ?? (choice ? "" : value.userId) });
  };
  const linked = value.personId ? ownAccount(value.personId) : undefined;
  return (
    <Stack gap="xs">
      <NativeSelect
        label={t("meetprep.pickPerson", { role: roleName })}
        description={t("meetprep.pickHint")}
        value={selected}
        onChange={(e) => pick(e.currentTarget.value)}
        data={[
          ...(current
            ? [{ value: `${KEEP}${current.id}`, label: t("meetedit.keep", { name: current.label }) }]
            : []),
          { value: "", label: t("meetprep.typed") },
          ...holders.map((p) => ({
            value: p.id,
            label: `${p.fullName} — ${onDay(p, day)
              .map((x) => x.title)
              .join(", ")}`,
          })),
        ]}
        error={errorOf(`${role}.personId`) ?? errorOf(`${role}.delegateId`)}
      />
      {value.personId === "" && value.delegateId === "" && (
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
      {accounts && (
        <NativeSelect
          label={t("meetedit.account", { role: roleName })}
          description={
            linked && linked.id === value.userId
              ? t("meetedit.accountLinked", { name: `${linked.displayName} (${linked.username})` })
              : t("meetedit.accountHint", { role: roleName.toLowerCase() })
          }
          value={value.userId}
          onChange={(e) => onChange({ ...value, userId: e.currentTarget.value })}
          data={[
            { value: "", label: t("meetedit.noAccount") },
            ...accounts.map((a) => ({ value: a.id, label: `${a.displayName} (${a.username})` })),
          ]}
          error={errorOf(`${role}.userId`)}
        />
      )}
    </Stack>
  );
};

/**
 * What the API takes: nothing when left blank. The account is sent as chosen once the accounts are known;
 * before that it is left out, and the server links the register person's own account.
 */
export const officerInput = (v: OfficerDraft, accountsKnown: boolean) => {
  const account = accountsKnown ? { userId: v.userId || null } : {};
  if (v.delegateId) return { delegateId: v.delegateId, ...account };
  if (v.personId) return { personId: v.personId, ...account };
  if (!v.fullName.trim() && !v.post.trim()) return undefined;
  return { fullName: v.fullName, post: v.post, ...account };
};
