import { AUDIT_CHAIN_LOCK, chainHash as auditChainHash } from '../audit-chain.js';
import type { LoadTarget } from '../synth/target.js';

/*
 * Audit entries written by the batch paths (registry import, payment batches), into the same append-only chain
 * as the API's (POLICY.md D1): the same transaction-scoped lock, the same link to the previous entry and the
 * same hash — SHA-256 over canonical JSON (keys sorted at every level) of the previous hash and the content —
 * so the API's chain verification accepts them (one definition: ../audit-chain.ts).
 */
export interface AuditContent {
  actor: string;
  action: string;
  entity: string;
  entityId?: string | null;
  ip?: string | null;
  before?: unknown;
  after?: unknown;
}

function chainHash(prevHash: string | null, at: Date, c: AuditContent): string {
  return auditChainHash(prevHash, { at, actor: c.actor, action: c.action, entity: c.entity, entityId: c.entityId ?? null, ip: c.ip ?? null, before: c.before ?? null, after: c.after ?? null });
}

/** Appends entries inside the caller's open transaction (they commit with the change they record). */
export async function appendAudit(target: LoadTarget, entries: readonly AuditContent[]): Promise<void> {
  if (entries.length === 0) return;
  await target.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
  const [last] = await target.query<{ hash: string }>('SELECT hash FROM audit_entries ORDER BY id DESC LIMIT 1');
  let prev = last?.hash ?? null;
  // Milliseconds, as timestamptz round-trips them to the API's verification (Date has no finer precision).
  const at = new Date(Math.floor(Date.now()));
  const rows: unknown[][] = [];
  for (const e of entries) {
    const hash = chainHash(prev, at, e);
    rows.push([at.toISOString(), e.actor, e.action, e.entity, e.entityId ?? null, e.ip ?? null, e.before === undefined ? null : JSON.stringify(e.before), e.after === undefined ? null : JSON.stringify(e.after), prev, hash]);
    prev = hash;
  }
  // One multi-row INSERT per slice keeps the order of the chain (ids ascend with the VALUES order).
  for (let i = 0; i < rows.length; i += 1000) {
    const slice = rows.slice(i, i + 1000);
    const params: unknown[] = [];
    const values = slice.map((r) => `(${r.map((v) => `$${params.push(v)}`).join(', ')})`).join(', ');
    await target.query(`INSERT INTO audit_entries (at, actor, action, entity, entity_id, ip, before, after, prev_hash, hash) VALUES ${values}`, params);
  }
}
