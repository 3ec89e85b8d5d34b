import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { FullPageLoader, QueryError } from "../shell/query-state";
import { useMe } from "./auth-api";
import { CurrentUserProvider } from "./current-user";
import { signInPath } from "./next-path";

/** Shows its children to a signed-in user; sends anyone else to the sign-in page, remembering where they were going. */
export const RequireAuth = ({ children }: { children: ReactNode }) => {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullPageLoader />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} fullPage />;
  if (!me.data) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return <CurrentUserProvider user={me.data}>{children}</CurrentUserProvider>;
};
