import { sql, type SQL } from 'drizzle-orm';

/** A blind index: 64 lower-case hex digits (see registry.ts). */
export const BLIND_INDEX_PATTERN = '^[0-9a-f]{64}$';
/** A ciphertext of src/crypto/cipher.ts. */
export const CIPHERTEXT_PATTERN = '^sm4\\$[a-z0-9_-]+\\$[0-9a-f]{32}\\$[0-9a-f]+\\$[0-9a-f]{32}$';

/** `'a', 'b'` for an IN list of fixed code strings (never user input). */
export function sqlList(values: readonly string[]): SQL {
  return sql.raw(values.map((v) => `'${v}'`).join(', '));
}
