import { Alert, Anchor, Button, List, Modal, NativeSelect, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError, isApiError } from "../api/client";
import { useCurrentUser } from "../auth/current-user";
import { sortVi } from "../lib/text";
import { FileDrop } from "../shell/file-drop";
import { IssueList } from "../shell/issue-list";
import { type ImportResult, useImportClusterYear } from "./import-api";

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const Created = ({ result }: { result: ImportResult }) => {
  const { t } = useTranslation();
  return (
    <Alert color="teal" role="status" title={t("exchange.imported", result.cluster)}>
      <Stack gap={4}>
        <Text size="sm">
          {result.cluster.created ? t("exchange.importedCreated") : t("exchange.importedUpdated")} ·{" "}
          {t("exchange.importedCounts", {
            criteria: result.criteria,
            assessments: result.assessments,
            inputs: result.inputs,
            pact: t(`pacts.status.${result.pactStatus}`),
          })}
        </Text>
        {result.createdUnits.length > 0 && (
          <Text size="sm">
            {t("exchange.createdUnits", {
              units: result.createdUnits.map((u) => `${u.name} (${u.code})`).join(", "),
            })}
          </Text>
        )}
        {result.notes.length > 0 && (
          <List size="sm" aria-label={t("exchange.notes")}>
            {result.notes.map((n) => (
              <List.Item key={`${n.path}-${n.message}`}>
                {n.path}: {n.message}
              </List.Item>
            ))}
          </List>
        )}
        <Anchor component={Link} to={`/cum/${result.clusterId}?year=${result.cluster.year}`} size="sm">
          {t("exchange.openCluster")} →
        </Anchor>
      </Stack>
    </Alert>
  );
};

/** The council admin's "Nhập tệp JSON của cụm": choose the council, upload with progress, see the outcome. */
export const ImportClusterYearButton = () => {
  const { t } = useTranslation();
  const councils = sortVi(
    [
      ...new Map(
        useCurrentUser()
          .grants.filter((g) => g.role === "council_admin")
          .map((g) => [g.councilId, { id: g.councilId, name: g.councilName }]),
      ).values(),
    ],
    (c) => c.name,
  );
  const [open, setOpen] = useState(false);
  const [councilId, setCouncilId] = useState(councils.length === 1 ? (councils[0]?.id ?? "") : "");
  const [councilError, setCouncilError] = useState<string | undefined>();
  const [result, setResult] = useState<ImportResult | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const run = useImportClusterYear();
  if (councils.length === 0) return null;

  const upload = async (file: File, onProgress: (p: number) => void) => {
    setResult(null);
    setRefusal(null);
    if (!councilId) {
      setCouncilError(t("exchange.councilRequired"));
      throw new ApiError(400, "validation", t("exchange.councilRequired"));
    }
    const text = await file.text();
    try {
      JSON.parse(text);
    } catch {
      throw new ApiError(400, "validation", t("exchange.notJson"));
    }
    try {
      setResult(await run.mutateAsync({ councilId, text, onProgress }));
    } catch (error) {
      if (isApiError(error)) {
        setRefusal(error);
        const councilIssue = error.issues.find((i) => i.path === "councilId");
        if (councilIssue) setCouncilError(councilIssue.message);
      }
      throw error;
    }
  };

  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        {t("exchange.clusterImport")}
      </Button>
      <Modal
        closeButtonProps={{ "aria-label": t("common.close") }}
        opened={open}
        onClose={() => setOpen(false)}
        title={t("exchange.clusterImportTitle")}
        size="lg"
        centered
      >
        <Stack gap="sm">
          <Text size="sm">{t("exchange.clusterImportText")}</Text>
          {councils.length > 1 && (
            <NativeSelect
              label={t("exchange.council")}
              required
              value={councilId}
              onChange={(e) => {
                setCouncilId(e.currentTarget.value);
                setCouncilError(undefined);
              }}
              data={[{ value: "", label: "—" }, ...councils.map((c) => ({ value: c.id, label: c.name }))]}
              error={councilError}
            />
          )}
          <FileDrop
            label={t("exchange.jsonDrop")}
            accept=".json,application/json"
            maxBytes={MAX_IMPORT_BYTES}
            upload={upload}
          />
          {refusal && <IssueList issues={refusal.issues} />}
          {result && <Created result={result} />}
        </Stack>
      </Modal>
    </>
  );
};
