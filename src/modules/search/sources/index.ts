import type { SearchSource } from "../source";
import { opinionSource } from "./opinions";
import { practiceSource } from "./practices";
import { reportSource } from "./reports";

/** Every searchable kind. A new kind (tasks, reference documents) is one file here and one line below. */
export const searchSources: readonly SearchSource[] = [practiceSource, reportSource, opinionSource];
