import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/*
 * The format CHECKs of keys and ciphertexts. A bulk load checks them on every row, and PostgreSQL's regular
 * expressions are slow with a counted repetition such as `[0-9a-f]{64}`: about 3 µs a row, most of the cost of
 * inserting a contribution month (docs/performance.md). An unbounded `*` or `+` with a length test says the same
 * at a tenth of the cost.
 */

/** The column holds a blind index: 64 lower-case hex digits (never a plain ID number; see registry.ts). */
export function blindIndexCheck(column: AnyPgColumn): SQL {
  return sql`octet_length(${column}) = 64 AND ${column} ~ '^[0-9a-f]*$'`;
}

/** A ciphertext's parts, each as long as it likes; the IV and the MAC are measured apart (below). */
const CIPHERTEXT_SHAPE = '^sm4\\$[a-z0-9_-]+\\$[0-9a-f]+\\$[0-9a-f]+\\$[0-9a-f]+$';

/** The column holds a ciphertext of src/crypto/cipher.ts: `sm4$<keyId>$<iv: 32 hex>$<body: hex>$<mac: 32 hex>`. */
export function ciphertextCheck(column: AnyPgColumn): SQL {
  return sql`${column} ~ ${sql.raw(`'${CIPHERTEXT_SHAPE}'`)} AND octet_length(split_part(${column}, '$', 3)) = 32 AND octet_length(split_part(${column}, '$', 5)) = 32`;
}

/** `'a', 'b'` for an IN list of fixed code strings (never user input). */
export function sqlList(values: readonly string[]): SQL {
  return sql.raw(values.map((v) => `'${v}'`).join(', '));
}
