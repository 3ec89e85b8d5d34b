import type { SearchSource } from "../source";
import { opinionSource } from "./opinions";
import { practiceSource } from "./practices";
import { referenceDocumentSource } from "./reference-documents";
import { reportSource } from "./reports";
import { taskSource } from "./tasks";

/** Every searchable kind. A new kind is one file here, one line below, and its custom migration. */
export const searchSources: readonly SearchSource[] = [
  practiceSource,
  reportSource,
  opinionSource,
  taskSource,
  referenceDocumentSource,
];
