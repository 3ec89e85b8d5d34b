import { Button, List, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../lib/format";
import type { Account } from "./accounts-api";
import { grantLabel } from "./grant-label";

const ResetButton = ({ account, onReset }: { account: Account; onReset: (account: Account) => void }) => {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-sm"
      variant="light"
      onClick={() => onReset(account)}
      aria-label={t("accounts.resetFor", { name: account.displayName })}
    >
      {t("accounts.reset")}
    </Button>
  );
};

type AccountTableProps = {
  accounts: readonly Account[];
  councilName: string;
  clusterShort: ReadonlyMap<string, string>;
  selfId: string;
  onReset: (account: Account) => void;
};

/**
 * The council's accounts: name (row header), username, roles with their unit or cluster, created date, and
 * "Đặt lại mật khẩu". At 390 px the username and the button move under the name and the date hides: name,
 * roles and the action stay in view.
 */
export const AccountTable = ({ accounts, councilName, clusterShort, selfId, onReset }: AccountTableProps) => {
  const { t } = useTranslation();
  return (
    <Table striped aria-label={t("accounts.tableLabel", { council: councilName })} verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("accounts.name")}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t("accounts.username")}
          </Table.Th>
          <Table.Th scope="col">{t("accounts.roles")}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t("accounts.created")}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t("accounts.actions")}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {accounts.map((account) => (
          <Table.Tr key={account.id} style={{ verticalAlign: "top" }}>
            <Table.Th scope="row" fw={600}>
              {account.displayName}
              <Stack gap={6} hiddenFrom="sm" align="flex-start">
                <Text size="xs" c="dimmed" ff="monospace">
                  {account.username}
                </Text>
                {account.id !== selfId && <ResetButton account={account} onReset={onReset} />}
              </Stack>
            </Table.Th>
            <Table.Td visibleFrom="sm" ff="monospace">
              {account.username}
            </Table.Td>
            <Table.Td>
              <List size="sm" spacing={2} listStyleType="none" p={0}>
                {account.grants.map((grant) => (
                  <List.Item key={`${grant.role}-${grant.clusterId ?? ""}-${grant.unitId ?? ""}`}>
                    {grantLabel(t, grant, clusterShort)}
                  </List.Item>
                ))}
              </List>
            </Table.Td>
            <Table.Td visibleFrom="sm" style={{ whiteSpace: "nowrap" }}>
              {formatDateTime(account.createdAt).slice(0, 10)}
            </Table.Td>
            <Table.Td visibleFrom="sm">
              {account.id !== selfId && <ResetButton account={account} onReset={onReset} />}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};
