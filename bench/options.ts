// Command-line flags of `npm run bench`: every benchmark reads its sizes from here.

export type BenchOptions = {
  /** Smaller data sets and shorter runs, for a quick look (about a minute). */
  readonly quick: boolean;
  /** Keep the PostgreSQL benchmark database instead of dropping it. */
  readonly keep: boolean;
  /** Which benchmarks to run (all by default): score, postgres, http. */
  readonly only: ReadonlySet<BenchName>;
  /** PostgreSQL server for the country-size data set; null skips that benchmark. */
  readonly databaseUrl: string | null;
  readonly databaseUrlSource: string;
};

export const BENCH_NAMES = ["score", "postgres", "http", "documents", "search", "live"] as const;
export type BenchName = (typeof BENCH_NAMES)[number];

const DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5499/postgres";

export function readOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const flags = new Set(argv.filter((a) => a.startsWith("--") && !a.includes("=")));
  const onlyArg = argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
  const only = new Set<BenchName>(
    onlyArg
      ? onlyArg.split(",").filter((n): n is BenchName => (BENCH_NAMES as readonly string[]).includes(n))
      : BENCH_NAMES,
  );
  // BENCH_DATABASE_URL="" (empty) or --no-postgres turns the PostgreSQL benchmark off.
  const fromEnv = env.BENCH_DATABASE_URL;
  const databaseUrl = flags.has("--no-postgres")
    ? null
    : fromEnv === undefined
      ? DEFAULT_DATABASE_URL
      : fromEnv;
  return {
    quick: flags.has("--quick"),
    keep: flags.has("--keep"),
    only,
    databaseUrl: databaseUrl === "" ? null : databaseUrl,
    databaseUrlSource: flags.has("--no-postgres")
      ? "--no-postgres"
      : fromEnv === undefined
        ? "default"
        : "BENCH_DATABASE_URL",
  };
}

/** The URL with any password hidden, for printing. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparsable URL)";
  }
}
