import type { Context } from "hono";
import type { ServerConfig } from "../config";
import type { AppEnv } from "../context";

/**
 * The value a trusted proxy put in a comma-separated X-Forwarded-* header: proxies append, so with N
 * trusted hops the Nth entry from the right is the one our nearest trusted proxy saw. Anything further
 * left was written by the client and is not believed.
 */
function forwarded(c: Context<AppEnv>, header: string, hops: number): string | null {
  if (hops < 1) return null;
  const raw = c.req.header(header);
  if (!raw) return null;
  const parts = raw.split(",").map((p) => p.trim());
  const value = parts[parts.length - hops] ?? parts[0];
  return value || null;
}

function socketAddress(c: Context<AppEnv>): string | null {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? null;
}

/** The client's address: the socket's peer, or what a trusted proxy says the peer was. */
export function clientAddress(c: Context<AppEnv>, config: ServerConfig): string {
  const viaProxy = forwarded(c, "x-forwarded-for", config.trustProxyHops);
  return (viaProxy ?? socketAddress(c) ?? "unknown").replace(/^::ffff:/, "");
}

/** The origin the browser is on: THIDUA_PUBLIC_URL, else the request as a trusted proxy saw it, else as Node saw it. */
export function expectedOrigin(c: Context<AppEnv>, config: ServerConfig): string {
  if (config.publicOrigin) return config.publicOrigin;
  const url = new URL(c.req.url);
  const proto = forwarded(c, "x-forwarded-proto", config.trustProxyHops);
  const host = forwarded(c, "x-forwarded-host", config.trustProxyHops);
  return `${proto ?? url.protocol.replace(":", "")}://${host ?? url.host}`;
}

/** Whether cookies must be Secure: users reach us over https (or the operator says so). */
export function servedOverHttps(c: Context<AppEnv>, config: ServerConfig): boolean {
  return config.forceSecureCookies || expectedOrigin(c, config).startsWith("https:");
}
