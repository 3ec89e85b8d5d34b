/**
 * The seed article's cluster: Quảng Ninh's Cluster 1, the propaganda departments of six city and town
 * Party committees, convened by the provincial Propaganda Department (briefing of 24 November 2020).
 * The demo's records start in 2015; the 2025 restructuring dates are illustrative.
 */
export const DEMO_PASSWORD = "thidua-demo";

export const council = {
  code: "BTGTU-QN",
  name: "Ban Tuyên giáo Tỉnh ủy Quảng Ninh",
  shortName: "Ban Tuyên giáo Tỉnh ủy",
};

export const units = [
  { code: "HL", place: "Hạ Long", committee: "Thành ủy", account: "halong" },
  { code: "UB", place: "Uông Bí", committee: "Thành ủy", account: "uongbi" },
  { code: "QY", place: "Quảng Yên", committee: "Thị ủy", account: "quangyen" },
  { code: "DT", place: "Đông Triều", committee: "Thị ủy", account: "dongtrieu" },
  { code: "CP", place: "Cẩm Phả", committee: "Thành ủy", account: "campha" },
  { code: "MC", place: "Móng Cái", committee: "Thành ủy", account: "mongcai" },
] as const;

export const HISTORY_START = "2015-01-01";
/** Propaganda and mass-mobilisation departments merged in 2025; district-level committees ended mid-2025. */
export const MERGER_DATE = "2025-03-01";
export const DISTRICTS_ABOLISHED_LAST_DAY = "2025-06-30";

export const cluster = {
  kind: "cum" as const,
  code: "CUM1",
  name: "Cụm thi đua Ban Tuyên giáo các thị ủy, thành ủy",
  shortName: "Cụm 1",
  year: 2020,
  head: "HL",
  deputy: "UB",
};

export const people = [
  {
    fullName: "Trương Công Ngàn",
    posts: [
      { org: "council", title: "Phó trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy", validFrom: "2020-01-01" },
    ],
  },
  {
    fullName: "Phan Thị Hải Hường",
    posts: [
      { org: "HL", title: "Trưởng ban Tuyên giáo Thành ủy Hạ Long", validFrom: "2020-01-01" },
      { org: "TTCT-HL", title: "Giám đốc Trung tâm chính trị thành phố Hạ Long", validFrom: "2020-01-01" },
    ],
  },
] as const;

/**
 * The heads of the other five departments, who sign the pact for their units. The seed article names no
 * one else, so these people are ILLUSTRATIVE (placeholder names, not the real office holders); their posts
 * are the real posts. Every demo signature is then a person with their post, as on a real pact.
 */
export const illustrativeHeads = [
  { org: "UB", fullName: "Nguyễn Văn An" },
  { org: "QY", fullName: "Trần Thị Bình" },
  { org: "DT", fullName: "Lê Văn Cường" },
  { org: "CP", fullName: "Phạm Thị Dung" },
  { org: "MC", fullName: "Vũ Văn Hải" },
] as const;

/** The person who signs for a unit: Hạ Long's head from the seed, the others illustrative. */
export function signerOf(unitCode: string): string {
  if (unitCode === "HL") return "Phan Thị Hải Hường";
  const head = illustrativeHeads.find((h) => h.org === unitCode);
  if (!head) throw new Error(`no signer for ${unitCode}`);
  return head.fullName;
}
