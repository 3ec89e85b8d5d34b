import type { MinutesContent } from "../../contracts/minutes";

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const who = (p: { name: string; post: string }) => (p.post ? `${p.name}, ${p.post}` : p.name);

/** The minutes as Markdown (the preview; the official DOCX/PDF come from the documents renderer). */
export function minutesMarkdown(c: MinutesContent): string {
  const lines = [
    `${c.header.superiorBody}  \n**${c.header.issuingBody}**  \n${c.number}`,
    "",
    `**${c.header.motto}**  \n*${c.placeDate}*`,
    "",
    `# ${c.title.replace(/\n/g, " — ")}`,
    "",
    `- Thời gian: ${c.opening.time}`,
    `- Địa điểm: ${c.opening.place}`,
    `- Cơ quan triệu tập: ${c.opening.convener}`,
    `- Mục đích: ${c.opening.purpose}`,
    `- Chủ trì: ${who(c.opening.chair)}`,
    `- Thư ký: ${who(c.opening.secretary)}`,
    "",
    "## Thành phần",
    "",
    c.attendance.summary,
    "",
    ...c.attendance.present.map(
      (p) => `- ${who(p)}${p.representing ? ` (thay mặt: ${p.representing})` : ""}`,
    ),
    ...(c.attendance.absent.length > 0
      ? ["", "Vắng mặt:", "", ...c.attendance.absent.map((a) => `- ${who(a)} — lý do: ${a.reason}`)]
      : []),
    "",
    "## Nội dung",
  ];
  for (const item of c.items) {
    lines.push("", `### ${item.order}. ${item.title}`);
    if (item.presenter) lines.push("", `Trình bày: ${who(item.presenter)}.`);
    for (const s of item.speeches) lines.push("", `- Đồng chí ${who(s)}: ${s.gist}`);
  }
  if (c.votes.length > 0) {
    lines.push("", "## Biểu quyết");
    for (const v of c.votes) {
      lines.push("", `**${v.question}** — ${v.method}; ngưỡng: ${v.threshold}.`, "", v.result);
      if (v.override) lines.push("", v.override);
    }
  }
  if (c.decisions.length > 0) lines.push("", "## Quyết định", "", ...c.decisions.map((d) => `- ${d}`));
  lines.push("", "## Kết luận", "", c.conclusions.text);
  if (c.conclusions.keyTasks.length > 0)
    lines.push("", ...c.conclusions.keyTasks.map((t, i) => `${i + 1}. ${t}`));
  lines.push("", c.closing, "", c.signers.map((s) => `**${s.role}**  \n${s.name}`).join("\n\n"), "");
  return lines.join("\n");
}

/** The minutes as a small HTML page (preview, print). */
export function minutesHtml(c: MinutesContent): string {
  const e = escapeHtml;
  const li = (items: string[]) =>
    items.length === 0 ? "" : `<ul>${items.map((x) => `<li>${x}</li>`).join("")}</ul>`;
  const items = c.items
    .map(
      (i) =>
        `<h3>${i.order}. ${e(i.title)}</h3>${i.presenter ? `<p>Trình bày: ${e(who(i.presenter))}.</p>` : ""}${li(i.speeches.map((s) => `Đồng chí ${e(who(s))}: ${e(s.gist)}`))}`,
    )
    .join("");
  const votes = c.votes
    .map(
      (v) =>
        `<p><strong>${e(v.question)}</strong> — ${e(v.method)}; ngưỡng: ${e(v.threshold)}.</p><p>${e(v.result)}</p>${v.override ? `<p>${e(v.override)}</p>` : ""}`,
    )
    .join("");
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${e(c.title.replace(/\n/g, " "))}</title></head><body>
<table style="width:100%"><tr><td style="text-align:center">${e(c.header.superiorBody)}<br><strong>${e(c.header.issuingBody)}</strong><br>${e(c.number)}</td>
<td style="text-align:center"><strong>${e(c.header.motto)}</strong><br><em>${e(c.placeDate)}</em></td></tr></table>
<h1 style="text-align:center">${c.title.split("\n").map(e).join("<br>")}</h1>
<p>Thời gian: ${e(c.opening.time)}. Địa điểm: ${e(c.opening.place)}. Cơ quan triệu tập: ${e(c.opening.convener)}.</p>
<p>Mục đích: ${e(c.opening.purpose)}</p>
<p>Chủ trì: ${e(who(c.opening.chair))}. Thư ký: ${e(who(c.opening.secretary))}.</p>
<h2>Thành phần</h2><p>${e(c.attendance.summary)}</p>${li(c.attendance.present.map((p) => e(who(p)) + (p.representing ? ` (thay mặt: ${e(p.representing)})` : "")))}
${c.attendance.absent.length > 0 ? `<p>Vắng mặt:</p>${li(c.attendance.absent.map((a) => `${e(who(a))} — lý do: ${e(a.reason)}`))}` : ""}
<h2>Nội dung</h2>${items}
${c.votes.length > 0 ? `<h2>Biểu quyết</h2>${votes}` : ""}
${c.decisions.length > 0 ? `<h2>Quyết định</h2>${li(c.decisions.map(e))}` : ""}
<h2>Kết luận</h2><p>${e(c.conclusions.text)}</p><ol>${c.conclusions.keyTasks.map((t) => `<li>${e(t)}</li>`).join("")}</ol>
<p>${e(c.closing)}</p>
<table style="width:100%"><tr>${c.signers.map((s) => `<td style="text-align:center"><strong>${e(s.role)}</strong><br><br><br>${e(s.name)}</td>`).join("")}</tr></table>
</body></html>`;
}
