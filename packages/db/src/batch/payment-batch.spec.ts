import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { DEFAULT_BANK_FILE_LAYOUT, writeBankFile, type PayeeKind } from '@huimin/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoKeyRing, PersonalDataCipher } from '../crypto/index.js';
import { generateProvince } from '../synth/generate.js';
import { pgliteTarget, postgresTarget, type LoadTarget } from '../synth/target.js';
import { createTestDb, describeDatabase, type TestDb } from '../testing.js';
import { approvePaymentBatch, buildPaymentBatches, exportBankFile, PaymentBatchError, type BuiltBatch, type FinanceUser } from './payment-batch.js';

const ring = demoKeyRing();
const cipher = new PersonalDataCipher(ring);
const TODAY = '2026-11-20';
const maker: FinanceUser = { id: '5a1e0000-0000-4000-8000-000000000001', username: 'jl-finance', displayName: '财务甲', roles: ['finance'], regionCode: '220000' };
const approver: FinanceUser = { id: '5a1e0000-0000-4000-8000-000000000002', username: 'jl-finance-2', displayName: '财务乙', roles: ['finance'], regionCode: '220000' };

let t: TestDb;
let target: LoadTarget;
let dir: string;
beforeAll(async () => {
  console.info(`payment batches: testing against ${describeDatabase()}`);
  t = await createTestDb();
  target = t.url ? await postgresTarget(t.url) : pgliteTarget((t.db as unknown as { $client: PGlite }).$client);
  dir = await mkdtemp(join(tmpdir(), 'payment-batch-'));
  // A small synthetic province with cases in every status (notice_passed and payment_failed among them).
  await generateProvince({ target }, ring, { seed: 8, persons: 900, chunkSize: 300, asOf: TODAY, cases: 1 });
}, 180_000);
afterAll(async () => {
  await target?.close();
  await t?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const rows = <T extends Record<string, unknown>>(text: string, params: unknown[] = []) => target.query<T>(text, params);

describe('payment batches at province scale (set-based build, approval, bank file)', () => {
  let built: BuiltBatch[] = [];

  it('builds batches of every payable case once: notice_passed and corrected failures, never one already pending or paid', async () => {
    const payable = await rows<{ id: string; status: string; account: string; failed_account: string | null }>(
      `SELECT c.id::text AS id, c.status, c.payee_account_enc AS account,
              (SELECT i.payee_account_enc FROM payment_items i WHERE i.case_id = c.id AND i.status = 'failed' ORDER BY i.line DESC LIMIT 1) AS failed_account
         FROM cases c WHERE c.status IN ('notice_passed', 'payment_failed')
          AND NOT EXISTS (SELECT 1 FROM payment_items l WHERE l.case_id = c.id AND l.status IN ('pending', 'paid'))`,
    );
    const uncorrected = new Set(payable.filter((p) => p.status === 'payment_failed' && cipher.decrypt(p.account) === cipher.decrypt(p.failed_account!)).map((p) => p.id));
    expect(payable.length).toBeGreaterThan(150);
    expect(uncorrected.size).toBeGreaterThan(0);

    // Interrupted after two batches, then resumed with the same run key.
    const options = { region: '220000', maker, runKey: 'nov-run', today: TODAY, maxBatchLines: 40 };
    const first = await buildPaymentBatches({ target }, cipher, { ...options, maxBatches: 2 });
    expect(first.finished).toBe(false);
    expect(first.batches).toHaveLength(2);
    const second = await buildPaymentBatches({ target }, cipher, options);
    expect(second.finished).toBe(true);
    expect(second.batches.slice(0, 2).map((b) => [b.id, b.replayed])).toEqual(first.batches.map((b) => [b.id, true]));
    built = second.batches;

    const items = await rows<{ case_id: string; batch_id: string; line: number; amount_fen: number }>(
      "SELECT case_id::text AS case_id, batch_id::text AS batch_id, line, amount_fen FROM payment_items WHERE status = 'pending' AND batch_id = ANY($1::uuid[])",
      [built.map((b) => b.id)],
    );
    const itemCases = new Set(items.map((i) => i.case_id));
    expect(itemCases.size).toBe(items.length);
    const skipped = new Map([...built, ...second.nothingToPay].flatMap((b) => b.skipped.map((s) => [s.caseId, s.code] as const)));
    for (const id of uncorrected) expect(skipped.get(id)).toBe('PAYEE_NOT_CORRECTED');
    for (const p of payable) expect(itemCases.has(p.id) !== skipped.has(p.id)).toBe(true);
    expect(items.length).toBe(second.items);
    for (const b of built) {
      const mine = items.filter((i) => i.batch_id === b.id);
      expect(mine.length).toBe(b.items);
      expect(mine.length).toBeLessThanOrEqual(40);
      expect(mine.map((i) => Number(i.line)).sort((a, c) => a - c)).toEqual(mine.map((_, k) => k + 1));
      expect(mine.reduce((s, i) => s + Number(i.amount_fen), 0)).toBe(b.totalFen);
    }
    // Each batch is one audit entry of the build.
    const [audit] = await rows<{ n: string }>("SELECT count(*)::text AS n FROM audit_entries WHERE action = 'payment_batch.build'");
    expect(Number(audit!.n)).toBe(built.length);
  });

  it('replays the same run and finds nothing new for another run: no case is taken twice', async () => {
    const again = await buildPaymentBatches({ target }, cipher, { region: '220000', maker, runKey: 'nov-run', today: TODAY, maxBatchLines: 40 });
    expect(again.batches.every((b) => b.replayed)).toBe(true);
    expect(again.items).toBe(built.reduce((s, b) => s + b.items, 0));
    const other = await buildPaymentBatches({ target }, cipher, { region: '220000', maker, runKey: 'dec-run', today: TODAY, maxBatchLines: 40 });
    expect(other.batches).toHaveLength(0);
    const [dup] = await rows<{ n: string }>("SELECT count(*)::text AS n FROM (SELECT case_id FROM payment_items WHERE status IN ('pending', 'paid') GROUP BY case_id HAVING count(*) > 1) d");
    expect(dup!.n).toBe('0');
  });

  it('is approved only by a second finance user, and every case starts paying', async () => {
    const batch = built[0]!;
    await expect(approvePaymentBatch({ target }, { batchId: batch.id, approver: maker, today: TODAY })).rejects.toMatchObject({ code: 'SAME_PERSON' });
    const ok = await approvePaymentBatch({ target }, { batchId: batch.id, approver, today: TODAY });
    expect(ok).toMatchObject({ status: 'approved', cases: batch.items });
    const cases = await rows<{ status: string; last_event: string; actor: string }>(
      `SELECT c.status, (SELECT s.event FROM case_steps s WHERE s.case_id = c.id ORDER BY s.seq DESC LIMIT 1) AS last_event,
              (SELECT s.actor_id FROM case_steps s WHERE s.case_id = c.id ORDER BY s.seq DESC LIMIT 1) AS actor
         FROM payment_items i JOIN cases c ON c.id = i.case_id WHERE i.batch_id = $1::uuid`,
      [batch.id],
    );
    expect(cases.every((c) => c.status === 'paying' && c.last_event === 'start_payment' && c.actor === approver.id)).toBe(true);
    await expect(approvePaymentBatch({ target }, { batchId: batch.id, approver, today: TODAY })).rejects.toBeInstanceOf(PaymentBatchError);
  });

  it('streams the bank file in the domain layout with the accounts decrypted, the same bytes on a second export', async () => {
    const batch = built[0]!;
    await expect(exportBankFile({ target }, cipher, { batchId: built[1]!.id, user: maker, today: TODAY, file: join(dir, 'draft.csv') })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    const file = join(dir, `${batch.batchNo}.csv`);
    const out = await exportBankFile({ target }, cipher, { batchId: batch.id, user: maker, today: TODAY, file });
    expect(out).toMatchObject({ items: batch.items, layout: DEFAULT_BANK_FILE_LAYOUT.id });
    const items = await rows<{ line: number; reference: string; case_id: string; amount_fen: number; payee_name: string; payee_kind: string; payee_account_enc: string; payee_bank_name: string }>(
      "SELECT line, reference, case_id::text AS case_id, amount_fen, payee_name, payee_kind, payee_account_enc, payee_bank_name FROM payment_items WHERE batch_id = $1::uuid AND status = 'pending'",
      [batch.id],
    );
    const expected = writeBankFile(
      DEFAULT_BANK_FILE_LAYOUT,
      { batchNo: batch.batchNo },
      items.map((i) => ({
        reference: i.reference,
        batchNo: batch.batchNo,
        line: Number(i.line),
        amountFen: Number(i.amount_fen),
        payee: { kind: i.payee_kind as PayeeKind, name: i.payee_name, accountNo: cipher.decrypt(i.payee_account_enc), bankName: i.payee_bank_name },
        status: 'pending' as const,
      })),
    );
    const first = await readFile(file, 'utf8');
    expect(first).toBe(expected);
    const again = await exportBankFile({ target }, cipher, { batchId: batch.id, user: maker, today: TODAY, file });
    expect(again.sha256).toBe(out.sha256);
    expect(await readFile(file, 'utf8')).toBe(first);
    const [b] = await rows<{ status: string; steps: unknown; layout: unknown }>('SELECT status, steps, bank_file_layout AS layout FROM payment_batches WHERE id = $1::uuid', [batch.id]);
    const steps = (typeof b!.steps === 'string' ? JSON.parse(b!.steps) : b!.steps) as { event: string }[];
    expect(b!.status).toBe('exported');
    expect(steps.map((s) => s.event)).toEqual(['create', 'approve', 'export', 'export']);
    expect(b!.layout).not.toBeNull();
  });
});
