import { Alert, Button, Group, Modal, Progress, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import { useCurrentUser } from "../auth/current-user";
import { RoleBadge } from "../clusters/badges";
import { formatDateTime } from "../lib/format";
import { FileDrop } from "../shell/file-drop";
import { FileTable } from "../shell/file-table";
import {
  type PactMember,
  type PactView,
  scanHref,
  useOpenSigning,
  useSignPact,
  useUploadScan,
} from "./pacts-api";

const SCAN_MAX = 20 * 1024 * 1024;

const SignModal = ({
  pact,
  member,
  onClose,
}: {
  pact: PactView;
  member: PactMember;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const user = useCurrentUser();
  const sign = useSignPact(pact.clusterId);
  const [name, setName] = useState(user.displayName);
  const fieldError =
    sign.error && isApiError(sign.error) ? sign.error.issues.find((i) => i.path === "signerName") : undefined;
  const submit = () =>
    sign.mutate(
      { signerName: name.trim(), unitId: member.unitId },
      {
        onSuccess: () => {
          notifications.show({ color: "teal", message: t("pacts.sign.done", { unit: member.name }) });
          onClose();
        },
      },
    );
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("common.close") }}
      opened
      onClose={onClose}
      title={t("pacts.sign.title", { unit: member.name })}
      centered
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Text size="sm">{t("pacts.sign.text", { version: pact.version })}</Text>
          <TextInput
            label={t("pacts.sign.signer")}
            description={t("pacts.sign.signerHint")}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError?.message}
            data-autofocus
          />
          {sign.isError && !fieldError && (
            <Alert color="red" role="alert">
              {errorText(sign.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={sign.isPending}>
              {t("pacts.sign.confirm")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};

/** The members' signatures (who, when), the "Ký giao ước" button, and the scan of the signed paper. */
export const SignaturesSection = ({ pact }: { pact: PactView }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [signing, setSigning] = useState<PactMember | null>(null);
  const open = useOpenSigning(pact.clusterId);
  const upload = useUploadScan(pact.clusterId);
  const signed = pact.members.filter((m) => m.signature).length;
  const canSign = new Set(pact.can.signFor);

  return (
    <Stack gap="md">
      {pact.can.openSigning && (
        <Alert color="blue" variant="light" title={t("pacts.sign.openTitle")}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t("pacts.sign.openText")}</Text>
            {open.isError && (
              <Text c="red.9" size="sm">
                {errorText(open.error)}
              </Text>
            )}
            <Button size="xs" loading={open.isPending} onClick={() => open.mutate(pact.version)}>
              {t("pacts.sign.open")}
            </Button>
          </Stack>
        </Alert>
      )}
      <div>
        <Text size="sm" mb={4}>
          {t("pacts.sign.progress", { signed, total: pact.members.length })}
        </Text>
        <Progress value={(signed / Math.max(pact.members.length, 1)) * 100} color="teal" aria-hidden />
      </div>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label={t("pacts.sign.label")} verticalSpacing="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("clusters.unit")}</Table.Th>
              <Table.Th scope="col">{t("clusters.role")}</Table.Th>
              <Table.Th scope="col">{t("pacts.sign.signer")}</Table.Th>
              <Table.Th scope="col">{t("pacts.sign.when")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pact.members.map((m) => (
              <Table.Tr key={m.unitId}>
                <Table.Th scope="row" fw={500}>
                  {m.name}
                </Table.Th>
                <Table.Td>
                  <RoleBadge role={m.role} />
                </Table.Td>
                <Table.Td>
                  {m.signature ? (
                    <>
                      <Text size="sm" fw={500}>
                        {m.signature.signerName}
                      </Text>
                      {m.signature.signerPost && <Text size="xs">{m.signature.signerPost}</Text>}
                      {m.signature.account && (
                        <Text size="xs" c="dimmed">
                          {t("pacts.sign.account", { name: m.signature.account.displayName })}
                        </Text>
                      )}
                    </>
                  ) : canSign.has(m.unitId) ? (
                    <Button size="xs" onClick={() => setSigning(m)}>
                      {t("pacts.sign.button")}
                    </Button>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t("pacts.sign.notYet")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{m.signature ? formatDateTime(m.signature.signedAt) : ""}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <section aria-labelledby="pact-scans">
        <Title order={3} fz="h5" mb="xs" id="pact-scans">
          {t("pacts.scan.title")}
        </Title>
        <Stack gap="sm">
          {pact.can.attachScan && (
            <FileDrop
              label={t("pacts.scan.drop")}
              accept=".pdf,.jpg,.jpeg,.png"
              maxBytes={SCAN_MAX}
              upload={(file, onProgress) => upload.mutateAsync({ file, onProgress })}
            />
          )}
          <FileTable
            files={pact.scans}
            href={(f) => scanHref(pact.clusterId, f.id)}
            label={t("pacts.scan.title")}
          />
        </Stack>
      </section>
      {signing && <SignModal pact={pact} member={signing} onClose={() => setSigning(null)} />}
    </Stack>
  );
};
