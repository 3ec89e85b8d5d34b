import type { roleNames } from "../../db/schema";

export type Role = (typeof roleNames)[number];

export type Grant = {
  role: Role;
  councilId: string;
  clusterId: string | null;
  unitId: string | null;
};

/** Who acts: a signed-in user with their grants, or the system (CLI, demo set-up) acting with full rights. */
export type Actor =
  | { kind: "user"; userId: string; username: string; displayName: string; grants: Grant[] }
  | { kind: "system"; name: string };

export const systemActor = (name: string): Actor => ({ kind: "system", name });

export const isCouncilAdmin = (actor: Actor, councilId: string): boolean =>
  actor.kind === "system" ||
  actor.grants.some((g) => g.role === "council_admin" && g.councilId === councilId);

/** Councils the actor has any role in (the system sees all: null). */
export const visibleCouncilIds = (actor: Actor): string[] | null =>
  actor.kind === "system" ? null : [...new Set(actor.grants.map((g) => g.councilId))];
