import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { OpenOptions } from "../../db/open";
import { AppError } from "../../server/errors";

/** The installation's checkpoint key: Ed25519, kept outside the database so a database writer cannot sign. */
export type AuditKey = { privateKey: KeyObject; publicKey: KeyObject; fingerprint: string; path: string };

/**
 * Where the key lives: THIDUA_AUDIT_KEY_FILE, else next to the embedded data dir ("data" → "data.audit-key.pem",
 * outside it so a copy of the data dir does not carry the key). PostgreSQL has no default: every app process
 * must read the same key, so the operator names one file (a mounted secret).
 */
export function auditKeyPath(env: NodeJS.ProcessEnv, options: OpenOptions): string | null {
  if (env.THIDUA_AUDIT_KEY_FILE) return path.resolve(env.THIDUA_AUDIT_KEY_FILE);
  if (options.kind === "pglite" && options.dataDir) return `${path.resolve(options.dataDir)}.audit-key.pem`;
  return null;
}

/** The SHA-256 of the public key (SPKI), 32 hex digits in groups of four: short enough to read aloud. */
export function fingerprintOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: "spki", format: "der" });
  const hex = createHash("sha256").update(der).digest("hex").slice(0, 32);
  return hex.match(/.{4}/g)!.join(" ");
}

function fromPem(pem: string, file: string): AuditKey {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== "ed25519") {
    throw new AppError("audit_key", 500, `Tệp khóa ${file} không phải khóa Ed25519.`);
  }
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, fingerprint: fingerprintOf(publicKey), path: file };
}

/** Reads the key; null when the file does not exist. */
export function readAuditKey(file: string): AuditKey | null {
  let pem: string;
  try {
    pem = fs.readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
  return fromPem(pem, file);
}

/**
 * Reads the key, creating it (mode 0600, exclusively, so two processes starting together keep one key)
 * when it does not exist yet. `created` tells the caller to say so.
 */
export function ensureAuditKey(file: string): AuditKey & { created: boolean } {
  const existing = readAuditKey(file);
  if (existing) return { ...existing, created: false };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const { privateKey } = generateKeyPairSync("ed25519");
  const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  try {
    fs.writeFileSync(file, pem, { mode: 0o600, flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    return { ...fromPem(fs.readFileSync(file, "utf8"), file), created: false };
  }
  return { ...fromPem(pem, file), created: true };
}
