import { Anchor, Button, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatBytes, formatDateTime } from "../lib/format";

export type ListedFile = {
  id: string;
  name: string;
  size: number;
  uploadedBy: string | null;
  uploadedAt: string;
};

type FileTableProps = {
  files: readonly ListedFile[];
  /** The download address of a file (the API answers it as an attachment). */
  href: (file: ListedFile) => string;
  label: string;
  onDelete?: (file: ListedFile) => void;
  canDelete?: (file: ListedFile) => boolean;
};

/** Files with size, uploader and date; each name downloads the file. */
export const FileTable = ({ files, href, label, onDelete, canDelete }: FileTableProps) => {
  const { t } = useTranslation();
  if (files.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("files.none")}
      </Text>
    );
  // On a phone the table keeps its key column (the name, with size · date under it) and the action.
  return (
    <Table aria-label={label} verticalSpacing={4} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("files.name")}</Table.Th>
          <Table.Th scope="col" ta="right" visibleFrom="sm">
            {t("files.size")}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t("files.uploader")}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t("files.date")}
          </Table.Th>
          {onDelete && (
            <Table.Th scope="col" style={{ whiteSpace: "nowrap" }}>
              {t("files.actions")}
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {files.map((file) => (
          <Table.Tr key={file.id}>
            <Table.Td style={{ overflowWrap: "anywhere" }}>
              <Anchor href={href(file)} download={file.name}>
                {file.name}
              </Anchor>
              <Text size="xs" c="dimmed" hiddenFrom="sm">
                {formatBytes(file.size)} · {file.uploadedBy ?? t("common.none")} ·{" "}
                {formatDateTime(file.uploadedAt)}
              </Text>
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: "nowrap" }} visibleFrom="sm">
              {formatBytes(file.size)}
            </Table.Td>
            <Table.Td visibleFrom="sm">{file.uploadedBy ?? t("common.none")}</Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }} visibleFrom="sm">
              {formatDateTime(file.uploadedAt)}
            </Table.Td>
            {onDelete && (
              <Table.Td>
                {(canDelete?.(file) ?? true) && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => onDelete(file)}
                    aria-label={t("files.deleteNamed", { name: file.name })}
                  >
                    {t("files.delete")}
                  </Button>
                )}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};
