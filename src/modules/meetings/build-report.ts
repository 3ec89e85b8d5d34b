import type { NewsReport } from "../../contracts/minutes";
import { dayVi, meetingDay } from "./dates";
import type { MeetingView } from "./get-meeting";

const WEEKDAYS = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);
const stripEnd = (s: string) => s.trim().replace(/[.;…]+$/, "");

function partOfDay(at: Date): string {
  const hour = Number(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", hour12: false }).format(
      at,
    ),
  );
  return hour < 11 ? "Sáng" : hour < 13 ? "Trưa" : hour < 18 ? "Chiều" : "Tối";
}

/**
 * The news report drafted from the record, the way the province's papers write it: when, where, who convened
 * it and for what, who chaired; the results as concluded; the discussion; the tasks agreed; photo captions
 * for each speaker.
 */
export function buildReport(view: MeetingView, byline: string): NewsReport {
  const m = view.meeting;
  const at = new Date(m.startsAt);
  const [, month, day] = meetingDay(at).split("-");
  const delegate = (id: string | null) => view.delegates.find((d) => d.id === id);
  const chair = delegate(m.chairDelegateId);
  const cluster = m.clusterName;
  const lead = [
    `${partOfDay(at)} ${Number(day)}/${Number(month)}, tại ${m.place}, ${m.convener.shortName ?? m.convener.name} tổ chức ${lowerFirst(m.title)}${m.clusterName !== m.title ? ` (gọi tắt là ${cluster})` : ""}.`,
    `Hội nghị nhằm ${lowerFirst(stripEnd(m.purpose))}.`,
    chair ? `Đồng chí ${chair.fullName}, ${chair.post} chủ trì hội nghị.` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const results = (view.conclusions?.text ?? "")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const speeches = view.agenda.flatMap((i) => i.speeches.filter((s) => s.status === "done" && s.gist));
  const gists = [...new Set(speeches.map((s) => stripEnd(s.gist ?? "")))];
  const units = new Set(speeches.map((s) => delegate(s.delegateId)?.unitId).filter(Boolean));
  // Several units saying one thing, as a secretary records a round of discussion, reads as one sentence.
  const discussion =
    gists.length === 0
      ? []
      : gists.length === 1 && units.size > 1
        ? [`Tại hội nghị, đại diện các đơn vị trong ${cluster} đã ${lowerFirst(gists[0] ?? "")}.`]
        : [`Tại hội nghị, ${gists.map((g, i) => (i === 0 ? lowerFirst(g) : g)).join(". ")}.`];
  const tasks = view.conclusions?.keyTasks ?? [];
  const taskParagraph =
    tasks.length > 0
      ? [
          `Đồng thời, thống nhất những nhiệm vụ trọng tâm năm ${view.meeting.clusterYear + 1}, trong đó tập trung vào những nhiệm vụ cụ thể sau: ${tasks
            .map((t, i) => (i === 0 ? stripEnd(t) : lowerFirst(stripEnd(t))))
            .join("; ")}…`,
        ]
      : [];
  const speakers = [...new Set(speeches.map((s) => s.delegateId)), m.chairDelegateId];
  return {
    title: m.title,
    dateline: `${WEEKDAYS[new Date(`${meetingDay(at)}T12:00:00Z`).getUTCDay()]}, ${dayVi(at)}`,
    paragraphs: [lead, ...results, ...discussion, ...taskParagraph],
    photos: [],
    byline,
    suggestedCaptions: speakers
      .map(delegate)
      .filter((d) => d !== undefined)
      .map((d) => `Đồng chí ${d.fullName}, ${d.post} phát biểu tại hội nghị.`),
  };
}
