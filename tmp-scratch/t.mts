import { renderPdf } from "/work/wt/documents/src/modules/documents/render/render-pdf";
import { sampleDocument } from "/work/wt/documents/src/modules/documents/render/sample-document";
for (let i = 0; i < 4; i++) { const t = Date.now(); await renderPdf(sampleDocument("party")); console.log(Date.now() - t); }
const doc = sampleDocument("party"); doc.body = [{kind:"paragraph", text:"Xin chào"}];
for (let i = 0; i < 2; i++) { const t = Date.now(); await renderPdf(doc); console.log("small", Date.now() - t); }
