import { Button, Group, Stack } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { useErrorText } from "../api/error-text";
import { sectionList, sectionsOf } from "./report-sections";
import { type ReportDetail, useSaveReport } from "./reports-api";
import { RichTextField } from "./rich-text-field";
import { SaveErrorAlert } from "./save-error-alert";

const htmlByKey = (r: ReportDetail) => Object.fromEntries(sectionList(r).map((s) => [s.key, s.html]));

/**
 * A unit's report text, section by section in the rich-text editor. It saves against the version it opened
 * (a refetch in the background does not hide someone else's save); on a 409 "Tải bản mới nhất" takes the
 * newest version and keeps what was typed here.
 */
export const ReportEditor = ({ report, onDone }: { report: ReportDetail; onDone: () => void }) => {
  const { t } = useTranslation();
  const _errorText = useErrorText();
  const queryClient = useQueryClient();
  const save = useSaveReport(report.id);
  const [base, setBase] = useState(report);
  const [texts, setTexts] = useState(() => htmlByKey(report));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const stale = isApiError(save.error) && save.error.status === 409 && save.error.error === "conflict";

  const reload = async () => {
    await queryClient.refetchQueries({ queryKey: ["reports", report.id] });
    const fresh = queryClient.getQueryData<ReportDetail>(["reports", report.id]);
    if (fresh) {
      setBase(fresh);
      // Sections nobody typed in here show the newest text; typed ones keep what was typed.
      setTexts((prev) => ({
        ...htmlByKey(fresh),
        ...Object.fromEntries([...touched].map((k) => [k, prev[k] ?? ""])),
      }));
    }
    save.reset();
  };
  const submit = () => {
    const stored = htmlByKey(base);
    const html = Object.fromEntries(
      Object.keys(stored).map((k) => [k, touched.has(k) ? (texts[k] ?? "") : (stored[k] ?? "")]),
    );
    save.mutate({ version: base.version, sections: sectionsOf(base, html) }, { onSuccess: onDone });
  };

  return (
    <Stack
      gap="sm"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {sectionList(base).map((s, i) => (
        <RichTextField
          key={s.key}
          id={`sua-muc-${i}`}
          title={s.title}
          value={texts[s.key] ?? ""}
          onChange={(value) => {
            setTexts((prev) => ({ ...prev, [s.key]: value }));
            setTouched((prev) => new Set(prev).add(s.key));
          }}
        />
      ))}
      {save.isError && (
        <SaveErrorAlert
          error={save.error}
          stale={stale}
          staleTitle={t("reportsUi.reports.stale")}
          onReload={reload}
        />
      )}
      <Group>
        <Button type="submit" loading={save.isPending}>
          {t("reportsUi.reports.save")}
        </Button>
        <Button variant="default" onClick={onDone} disabled={save.isPending}>
          {t("reportsUi.reports.cancel")}
        </Button>
      </Group>
    </Stack>
  );
};
