import { useEffect } from "react";
import { useBlocker } from "react-router";

/** Asks before the tab is closed or reloaded while something typed is not saved yet. */
export const useUnloadGuard = (dirty: boolean): void => {
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
};

/**
 * Asks before leaving the page (another page of the app, or closing the tab) while unsaved edits exist.
 * One per page: the router keeps a single blocker.
 */
export const useLeaveGuard = (dirty: boolean, message: string): void => {
  useUnloadGuard(dirty);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    if (window.confirm(message)) blocker.proceed();
    else blocker.reset();
  }, [blocker, message]);
};
