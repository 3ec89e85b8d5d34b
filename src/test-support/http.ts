import type { App } from "../server/app";

export type Session = { cookie: string; csrfToken: string };

/** Signs in through the real endpoint and keeps the cookie and CSRF token for later requests. */
export async function signIn(app: App, username: string, password: string): Promise<Session> {
  const res = await app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const body = (await res.json()) as { data: { csrfToken: string } };
  return { cookie, csrfToken: body.data.csrfToken };
}

/** A request as the signed-in user; unsafe methods carry the CSRF token unless told otherwise. */
export function call(
  app: App,
  session: Session | null,
  method: string,
  path: string,
  body?: unknown,
  opts: { csrf?: boolean; language?: string } = {},
) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (opts.language) headers["accept-language"] = opts.language;
  if (session) headers.cookie = session.cookie;
  if (session && method !== "GET" && opts.csrf !== false) headers["x-csrf-token"] = session.csrfToken;
  return app.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}
