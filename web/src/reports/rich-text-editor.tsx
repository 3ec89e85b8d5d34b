import { Box, Input, Typography } from "@mantine/core";
import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useMemo, useRef, useState } from "react";
import { RichTextToolbar } from "./rich-text-toolbar";
import "./rich-text-editor.css";

export type RichTextEditorProps = {
  /** Stored rich text (HTML as the server sanitised it); "" when empty. */
  value: string;
  onChange: (html: string) => void;
  /** The id of the section heading that names the editing area. */
  labelledBy: string;
  /** The section's title, for the toolbar's name. */
  title: string;
  error?: string | undefined;
};

// Only what the server's sanitiser keeps (src/modules/reports/sanitize.ts) and the documents render
// (src/core/documents/html-blocks.ts): paragraphs, bold, italic, lists, h3/h4, blockquote, links.
// Underline and strike-through are kept by the sanitiser but printed plain in Word/PDF, so the editor
// does not offer them; code and horizontal rules would be stripped on save.
const extensions = [
  StarterKit.configure({
    heading: { levels: [3, 4] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    underline: false,
    strike: false,
    trailingNode: false,
    link: {
      openOnClick: false,
      autolink: true,
      HTMLAttributes: { target: null, rel: "noopener noreferrer" },
    },
  }),
];

/** An empty editor stores "", not "<p></p>", so an untouched empty section stays empty. */
const htmlOf = (editor: { isEmpty: boolean; getHTML: () => string }) =>
  editor.isEmpty ? "" : editor.getHTML();

/**
 * One section's rich text: a toolbar (bold, italic, lists, sub-heading, undo/redo) over an editing area
 * named by the section heading. Tab leaves the area (no keyboard trap), so lists are not nested by Tab.
 */
export const RichTextEditor = ({ value, onChange, labelledBy, title, error }: RichTextEditorProps) => {
  const emitted = useRef(value);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const errorId = `${labelledBy}-error`;
  const [initial] = useState(value);
  // Stable between renders: the editor re-applies its props only when the label or the error changes.
  const editorProps = useMemo(
    () => ({
      attributes: {
        "aria-labelledby": labelledBy,
        "aria-multiline": "true",
        ...(error ? { "aria-invalid": "true", "aria-describedby": errorId } : {}),
        class: "rich-text-area",
      },
      handleDOMEvents: {
        // true: ProseMirror's keymaps (list indent) skip Tab, and the browser moves focus as usual.
        keydown: (_view: unknown, event: KeyboardEvent) => event.key === "Tab",
      },
    }),
    [labelledBy, error, errorId],
  );
  const editor = useEditor({
    extensions,
    content: initial,
    editorProps,
    onUpdate: ({ editor: e }) => {
      const html = htmlOf(e);
      emitted.current = html;
      onChangeRef.current(html);
    },
  });

  // A value from outside (the newest version after a 409) replaces the text; our own echo does not.
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    editor.commands.setContent(value, { emitUpdate: false });
  }, [value, editor]);

  return (
    <Box className="rich-text" data-invalid={error ? true : undefined}>
      <RichTextToolbar editor={editor} label={title} />
      <Typography className="rich-text-content">
        <EditorContent editor={editor} />
      </Typography>
      {error && <Input.Error id={errorId}>{error}</Input.Error>}
    </Box>
  );
};
