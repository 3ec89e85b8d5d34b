import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";

/**
 * Who holds a data-dir lock. A pid alone is not an identity: two containers are both pid 1, and a pid
 * is reused after a reboot. So the holder is named by its host, kernel boot, pid namespace, pid, the
 * process's start time, and a random token of this acquisition.
 */
export type LockHolder = {
  pid: number;
  hostname: string;
  bootId: string | null;
  pidNamespace: string | null;
  startTicks: string | null;
  token: string;
  since: string;
};

const readOr = (read: () => string): string | null => {
  try {
    return read().trim() || null;
  } catch {
    return null;
  }
};

const bootId = () => readOr(() => fs.readFileSync("/proc/sys/kernel/random/boot_id", "utf8"));
const pidNamespace = () => readOr(() => fs.readlinkSync("/proc/self/ns/pid"));

/** Field 22 of /proc/PID/stat: when the process started, in clock ticks since boot (Linux). */
export function startTicksOf(pid: number): string | null {
  const stat = readOr(() => fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  if (!stat) return null;
  // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return fields[19] ?? null;
}

export function currentHolder(): LockHolder {
  return {
    pid: process.pid,
    hostname: os.hostname(),
    bootId: bootId(),
    pidNamespace: pidNamespace(),
    startTicks: startTicksOf(process.pid),
    token: randomUUID(),
    since: new Date().toISOString(),
  };
}

export function parseHolder(text: string): LockHolder | null {
  try {
    const h = JSON.parse(text) as Partial<LockHolder>;
    if (typeof h.pid !== "number" || typeof h.hostname !== "string" || typeof h.token !== "string")
      return null;
    return {
      pid: h.pid,
      hostname: h.hostname,
      bootId: h.bootId ?? null,
      pidNamespace: h.pidNamespace ?? null,
      startTicks: h.startTicks ?? null,
      token: h.token,
      since: h.since ?? "",
    };
  } catch {
    return null;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * "dead" only when this process can see the holder's process table (same host, boot and pid
 * namespace) and the holder is not in it, or its pid now names a process started at another time.
 * Otherwise "unknown": another container or machine, whose liveness only its heartbeat tells.
 */
export function holderState(
  holder: LockHolder,
  me: LockHolder = currentHolder(),
): "alive" | "dead" | "unknown" {
  // Without /proc (macOS) boot and namespace are null on both sides: the host name must do.
  const sameTable =
    holder.hostname === me.hostname && holder.bootId === me.bootId && holder.pidNamespace === me.pidNamespace;
  if (!sameTable) return "unknown";
  if (!processAlive(holder.pid)) return "dead";
  const ticks = startTicksOf(holder.pid);
  if (ticks !== null && holder.startTicks !== null && ticks !== holder.startTicks) return "dead";
  return "alive";
}

export function describeHolder(h: LockHolder): string {
  return `tiến trình ${h.pid} trên máy ${h.hostname}, từ ${h.since}`;
}
