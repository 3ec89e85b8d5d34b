import type { MinutesContent } from "../../contracts/minutes";
import { describeThreshold, type Threshold } from "../../core/ballots";
import { dateInWords, dayVi, timeVi } from "./dates";
import type { MeetingView } from "./get-meeting";
import { methodText, resultText } from "./vote-text";

const COMMITTEE = /^(Ban .+?) (Tỉnh ủy|Thành ủy|Thị ủy|Huyện ủy|Đảng ủy) (.+)$/;

/** "Ban Tuyên giáo Tỉnh ủy Quảng Ninh" → superior "TỈNH ỦY QUẢNG NINH", issuing "BAN TUYÊN GIÁO". */
export function headerOf(convener: string) {
  const m = COMMITTEE.exec(convener);
  const upper = (s: string) => s.toLocaleUpperCase("vi");
  if (!m)
    return { superiorBody: upper(convener), issuingBody: upper(convener), motto: "ĐẢNG CỘNG SẢN VIỆT NAM" };
  return {
    superiorBody: upper(`${m[2]} ${m[3]}`),
    issuingBody: upper(m[1] ?? ""),
    motto: "ĐẢNG CỘNG SẢN VIỆT NAM",
  };
}

/** The draft minutes from the record: opening, attendance, each item with its speakers, votes, decisions, conclusions. */
export function buildMinutes(view: MeetingView): MinutesContent {
  const m = view.meeting;
  const at = new Date(m.startsAt);
  const person = (id: string | null) => {
    const d = view.delegates.find((x) => x.id === id);
    return d ? { name: d.fullName, post: d.post } : { name: "…", post: "" };
  };
  const present = view.delegates.filter((d) => d.attendance === "present");
  const absent = view.delegates.filter((d) => d.attendance === "absent");
  const city =
    m.place
      .split(",")[0]
      ?.replace(/^(TP|thành phố|Thành phố)\s+/, "")
      .trim() || m.place;
  return {
    header: headerOf(m.convener.name),
    number: "Số      -BB/CTĐ",
    placeDate: `${city}, ${dateInWords(at)}`,
    title: `BIÊN BẢN\n${m.title.toLocaleUpperCase("vi")}`,
    opening: {
      time: `${timeVi(at)}, ngày ${dayVi(at)}`,
      place: m.place,
      purpose: m.purpose,
      convener: m.convener.name,
      chair: person(m.chairDelegateId),
      secretary: person(m.secretaryDelegateId),
    },
    attendance: {
      summary: `Có mặt ${present.length}/${view.delegates.length} đại biểu được mời; vắng ${absent.length}.`,
      present: present.map((d) => ({ name: d.fullName, post: d.post, representing: d.representedBy })),
      absent: absent.map((d) => ({
        name: d.fullName,
        post: d.post,
        reason: d.absenceReason ?? "Không rõ lý do",
      })),
    },
    items: view.agenda.map((i) => ({
      order: i.position,
      title: i.title,
      presenter: i.presenterDelegateId ? person(i.presenterDelegateId) : null,
      speeches: i.speeches
        .filter((s) => s.status === "done" || s.status === "speaking")
        .map((s) => ({ ...person(s.delegateId), gist: s.gist ?? "" })),
    })),
    votes: view.votes
      .filter((v) => v.status === "closed")
      .map((v) => ({
        question: v.question,
        method: methodText(v),
        threshold: describeThreshold(v.threshold as Threshold),
        result: resultText(v),
        override: v.override ? overrideText(v.override) : null,
      })),
    decisions: view.decisions.map((d) => d.text),
    conclusions: { text: view.conclusions?.text ?? "", keyTasks: view.conclusions?.keyTasks ?? [] },
    closing: "Biên bản được thông qua tại hội nghị.",
    signers: [
      { role: "THƯ KÝ", ...person(m.secretaryDelegateId) },
      { role: "CHỦ TRÌ HỘI NGHỊ", ...person(m.chairDelegateId) },
    ],
  };
}

function overrideText(o: unknown): string {
  const { outcome, reason } = o as { outcome: string; reason: string };
  return `Hội nghị quyết định: ${outcome} (lý do: ${reason}).`;
}
