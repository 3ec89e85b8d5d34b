import type { BenchOptions } from "./options";
import type { SummaryRow } from "./summary";
export async function benchHttpRanking(_opts: BenchOptions): Promise<SummaryRow[]> { return []; }
