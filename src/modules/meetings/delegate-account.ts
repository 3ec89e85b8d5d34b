import type { Tx } from "../../db/types";
import { conflict, notFound } from "../../server/errors";
import type { MeetingScope } from "./policy";
import { accountOfPerson, isCouncilAccount } from "./repo-accounts";

/**
 * The account a delegate signs in with. Chosen (`userId` given): it must be one of the council's accounts and
 * stand for no other delegate of the meeting (409), since an account acts for one delegate per meeting.
 * Omitted: the register person's own account, when they have one that no other delegate uses.
 */
export async function delegateAccount(
  tx: Tx,
  s: MeetingScope,
  choice: { personId: string | null; userId?: string | null },
  selfId: string | null = null,
): Promise<string | null> {
  const usedBy = (userId: string) => s.delegates.find((d) => d.userId === userId && d.id !== selfId);
  if (choice.userId === undefined) {
    const own = choice.personId ? await accountOfPerson(tx, choice.personId) : null;
    return own && !usedBy(own) ? own : null;
  }
  if (choice.userId === null) return null;
  if (!(await isCouncilAccount(tx, s.meeting.councilId, choice.userId))) throw notFound("Tài khoản");
  const other = usedBy(choice.userId);
  if (other)
    throw conflict(
      `Tài khoản này đã gắn với đại biểu ${other.fullName} của hội nghị: mỗi tài khoản chỉ đứng tên một đại biểu.`,
    );
  return choice.userId;
}
