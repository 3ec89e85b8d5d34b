import { Center, Loader, Stack, Title } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import type { RichTextEditorProps } from "./rich-text-editor";

// Tiptap (ProseMirror) is downloaded only when someone edits a report, not with the page that shows it.
const RichTextEditor = lazy(() => import("./rich-text-editor").then((m) => ({ default: m.RichTextEditor })));

type RichTextFieldProps = Omit<RichTextEditorProps, "labelledBy"> & {
  /** A stable id for the section heading that names the editor. */
  id: string;
};

/** A report section to edit: its heading, then the rich-text editor (lazy), named by that heading. */
export const RichTextField = ({ id, title, ...editor }: RichTextFieldProps) => {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Title order={2} fz="md" id={id}>
        {title}
      </Title>
      <Suspense
        fallback={
          <Center h={140}>
            <Loader size="sm" role="status" aria-label={t("reportsUi.editor.loading")} />
          </Center>
        }
      >
        <RichTextEditor labelledBy={id} title={title} {...editor} />
      </Suspense>
    </Stack>
  );
};
