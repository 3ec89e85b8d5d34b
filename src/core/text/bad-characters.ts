/**
 * The index of the first character PostgreSQL cannot store as text, or -1: NUL (U+0000), or half of a
 * UTF-16 surrogate pair (which has no UTF-8 form). Both reach us only through JSON escapes.
 */
export function badCharacterAt(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return i;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return i;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

/** "ký tự thứ 5": people count from one. */
export const badCharacterMessage = (index: number): string =>
  `Chứa ký tự không hợp lệ (ký tự NUL hoặc ký tự Unicode bị cắt đôi) ở ký tự thứ ${index + 1}`;

/** The first string (or object key) inside a JSON value holding a bad character, with its path. */
export function findBadText(value: unknown): { path: (string | number)[]; index: number } | null {
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length > 0) {
    const [item, path] = stack.pop() as [unknown, (string | number)[]];
    if (typeof item === "string") {
      const index = badCharacterAt(item);
      if (index >= 0) return { path, index };
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push([item[i], [...path, i]]);
    } else if (item !== null && typeof item === "object") {
      const entries = Object.entries(item).reverse();
      for (const [key, child] of entries) {
        const index = badCharacterAt(key);
        if (index >= 0) return { path: [...path, key], index };
        stack.push([child, [...path, key]]);
      }
    }
  }
  return null;
}
