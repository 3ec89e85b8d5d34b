import { hash, type Options, verify } from "@node-rs/argon2";

// OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane.
// algorithm 2 is Argon2id (a const enum we cannot import under isolatedModules).
const options: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, options);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** A hash to verify against when the user is unknown, so timing does not reveal which usernames exist. */
export const dummyHash = (): Promise<string> => {
  dummy ??= hashPassword("thidua-no-such-user");
  return dummy;
};
