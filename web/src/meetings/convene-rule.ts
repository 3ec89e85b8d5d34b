import type { ClusterSummary, Me } from "../api/types";

/** Same rule as the server's managesMeeting: the council's admins and the cluster's head. */
export const mayConvene = (grants: Me["grants"], cluster: Pick<ClusterSummary, "id" | "councilId">) =>
  grants.some(
    (g) =>
      g.councilId === cluster.councilId &&
      (g.role === "council_admin" || (g.role === "cluster_head" && g.clusterId === cluster.id)),
  );

/** Whether the user may convene any meeting at all (the list shows the button then). */
export const conveneAnywhere = (grants: Me["grants"]) =>
  grants.some((g) => g.role === "council_admin" || g.role === "cluster_head");
