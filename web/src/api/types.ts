// Mirrors docs/api.md (v0). Replace with types inferred from src/contracts once they exist.

export type Role = "council_admin" | "cluster_head" | "unit_editor" | "unit_viewer" | "observer";

export type Grant = {
  role: Role;
  councilId: string;
  councilName: string;
  clusterId: string | null;
  unitId: string | null;
  unitName: string | null;
};

export type Me = {
  id: string;
  username: string;
  displayName: string;
  grants: Grant[];
};

export type Session = { user: Me; csrfToken: string };

export type ClusterKind = "cum" | "khoi";
export type ClusterRole = "head" | "deputy" | "member";

export type UnitRef = { unitId: string; name: string };

export type ClusterSummary = {
  id: string;
  councilId: string;
  councilName: string;
  kind: ClusterKind;
  code: string;
  name: string;
  shortName: string | null;
  year: number;
  memberCount: number;
  head: UnitRef | null;
  deputy: UnitRef | null;
};

export type ClusterMember = {
  unitId: string;
  name: string;
  shortName: string | null;
  role: ClusterRole;
};

export type ClusterDetail = ClusterSummary & {
  members: ClusterMember[];
  canClone: boolean;
};

export type OrgKind = "council" | "unit";
export type OrgRelation = "renamed" | "merged" | "split";

export type OrgSummary = {
  id: string;
  kind: OrgKind;
  name: string;
  shortName: string | null;
  validFrom: string;
  validTo: string | null;
};

export type OrgName = { name: string; shortName: string | null; validFrom: string; validTo: string | null };
export type OrgLink = { orgId: string; name: string; relation: OrgRelation; date: string };

export type OrgPosition = {
  personId: string;
  fullName: string;
  title: string;
  validFrom: string;
  validTo: string | null;
};

export type OrgClusterEntry = { clusterId: string; year: number; name: string; role: ClusterRole };

export type OrgDetail = OrgSummary & {
  names: OrgName[];
  predecessors: OrgLink[];
  successors: OrgLink[];
  positions: OrgPosition[];
  clusters: OrgClusterEntry[];
};

export type PersonPosition = {
  orgId: string;
  orgName: string;
  title: string;
  validFrom: string;
  validTo: string | null;
};

export type Person = { id: string; fullName: string; positions: PersonPosition[] };

export type ValidationIssue = { path: string; message: string };
