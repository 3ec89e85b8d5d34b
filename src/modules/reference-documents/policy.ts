import { type Actor, isCouncilAdmin } from "../auth/actor";

// The registry is the council's: everyone with a role in it reads it; its admins and cluster heads keep it.

export const canReadRegistry = (actor: Actor, councilId: string): boolean =>
  actor.kind === "system" || actor.grants.some((g) => g.councilId === councilId);

export const canEditRegistry = (actor: Actor, councilId: string): boolean =>
  isCouncilAdmin(actor, councilId) ||
  (actor.kind === "user" && actor.grants.some((g) => g.councilId === councilId && g.role === "cluster_head"));
