import type { NewsReport } from "../../contracts/minutes";
import { escapeHtml } from "./render-minutes";

const photoUrl = (meetingId: string, fileId: string) => `/api/meetings/${meetingId}/report/photos/${fileId}`;

/** The report as Markdown: title, dateline, the lead and its photos after the lead, the byline. */
export function reportMarkdown(meetingId: string, r: NewsReport): string {
  const [lead, ...rest] = r.paragraphs;
  const photos = r.photos.map(
    (p) => `![${p.caption.replace(/[[\]]/g, "")}](${photoUrl(meetingId, p.fileId)})\n*${p.caption}*`,
  );
  return [`# ${r.title}`, `*${r.dateline}*`, lead ?? "", ...photos, ...rest, `**${r.byline}**`, ""].join(
    "\n\n",
  );
}

export function reportHtml(meetingId: string, r: NewsReport): string {
  const e = escapeHtml;
  const [lead, ...rest] = r.paragraphs;
  const photos = r.photos
    .map(
      (p) =>
        `<figure><img src="${e(photoUrl(meetingId, p.fileId))}" alt="${e(p.caption)}"><figcaption>${e(p.caption)}</figcaption></figure>`,
    )
    .join("\n");
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${e(r.title)}</title></head><body><article>
<h1>${e(r.title)}</h1><p><time>${e(r.dateline)}</time></p>
<p><strong>${e(lead ?? "")}</strong></p>
${photos}
${rest.map((p) => `<p>${e(p)}</p>`).join("\n")}
<p style="text-align:right"><strong>${e(r.byline)}</strong></p>
</article></body></html>`;
}
