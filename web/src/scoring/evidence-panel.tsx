import { Button, Collapse, Stack } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../api/error-text";
import { FileDrop } from "../shell/file-drop";
import { FileTable } from "../shell/file-table";
import {
  type AssessmentDetail,
  type CriterionRow,
  evidenceHref,
  useAttachEvidence,
  useDeleteEvidence,
} from "./assessments-api";

const EVIDENCE_MAX = 20 * 1024 * 1024;
const ACCEPT = ".pdf,.jpg,.jpeg,.png,.gif,.webp,.doc,.docx,.xls,.xlsx";

/** A criterion's evidence (minh chứng): the files with size, uploader and date, and the upload zone. */
export const EvidencePanel = ({ assessment, row }: { assessment: AssessmentDetail; row: CriterionRow }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { clusterId, unitId, can } = assessment;
  const [opened, { toggle }] = useDisclosure(row.evidence.length > 0);
  const attach = useAttachEvidence(clusterId, unitId);
  const remove = useDeleteEvidence(clusterId, unitId);
  if (row.evidence.length === 0 && !can.attachEvidence) return null;
  const panelId = `minh-chung-${row.code}`;
  return (
    <Stack gap="xs" mt="sm">
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={panelId}
        style={{ alignSelf: "flex-start" }}
      >
        {opened ? "▾" : "▸"} {t("scoring.evidence", { n: row.evidence.length })}
      </Button>
      <Collapse expanded={opened} id={panelId}>
        <Stack gap="xs">
          <FileTable
            files={row.evidence}
            href={(f) => evidenceHref(clusterId, unitId, f.id)}
            label={t("scoring.evidenceOf", { code: row.code })}
            onDelete={(f) =>
              remove.mutate(f.id, {
                onError: (error) => notifications.show({ color: "red", message: errorText(error) }),
              })
            }
            canDelete={(f) => row.evidence.find((e) => e.id === f.id)?.canDelete ?? false}
          />
          {can.attachEvidence && (
            <FileDrop
              label={t("scoring.evidenceDrop", { code: row.code })}
              accept={ACCEPT}
              maxBytes={EVIDENCE_MAX}
              multiple
              upload={(file, onProgress) => attach.mutateAsync({ criterionCode: row.code, file, onProgress })}
            />
          )}
        </Stack>
      </Collapse>
    </Stack>
  );
};
