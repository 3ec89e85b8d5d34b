// The API's shapes come from the server's Zod contracts (type-only imports: nothing of zod reaches the bundle).
import type { Me } from "../../../src/contracts/auth";
import type { ClusterDetail, ClusterSummary } from "../../../src/contracts/clusters";
import type { OrgDetail, OrgSummary, Person } from "../../../src/contracts/orgs";

export type { ClusterDetail, ClusterSummary, Me, OrgDetail, OrgSummary, Person };

export type Session = { user: Me; csrfToken: string };
export type Role = Me["grants"][number]["role"];

export type ClusterKind = ClusterSummary["kind"];
export type ClusterMember = ClusterDetail["members"][number];
export type ClusterRole = ClusterMember["role"];
export type UnitRef = NonNullable<ClusterSummary["head"]>;

export type OrgKind = OrgSummary["kind"];
export type OrgName = OrgDetail["names"][number];
export type OrgLink = OrgDetail["predecessors"][number];
export type OrgRelation = OrgLink["relation"];
export type OrgPosition = OrgDetail["positions"][number];
export type OrgClusterEntry = OrgDetail["clusters"][number];
export type PersonPosition = Person["positions"][number];

export type ValidationIssue = { path: string; message: string };
