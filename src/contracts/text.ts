import { z } from "zod";
import { badCharacterAt, badCharacterMessage } from "../core/text/bad-characters";
import { cleanFileName } from "../core/text/file-name";

// One rule for every piece of text people type or files carry: PostgreSQL cannot store NUL or half of a
// surrogate pair, so such text is refused here with a located message instead of failing as a 500 later.

/**
 * Refuses NUL and lone surrogates; add it to any string schema with `.check(storableText())`. File
 * formats whose messages are worded elsewhere (the cluster-year engine's English) pass their own wording.
 */
export const storableText = (message: (index: number) => string = badCharacterMessage) =>
  z.superRefine<string>((value, ctx) => {
    const index = badCharacterAt(value);
    if (index >= 0) ctx.addIssue({ code: "custom", message: message(index), input: value });
  });

/** A string PostgreSQL can store; the base of every free-text field. */
export const safeString = (params?: Parameters<typeof z.string>[0]) => z.string(params).check(storableText());

/** Free text (notes, comments, reasons, explanations): trimmed, at most `max` characters, may be empty. */
export const freeText = (max = 5000) =>
  safeString()
    .trim()
    .max(max, `Tối đa ${max.toLocaleString("vi-VN")} ký tự`);

/** A required name or title: trimmed, not empty, at most `max` characters. */
export const nameText = (max = 300) =>
  safeString().trim().min(1, "Không được để trống").max(max, `Tối đa ${max} ký tự`);

/** A file name as sent by a browser: storable, then cleaned of folders, "../" and bidi overrides. */
export const fileNameText = () => safeString().transform(cleanFileName);
