import { signPactInput } from "../../contracts/pacts";
import { parseInput, validationError } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { AppError, conflict, forbidden } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { loadExistingPact, type PactContext } from "./load-pact";
import { atVn, wrongStatus } from "./pact-errors";
import { editedMemberUnits } from "./policy";
import { accountEditsUnit, insertSignature, signaturesOf, updatePactIfVersion } from "./repo";

type SignInput = ReturnType<typeof signPactInput.parse>;

/**
 * A member unit's representative signs the pact, once per unit (who: the signer's name and the account;
 * when). The last member's signature locks the table. The system may sign on a unit's behalf with that
 * unit's own account (demo, import of a paper pact).
 */
export async function signPact(args: { db: Db; actor: Actor; clusterId: string; input: unknown }) {
  const input = parseInput(signPactInput, args.input);
  return args.db.transaction(async (tx) => {
    const context = await loadExistingPact(tx, args.actor, args.clusterId, { lock: true });
    const { cluster, members, units, pact } = context;
    const mine = editedMemberUnits(args.actor, cluster, members);
    if (mine.length === 0) throw forbidden();
    if (pact.status === "draft") throw wrongStatus(pact.status, "chưa mở để ký.");
    if (pact.status === "locked") throw wrongStatus(pact.status, "không cần ký thêm.");
    const signatures = await signaturesOf(tx, pact.id);
    const signed = new Set(signatures.map((s) => s.unitId));
    const unitId = chooseUnit(input, context, mine);
    const unit = units.find((u) => u.unitId === unitId);
    const previous = signatures.find((s) => s.unitId === unitId);
    if (previous) {
      throw conflict(
        `${unit?.name ?? "Đơn vị"} đã ký giao ước (người ký: ${previous.signerName}, lúc ${atVn(previous.signedAt)}); mỗi đơn vị chỉ ký một lần.`,
      );
    }
    const signedBy = await signingAccount(tx, args.actor, input, cluster.councilId, unitId);
    const signedAt = input.signedAt ? new Date(input.signedAt) : new Date();
    const signature = await insertSignature(tx, {
      councilId: cluster.councilId,
      pactId: pact.id,
      unitId,
      signedBy,
      signerName: input.signerName,
      signedAt,
    });
    if (!signature) throw conflict(`${unit?.name ?? "Đơn vị"} đã ký giao ước; mỗi đơn vị chỉ ký một lần.`);
    await recordAudit(tx, args.actor, {
      councilId: cluster.councilId,
      action: "sign",
      entity: "pact",
      entityId: pact.id,
      after: { unitId, unitCode: unit?.code, signerName: input.signerName, accountId: signedBy },
    });
    signed.add(unitId);
    if (!members.every((m) => signed.has(m.unitId))) return { pact, signature, locked: false };
    const locked = await updatePactIfVersion(tx, pact.id, pact.version, {
      status: "locked",
      lockedAt: new Date(Math.max(signedAt.getTime(), ...signatures.map((s) => s.signedAt.getTime()))),
    });
    if (!locked) throw new Error("pact changed while its row was locked");
    await recordAudit(tx, args.actor, {
      councilId: cluster.councilId,
      action: "lock",
      entity: "pact",
      entityId: pact.id,
      before: { status: pact.status, version: pact.version },
      after: { status: locked.status, version: locked.version, lockedAt: locked.lockedAt },
    });
    return { pact: locked, signature, locked: true };
  });
}

function chooseUnit(input: SignInput, context: PactContext, mine: string[]): string {
  if (input.unitId !== undefined) {
    if (!context.members.some((m) => m.unitId === input.unitId)) {
      throw validationError([{ path: "unitId", message: "Đơn vị này không thuộc cụm" }]);
    }
    if (!mine.includes(input.unitId)) {
      throw new AppError("forbidden", 403, "Bạn chỉ được ký giao ước thay mặt đơn vị mình.");
    }
    return input.unitId;
  }
  if (mine.length === 1) return mine[0] as string;
  throw validationError([{ path: "unitId", message: "Cần chọn đơn vị ký" }]);
}

async function signingAccount(
  tx: Parameters<typeof accountEditsUnit>[0],
  actor: Actor,
  input: SignInput,
  councilId: string,
  unitId: string,
): Promise<string> {
  if (actor.kind === "user") {
    if (input.accountId !== undefined && input.accountId !== actor.userId) {
      throw validationError([
        { path: "accountId", message: "Chỉ hệ thống mới được ghi chữ ký thay tài khoản khác" },
      ]);
    }
    if (input.signedAt !== undefined) {
      throw validationError([{ path: "signedAt", message: "Thời điểm ký là lúc bạn ký; không tự ghi được" }]);
    }
    return actor.userId;
  }
  if (input.accountId === undefined) {
    throw validationError([{ path: "accountId", message: "Khi hệ thống ký thay, cần tài khoản của đơn vị" }]);
  }
  if (!(await accountEditsUnit(tx, input.accountId, councilId, unitId))) {
    throw validationError([{ path: "accountId", message: "Tài khoản này không phải cán bộ của đơn vị ký" }]);
  }
  return input.accountId;
}
