import { Button, Container, NativeSelect, Stack, Text } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../auth/current-user";
import { formatNumber } from "../lib/format";
import { useOrgs } from "../orgs/orgs-api";
import { Empty } from "../shell/empty";
import { PageHeader } from "../shell/page-header";
import { PageLoader, QueryError } from "../shell/query-state";
import { useYear } from "../shell/year-context";
import { AccountTable } from "./account-table";
import { type Account, useAccounts, useAllClusters } from "./accounts-api";
import { type Choice, CreateAccountModal } from "./create-account-modal";
import { ResetPasswordModal } from "./reset-password-modal";

type Council = { id: string; name: string };

/** The units of the year chosen at the top and the clusters of every year a new account can be given, and clusters' short names. */
const useChoices = (councilId: string) => {
  const { t } = useTranslation();
  const { year } = useYear();
  const orgs = useOrgs(year);
  const clusters = useAllClusters();
  return useMemo(() => {
    const ofCouncil = (clusters.data ?? []).filter((c) => c.councilId === councilId);
    const units: Choice[] = (orgs.data ?? [])
      .filter((o) => o.kind === "unit")
      .map((o) => ({ value: o.id, label: o.name }));
    const clusterChoices: Choice[] = ofCouncil.map((c) => ({
      value: c.id,
      label: t("accounts.clusterLabel", { name: c.shortName ?? c.name, year: c.year }),
    }));
    const short = new Map(ofCouncil.map((c) => [c.id, c.shortName ?? c.name]));
    return { units, clusters: clusterChoices, short, year };
  }, [orgs.data, clusters.data, councilId, t, year]);
};

const CouncilAccounts = ({ council }: { council: Council }) => {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const accounts = useAccounts(council.id);
  const choices = useChoices(council.id);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<Account | null>(null);

  const body = () => {
    if (accounts.isPending) return <PageLoader />;
    if (accounts.isError)
      return <QueryError error={accounts.error} onRetry={() => void accounts.refetch()} />;
    const others = accounts.data.filter((a) => a.id !== user.id);
    if (others.length === 0)
      return (
        <Empty
          title={t("accounts.emptyTitle")}
          description={t("accounts.emptyText", { council: council.name })}
          icon="∅"
        />
      );
    return (
      <>
        <Text size="sm" c="dimmed">
          {t("accounts.count", { n: formatNumber(accounts.data.length) })}
        </Text>
        <AccountTable
          accounts={accounts.data}
          councilName={council.name}
          clusterShort={choices.short}
          selfId={user.id}
          onReset={setResetting}
        />
      </>
    );
  };

  return (
    <Stack gap="md">
      <div>
        <Button onClick={() => setCreating(true)}>{t("accounts.create")}</Button>
      </div>
      {body()}
      <CreateAccountModal
        councilId={council.id}
        opened={creating}
        onClose={() => setCreating(false)}
        units={choices.units}
        year={choices.year}
        clusters={choices.clusters}
      />
      <ResetPasswordModal account={resetting} onClose={() => setResetting(null)} />
    </Stack>
  );
};

/** /quan-tri — a council admin manages the council's accounts; anyone else is told who does. */
export const AdminPage = () => {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const councils: Council[] = [];
  for (const g of user.grants)
    if (g.role === "council_admin" && !councils.some((c) => c.id === g.councilId))
      councils.push({ id: g.councilId, name: g.councilName });
  const [picked, setPicked] = useState<string | null>(null);
  const council = councils.find((c) => c.id === picked) ?? councils[0];

  if (!council)
    return (
      <Container size="md" px={0}>
        <PageHeader title={t("accounts.title")} />
        <Empty title={t("accounts.notAdminTitle")} description={t("accounts.notAdminText")} icon="!" />
      </Container>
    );

  return (
    <>
      <PageHeader title={t("accounts.title")} subtitle={t("accounts.subtitle", { council: council.name })} />
      {councils.length > 1 && (
        <NativeSelect
          label={t("accounts.council")}
          data={councils.map((c) => ({ value: c.id, label: c.name }))}
          value={council.id}
          onChange={(e) => setPicked(e.currentTarget.value)}
          mb="md"
          maw={420}
        />
      )}
      <CouncilAccounts key={council.id} council={council} />
    </>
  );
};
