/**
 * Rows per INSERT statement. PostgreSQL allows 65,535 bind parameters per statement; 1,000 rows of up to
 * eight columns stays well under it while keeping the number of round trips (slow on PGlite) small.
 */
export const ROWS_PER_INSERT = 1000;

export function chunks<T>(rows: readonly T[], size: number = ROWS_PER_INSERT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
