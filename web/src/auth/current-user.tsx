import { createContext, type ReactNode, useContext } from "react";
import type { Me } from "../api/types";

const CurrentUserContext = createContext<Me | null>(null);

export const CurrentUserProvider = ({ user, children }: { user: Me; children: ReactNode }) => (
  <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>
);

/** The signed-in user; only inside the pages behind RequireAuth. */
export const useCurrentUser = (): Me => {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error("useCurrentUser is used outside RequireAuth");
  return user;
};
