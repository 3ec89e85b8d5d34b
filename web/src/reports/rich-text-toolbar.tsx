import { ActionIcon, Group, Tooltip } from "@mantine/core";
import { type Editor, useEditorState } from "@tiptap/react";
import { type KeyboardEvent, type ReactNode, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

// Icons drawn after Tabler Icons (MIT): strokes on a 24-unit grid.
const Icon = ({ d }: { d: string }) => (
  <svg
    width="18"
    height="18"
    viewBox="0 0 24 24"
    aria-hidden="true"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    <path d={d} />
  </svg>
);

const ICONS = {
  bold: "M7 5h6a3.5 3.5 0 0 1 0 7h-6z M13 12h1a3.5 3.5 0 0 1 0 7h-7v-7",
  italic: "M11 5h6 M7 19h6 M14 5l-4 14",
  bulletList: "M9 6h11 M9 12h11 M9 18h11 M5 6v.01 M5 12v.01 M5 18v.01",
  orderedList: "M11 6h9 M11 12h9 M12 18h8 M4 16a2 2 0 1 1 4 0c0 .6-.5 1-1 1.5l-3 2.5h4 M6 10v-6l-2 2",
  heading: "M7 12h10 M7 5v14 M17 5v14 M15 19h4 M15 5h4 M5 19h4 M5 5h4",
  undo: "M9 14l-4-4l4-4 M5 10h11a4 4 0 1 1 0 8h-1",
  redo: "M15 14l4-4l-4-4 M19 10h-11a4 4 0 1 0 0 8h1",
} as const;

type ToolKey = keyof typeof ICONS;
type Tool = { key: ToolKey; keys?: string; pressed?: boolean; disabled?: boolean; run: () => void };

/**
 * The formatting buttons of one editor, as a toolbar: one Tab stop, arrow keys move between buttons
 * (WAI-ARIA toolbar pattern), each with a Vietnamese name, a tooltip and its keyboard shortcut.
 */
export const RichTextToolbar = ({ editor, label }: { editor: Editor; label: string }) => {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      heading: e.isActive("heading"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  // Focus goes back to the text at once (Tiptap's own focus waits a frame, and a fast typist loses a key).
  const chain = () => {
    editor.view.focus();
    return editor.chain().focus();
  };
  const tools: Tool[] = [
    { key: "bold", keys: "Ctrl+B", pressed: state.bold, run: () => chain().toggleBold().run() },
    { key: "italic", keys: "Ctrl+I", pressed: state.italic, run: () => chain().toggleItalic().run() },
    { key: "bulletList", pressed: state.bulletList, run: () => chain().toggleBulletList().run() },
    { key: "orderedList", pressed: state.orderedList, run: () => chain().toggleOrderedList().run() },
    {
      key: "heading",
      pressed: state.heading,
      // A sub-heading of either stored level (h3, h4) turns back into body text; body text becomes h3.
      run: () => (state.heading ? chain().setParagraph().run() : chain().toggleHeading({ level: 3 }).run()),
    },
    { key: "undo", keys: "Ctrl+Z", disabled: !state.canUndo, run: () => chain().undo().run() },
    { key: "redo", keys: "Ctrl+Y", disabled: !state.canRedo, run: () => chain().redo().run() },
  ];
  // The Tab stop stays on an enabled button.
  const stop = tools[current]?.disabled ? 0 : current;
  const move = (event: KeyboardEvent, from: number) => {
    const enabled = tools.flatMap((tool, i) => (tool.disabled ? [] : [i]));
    const at = enabled.indexOf(from);
    const target = {
      ArrowRight: enabled[(at + 1) % enabled.length],
      ArrowLeft: enabled[(at - 1 + enabled.length) % enabled.length],
      Home: enabled[0],
      End: enabled[enabled.length - 1],
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    setCurrent(target);
    buttons.current[target]?.focus();
  };
  const button = (tool: Tool, i: number): ReactNode => {
    const name = t(`reportsUi.editor.${tool.key}`);
    return (
      <Tooltip key={tool.key} label={tool.keys ? `${name} (${tool.keys})` : name} events={TOOLTIP_EVENTS}>
        <ActionIcon
          ref={(el) => {
            buttons.current[i] = el;
          }}
          variant={tool.pressed ? "light" : "subtle"}
          color={tool.pressed ? "blue.9" : "dark"}
          size="lg"
          aria-label={name}
          {...(tool.pressed === undefined ? {} : { "aria-pressed": tool.pressed })}
          {...(tool.keys ? { "aria-keyshortcuts": tool.keys.replace("Ctrl", "Control") } : {})}
          disabled={tool.disabled}
          tabIndex={i === stop ? 0 : -1}
          onClick={tool.run}
          // A mouse click leaves the focus and the selection in the text; the keyboard still reaches the button.
          onMouseDown={(e) => e.preventDefault()}
          onFocus={() => setCurrent(i)}
          onKeyDown={(e) => move(e, i)}
        >
          <Icon d={ICONS[tool.key]} />
        </ActionIcon>
      </Tooltip>
    );
  };
  return (
    <Group
      gap={2}
      role="toolbar"
      aria-label={t("reportsUi.editor.toolbar", { title: label })}
      className="rich-text-toolbar"
    >
      {tools.map(button)}
    </Group>
  );
};

const TOOLTIP_EVENTS = { hover: true, focus: true, touch: false };
