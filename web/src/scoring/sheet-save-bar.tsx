import { Button, Group, Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormSheet } from "./form-sheet";

/** The one save of the form, kept in view at the bottom of the page while there is something to save. */
export const SheetSaveBar = () => {
  const { t } = useTranslation();
  const sheet = useFormSheet();
  const count = sheet.entries.size;
  if (count === 0 && !sheet.savedAt && !sheet.message) return null;
  return (
    <Paper
      withBorder
      shadow="md"
      p="sm"
      radius="md"
      pos="sticky"
      bottom={8}
      style={{ zIndex: 5 }}
      role="region"
      aria-label={t("form.saveBar")}
    >
      <Group justify="space-between" gap="xs">
        <Text size="sm" c={sheet.message ? "red.9" : count > 0 ? undefined : "teal.9"} aria-live="polite">
          {sheet.message ?? (count > 0 ? t("form.unsavedCount", { count }) : t("scoring.saved"))}
        </Text>
        {count > 0 && (
          <Group gap="xs">
            <Button variant="subtle" onClick={sheet.reset}>
              {t("scoring.undo")}
            </Button>
            <Button onClick={() => void sheet.save()} loading={sheet.saving}>
              {t("form.saveAll")}
            </Button>
          </Group>
        )}
      </Group>
    </Paper>
  );
};
