import { z } from "zod";
import { freeText } from "./meeting-text";

const person = z.object({ name: freeText(200), post: freeText(500, 0) });

/**
 * The minutes (biên bản) as structured data, ready for the official-document renderer (DOCX/PDF in the
 * Party layout of Guidance 36-HD/VPTW): header blocks, number, place and date line, body, signers.
 */
export const minutesContent = z.object({
  header: z.object({ superiorBody: freeText(300), issuingBody: freeText(300), motto: freeText(100) }),
  number: freeText(100),
  placeDate: freeText(200),
  title: freeText(500),
  opening: z.object({
    time: freeText(200),
    place: freeText(300),
    purpose: freeText(2000),
    convener: freeText(300),
    chair: person,
    secretary: person,
  }),
  attendance: z.object({
    summary: freeText(500),
    present: z.array(person.extend({ representing: freeText(300, 0).nullable() })),
    absent: z.array(person.extend({ reason: freeText(500) })),
  }),
  items: z.array(
    z.object({
      order: z.number().int(),
      title: freeText(500),
      presenter: person.nullable(),
      speeches: z.array(person.extend({ gist: freeText(5000, 0) })),
    }),
  ),
  votes: z.array(
    z.object({
      question: freeText(1000),
      method: freeText(200),
      threshold: freeText(300),
      result: freeText(2000),
      override: freeText(1000).nullable(),
    }),
  ),
  decisions: z.array(freeText(2000)),
  conclusions: z.object({ text: freeText(20000, 0), keyTasks: z.array(freeText(2000)) }),
  closing: freeText(500, 0),
  signers: z.array(person.extend({ role: freeText(100) })),
});

export type MinutesContent = z.infer<typeof minutesContent>;

/** The news report (tin bài) drafted from the record, with photos and captions. */
export const newsReport = z.object({
  title: z.string(),
  dateline: z.string(),
  paragraphs: z.array(z.string()),
  photos: z.array(z.object({ fileId: z.string(), caption: z.string() })),
  byline: z.string(),
  /** Captions offered for photos of each speaker and the chair, with their posts of that day. */
  suggestedCaptions: z.array(z.string()),
});
export type NewsReport = z.infer<typeof newsReport>;
