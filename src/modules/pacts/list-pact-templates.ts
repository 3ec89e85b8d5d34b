import type { PactTemplateSummary } from "../../contracts/pacts";
import { maxPoints } from "../../core/scoring";
import { pactTemplates } from "./templates/propaganda";

/** The tables a pact can start from, with their maximum points. Templates are public knowledge. */
export function listPactTemplates(): PactTemplateSummary[] {
  return Object.entries(pactTemplates).map(([id, t]) => ({
    id,
    title: t.title,
    maxPoints: maxPoints(t.criteria),
  }));
}
