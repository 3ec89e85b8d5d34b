import type { Criterion } from "../../contracts/cluster-year";
import type { setUpCluster } from "../assessments/test-fixtures";
import { getPact } from "../pacts/get-pact";
import { openForSigning } from "../pacts/open-for-signing";
import { signPact } from "../pacts/sign-pact";

type Setup = Awaited<ReturnType<typeof setUpCluster>>;

/** Every member signs the cluster's pact, which locks it: from then on it changes only by amendment. */
export async function lockPact(s: Setup): Promise<void> {
  const pact = await currentPact(s);
  await openForSigning({
    db: s.db,
    actor: s.admin.actor,
    clusterId: s.cluster.id,
    input: { version: pact.version },
  });
  for (const [i, editor] of s.editors.entries()) {
    await signPact({
      db: s.db,
      actor: editor.actor,
      clusterId: s.cluster.id,
      input: { signerName: `Người ký ${i + 1}` },
    });
  }
}

export async function currentPact(s: Setup) {
  const view = await getPact({ db: s.db, actor: s.admin.actor, clusterId: s.cluster.id });
  if (!view.pact) throw new Error("no pact");
  return view.pact as { version: number; status: string; criteria: Criterion[]; rules: unknown };
}

/** The issue's amendment: I.2's maximum lowered from 6 to 5, and a new I.5 (1 point) beside it. */
export function lowerI2AddI5(criteria: Criterion[]): Criterion[] {
  return criteria.map((c) => {
    if (c.method !== undefined || c.code !== "I") return c;
    const children = c.children.map((x) =>
      x.code === "I.2" && x.method === "manual" ? { ...x, max: 5 } : x,
    );
    return {
      ...c,
      children: [
        ...children,
        { code: "I.5", title: "Tuyên truyền chuyển đổi số", method: "manual", max: 1 } as Criterion,
      ],
    };
  });
}
