/** What the HTTP layer needs to know about how users reach it; read once from the environment. */
export type ServerConfig = {
  /** The origin users type (THIDUA_PUBLIC_URL), e.g. "https://thidua.example.vn"; null when not set. */
  publicOrigin: string | null;
  /** How many reverse-proxy hops to believe in X-Forwarded-* (THIDUA_TRUST_PROXY); 0 ignores them. */
  trustProxyHops: number;
  /** THIDUA_SECURE_COOKIES=1 forces Secure cookies even without an https public URL. */
  forceSecureCookies: boolean;
  /** A session unused this long ends (THIDUA_SESSION_IDLE_MINUTES). */
  sessionIdleMinutes: number;
};

export const DEFAULT_SESSION_IDLE_MINUTES = 60;

/** Parses the configuration, refusing values an operator most likely mistyped. */
export function serverConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    publicOrigin: publicOriginOf(env.THIDUA_PUBLIC_URL),
    trustProxyHops: trustProxyHopsOf(env.THIDUA_TRUST_PROXY),
    forceSecureCookies: env.THIDUA_SECURE_COOKIES === "1",
    sessionIdleMinutes: positiveInt(
      env.THIDUA_SESSION_IDLE_MINUTES,
      "THIDUA_SESSION_IDLE_MINUTES",
      DEFAULT_SESSION_IDLE_MINUTES,
    ),
  };
}

export const defaultServerConfig = (): ServerConfig => serverConfigFromEnv({});

function publicOriginOf(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `THIDUA_PUBLIC_URL không phải địa chỉ hợp lệ: "${value}" (ví dụ https://thidua.example.vn).`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`THIDUA_PUBLIC_URL phải bắt đầu bằng https:// hoặc http:// (đang là "${value}").`);
  return url.origin;
}

function trustProxyHopsOf(value: string | undefined): number {
  if (value === undefined || value === "" || value === "0" || value === "false") return 0;
  if (value === "true") return 1;
  return positiveInt(value, "THIDUA_TRUST_PROXY", 0);
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} phải là số nguyên dương (đang là "${value}").`);
  return n;
}
