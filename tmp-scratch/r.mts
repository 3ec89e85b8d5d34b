import { writeFileSync } from "node:fs";
import { renderPdf } from "/work/wt/documents/src/modules/documents/render/render-pdf";
import { sampleDocument } from "/work/wt/documents/src/modules/documents/render/sample-document";
for (const l of ["party", "state"] as const) {
  const t = Date.now();
  const b = await renderPdf(sampleDocument(l));
  console.log(l, Date.now() - t, b.length);
  writeFileSync(`/tmp/${l}.pdf`, b);
}
import { renderDocx } from "/work/wt/documents/src/modules/documents/render/render-docx";
const t2 = Date.now();
const d = await renderDocx(sampleDocument("party"));
console.log("docx", Date.now() - t2, d.length);
writeFileSync("/tmp/party.docx", d);
