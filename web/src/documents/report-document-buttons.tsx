import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { buildUrl } from "../api/client";

/** The unit report as an official document: PDF opens in the browser, Word downloads. */
export const ReportDocumentButtons = ({ reportId }: { reportId: string }) => {
  const { t } = useTranslation();
  const href = (format: "pdf" | "docx") =>
    buildUrl(`/reports/${encodeURIComponent(reportId)}/document.${format}`);
  return (
    <>
      <Button component="a" href={href("pdf")} target="_blank" rel="noopener" variant="default">
        {t("documents.reportPdf")}
      </Button>
      <Button component="a" href={href("docx")} download variant="default">
        {t("documents.reportWord")}
      </Button>
    </>
  );
};
