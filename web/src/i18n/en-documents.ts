import type { viDocuments } from "./vi-documents";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Documents (English). */
export const enDocuments: Shape<typeof viDocuments> = {
  title: "Cluster documents {{year}}",
  tableLabel: "The cluster's documents for {{year}}",
  layout: "Layout",
  layouts: {
    party: "Party documents (Guidance 36-HD/VPTW)",
    state: "State documents (Decree 30/2020/NĐ-CP)",
  },
  document: "Document",
  status: "Status",
  number: "Number and symbol",
  date: "Date of issue",
  download: "Download",
  issued: "Issued",
  draft: "Draft",
  pdf: "PDF",
  word: "Word",
  downloadPdf: "Download {{name}} (PDF)",
  downloadWord: "Download {{name}} (Word)",
  dossierTitle: "Proposal dossier for the council",
  dossierText:
    "The proposal, the year-end report and the conference minutes (when there are), as one PDF or a ZIP of Word files.",
  dossierPdf: "Download dossier (PDF)",
  dossierZip: "Download dossier (ZIP of Word files)",
  issue: "Issue",
  issueTitle: "Issue {{name}}",
  issueHelp:
    "Issuing gives the document its number in the cluster head's register and stores it as issued; it can no longer change.",
  issueDate: "Date of issue",
  results: "Main results (blank line between paragraphs)",
  shortcomings: "Shortcomings and their causes",
  nextYearTasks: "Next year's tasks (one per line)",
  voteResult: "Vote result at the conference (if any)",
  issueConfirm: "Issue with a number",
  issuedNotice: "Issued: {{number}}",
  kinds: {
    pact: "Emulation pact",
    "year-end-report": "Year-end report",
    proposal: "Proposal for the leading unit",
  },
  pactPdf: "Pact (PDF)",
  pactWord: "Pact (Word)",
  reportPdf: "Report document (PDF)",
  reportWord: "Report document (Word)",
  tasksXlsx: "Follow-up sheet (Excel)",
};
