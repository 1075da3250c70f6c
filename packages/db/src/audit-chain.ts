import { createHash } from 'node:crypto';

/*
 * The audit chain's hash and lock (POLICY.md D1), one definition for every writer of `audit_entries`: the API's
 * audit service and the batch paths of this package (registry import, payment batches), so the API's chain
 * verification accepts what either wrote.
 */

/** Appends take this transaction-scoped advisory lock, so two writers never link to the same previous entry. */
export const AUDIT_CHAIN_LOCK = 7_001_001;

/** JSON with object keys sorted at every level: PostgreSQL's jsonb does not keep key order, the hash must not depend on it. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface AuditContent {
  at: Date;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  ip: string | null;
  before: unknown;
  after: unknown;
}

/** Each entry's hash covers its content and the previous entry's hash, so changing or removing any entry breaks every later link. */
export function chainHash(prevHash: string | null, content: AuditContent): string {
  return createHash('sha256')
    .update(canonicalJson({ prevHash, ...content, at: content.at.toISOString() }))
    .digest('hex');
}
