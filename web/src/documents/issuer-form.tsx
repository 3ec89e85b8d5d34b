import { Alert, Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import { IssueList } from "../shell/issue-list";
import { type ClusterIssuers, useSaveIssuer } from "./documents-api";

type Issuer = ClusterIssuers["issuers"][number];

/** Edits how one body heads its documents: superior body, issuing body, symbol, place. */
export const IssuerForm = ({
  clusterId,
  issuer,
  onClose,
}: {
  clusterId: string;
  issuer: Issuer;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const save = useSaveIssuer(clusterId, issuer.orgId);
  const [superiorBody, setSuperiorBody] = useState(issuer.superiorBody ?? "");
  const [issuingBody, setIssuingBody] = useState(issuer.issuingBody);
  const [symbol, setSymbol] = useState(issuer.symbol);
  const [place, setPlace] = useState(issuer.place);
  const issues = isApiError(save.error) ? save.error.issues : [];
  const fieldError = (path: string) => issues.find((i) => i.path === path)?.message;
  const submit = () =>
    save.mutate(
      { superiorBody: superiorBody.trim() ? superiorBody : null, issuingBody, symbol, place },
      { onSuccess: onClose },
    );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("documents.settings.editTitle", { name: issuer.name })}
      size="lg"
    >
      <Stack gap="sm">
        <Text size="sm">{t("documents.settings.editHelp")}</Text>
        <TextInput
          label={t("documents.settings.superiorBody")}
          description={t("documents.settings.superiorHelp")}
          value={superiorBody}
          onChange={(e) => setSuperiorBody(e.currentTarget.value)}
          error={fieldError("superiorBody")}
        />
        <TextInput
          label={t("documents.settings.issuingBody")}
          value={issuingBody}
          onChange={(e) => setIssuingBody(e.currentTarget.value)}
          error={fieldError("issuingBody")}
          required
        />
        <TextInput
          label={t("documents.settings.symbol")}
          description={t("documents.settings.symbolHelp")}
          value={symbol}
          onChange={(e) => setSymbol(e.currentTarget.value)}
          error={fieldError("symbol")}
          required
        />
        <TextInput
          label={t("documents.settings.place")}
          value={place}
          onChange={(e) => setPlace(e.currentTarget.value)}
          error={fieldError("place")}
          required
        />
        {save.isError && (
          <Alert color="red" role="alert">
            {errorText(save.error)}
          </Alert>
        )}
        {issues.length > 0 && <IssueList issues={issues} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {t("documents.settings.save")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
