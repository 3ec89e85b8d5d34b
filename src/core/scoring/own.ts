/**
 * record[key] only when the record has it as its own key: a unit or criterion may be coded
 * "constructor" or "toString", which a plain lookup would find on Object.prototype.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
