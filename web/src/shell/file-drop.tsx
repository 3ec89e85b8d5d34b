import { Alert, Box, Button, Group, Progress, Stack, Text } from "@mantine/core";
import { type DragEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../api/error-text";
import { formatBytes } from "../lib/format";

type Upload = { name: string; percent: number };

type FileDropProps = {
  /** What the files are, for the zone's label: "Bản scan giao ước đã ký". */
  label: string;
  /** The `accept` attribute: ".pdf,.jpg,.png". */
  accept?: string;
  /** Checked before sending, so a too-large file is refused at once; the server checks again. */
  maxBytes?: number;
  multiple?: boolean;
  /** Sends one file, reporting 0–100; resolves when the server has stored it. */
  upload: (file: File, onProgress: (percent: number) => void) => Promise<unknown>;
  disabled?: boolean;
};

/** Drag and drop or choose files; each goes up with a progress bar, and a refusal says why. */
export const FileDrop = ({
  label,
  accept,
  maxBytes,
  multiple = false,
  upload,
  disabled = false,
}: FileDropProps) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [current, setCurrent] = useState<Upload | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string[]>([]);

  const send = async (files: File[]) => {
    setErrors([]);
    setDone([]);
    for (const file of files) {
      if (maxBytes !== undefined && file.size > maxBytes) {
        setErrors((e) => [...e, t("files.tooLarge", { name: file.name, max: formatBytes(maxBytes) })]);
        continue;
      }
      setCurrent({ name: file.name, percent: 0 });
      try {
        await upload(file, (percent) => setCurrent({ name: file.name, percent }));
        setDone((d) => [...d, file.name]);
      } catch (error) {
        setErrors((e) => [...e, `${file.name}: ${errorText(error)}`]);
      }
    }
    setCurrent(null);
    if (input.current) input.current.value = "";
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (disabled || current) return;
    const files = Array.from(event.dataTransfer.files);
    void send(multiple ? files : files.slice(0, 1));
  };

  return (
    <Stack gap="xs">
      <Box
        onDragOver={(event) => {
          event.preventDefault();
          if (!disabled) setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        p="md"
        style={{
          border: `2px dashed var(--mantine-color-${over ? "blue-6" : "gray-5"})`,
          borderRadius: "var(--mantine-radius-md)",
          background: over ? "var(--mantine-color-blue-0)" : undefined,
        }}
      >
        <Group gap="sm" justify="center" wrap="wrap">
          <Text size="sm" fw={500}>
            {label}
          </Text>
          <Text size="sm" c="dimmed">
            {t("files.dropHint")}
          </Text>
          <input
            ref={input}
            id={inputId}
            type="file"
            accept={accept}
            multiple={multiple}
            disabled={disabled || current !== null}
            className="visually-hidden-input"
            onChange={(event) => void send(Array.from(event.currentTarget.files ?? []))}
          />
          <Button
            component="label"
            htmlFor={inputId}
            size="xs"
            variant="light"
            disabled={disabled || current !== null}
          >
            {t("files.choose")}
          </Button>
        </Group>
        {maxBytes !== undefined && (
          <Text size="xs" c="dimmed" ta="center" mt={4}>
            {t("files.limits", { max: formatBytes(maxBytes) })}
          </Text>
        )}
      </Box>
      <div aria-live="polite">
        {current && (
          <Stack gap={2}>
            <Text size="xs">{t("files.uploading", { name: current.name, percent: current.percent })}</Text>
            <Progress value={current.percent} aria-label={t("files.progress", { name: current.name })} />
          </Stack>
        )}
        {done.length > 0 && !current && (
          <Text size="xs" c="teal.9">
            {t("files.uploaded", { names: done.join(", ") })}
          </Text>
        )}
      </div>
      {errors.length > 0 && (
        <Alert color="red" role="alert" title={t("files.failed")} p="xs">
          {errors.map((e) => (
            <Text size="sm" key={e}>
              {e}
            </Text>
          ))}
        </Alert>
      )}
    </Stack>
  );
};
