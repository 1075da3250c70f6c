import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { idNumberCheckDigit } from '@huimin/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoKeyRing, PersonalDataCipher } from '../crypto/index.js';
import { synthCreditCode } from '../synth/province.js';
import { pgliteTarget, postgresTarget, type LoadTarget } from '../synth/target.js';
import { createTestDb, describeDatabase, type TestDb } from '../testing.js';
import { chainHash } from '../audit-chain.js';
import { DUPLICATE_IN_FILE, importContributionFile, OUT_OF_SCOPE, RegistryImportError, rejectedLines } from './registry-file-import.js';

const cipher = new PersonalDataCipher(demoKeyRing());
const PERSONS = 250;
const MONTHS = 12;

/** A valid ID number per person index (Changchun districts, birth days spread over the years). */
function idNumber(i: number): string {
  const first17 = `220102${1970 + (i % 30)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}${String(Math.floor(i / 30) % 100).padStart(2, '0')}${i % 10}`;
  return first17 + idNumberCheckDigit(first17);
}
const employer = synthCreditCode(7, '220102', 1);
const month = (m: number) => `2026-${String(m + 1).padStart(2, '0')}`;

let t: TestDb;
let target: LoadTarget;
let dir: string;
beforeAll(async () => {
  console.info(`registry file import: testing against ${describeDatabase()}`);
  t = await createTestDb();
  target = t.url ? await postgresTarget(t.url) : pgliteTarget((t.db as unknown as { $client: PGlite }).$client);
  dir = await mkdtemp(join(tmpdir(), 'registry-import-'));
});
afterAll(async () => {
  await target?.close();
  await t?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Built {
  path: string;
  /** Expected rejected lines: line → [field, a part of the reason]. */
  bad: Map<number, [string, string]>;
  good: number;
}

/**
 * 3,000 records (250 persons × 12 months) with known faults at known lines, in the file dialect the core systems
 * export: BOM, CRLF, a quoted field, a blank line, a column order other than the API's example.
 */
async function buildFile(name: string, statusOf: (person: number, m: number) => string = () => 'paid'): Promise<Built> {
  const lines: string[] = ['status,month,idNumber,regionCode,creditCode,note'];
  const bad = new Map<number, [string, string]>();
  let good = 0;
  for (let p = 0; p < PERSONS; p++) {
    for (let m = 0; m < MONTHS; m++) {
      const line = lines.length + 1;
      let row = [statusOf(p, m), month(m), idNumber(p), '220100', employer, `"备注,${p}"`];
      const k = p * MONTHS + m;
      if (k % 500 === 7) {
        row[2] = idNumber(p).slice(0, 17) + (idNumber(p)[17] === '0' ? '1' : '0');
        bad.set(line, ['idNumber', '校验位']);
      } else if (k % 500 === 99) {
        row[1] = '2026-13';
        bad.set(line, ['month', '月份格式']);
      } else if (k % 500 === 150) {
        row[0] = '已缴';
        bad.set(line, ['status', '缴费状态应为 paid 或 owed']);
      } else if (k % 500 === 201) {
        row[4] = '';
        bad.set(line, ['creditCode', '必填项']);
      } else if (k % 500 === 333) {
        row[3] = '230100';
        bad.set(line, ['regionCode', OUT_OF_SCOPE]);
      } else good++;
      lines.push(row.join(','));
      if (k % 1000 === 400) {
        // The same person and month again, later in the file: refused after the first.
        row = [statusOf(p, m), month(m), idNumber(p), '220100', employer, ''];
        bad.set(lines.length + 1, ['month', DUPLICATE_IN_FILE]);
        lines.push(row.join(','));
      }
      if (k === 1500) lines.push('');
    }
  }
  // Repeats far from their first line (slices earlier): the first line stands, even one refused for its region.
  for (const [p, m] of [
    [0, 1],
    [27, 9],
  ] as const) {
    bad.set(lines.length + 1, ['month', DUPLICATE_IN_FILE]);
    lines.push([statusOf(p, m), month(m), idNumber(p), '220100', employer, ''].join(','));
  }
  const path = join(dir, name);
  await writeFile(path, '\uFEFF' + lines.join('\r\n') + '\r\n');
  return { path, bad, good };
}

const contributionCount = async () => Number((await target.query<{ n: string }>('SELECT count(*)::text AS n FROM contributions'))[0]!.n);

describe('registry import of a contribution file (set-based batch path)', () => {
  it('stages, validates and upserts every line; bad lines are rejected with their line number and Chinese reason', async () => {
    const file = await buildFile('contributions.csv');
    const result = await importContributionFile({ target }, cipher, file.path, { actor: 'jl-data', scope: '220000', sliceRows: 700 });
    expect(result).toMatchObject({ finished: true, replayed: false, records: PERSONS * MONTHS + 5, inserted: file.good, updated: 0, unchanged: 0, rejected: file.bad.size });
    expect(result.inserted + result.updated + result.unchanged + result.rejected).toBe(result.records);
    expect(await contributionCount()).toBe(file.good);

    const rejected = await rejectedLines(target, result.runId);
    expect(rejected.map((r) => r.line)).toEqual([...file.bad.keys()].sort((a, b) => a - b));
    for (const r of rejected) {
      const [field, reason] = file.bad.get(r.line)!;
      expect(r.field).toBe(field);
      expect(r.reason).toContain(reason);
    }
    // No plain ID number anywhere: the rows are keyed by the blind index.
    const [row] = await target.query<{ person_key: string; status: string; region_code: string }>(
      'SELECT person_key, status, region_code FROM contributions WHERE person_key = $1 AND month = $2',
      [cipher.personKey(idNumber(3)), month(4)],
    );
    expect(row).toEqual({ person_key: cipher.personKey(idNumber(3)), status: 'paid', region_code: '220100' });

    // One audit entry, chained onto the log exactly as the API chains its own.
    const audit = await target.query<{ at: Date | string; actor: string; action: string; entity: string; entity_id: string | null; ip: string | null; before: unknown; after: unknown; prev_hash: string | null; hash: string }>(
      "SELECT at, actor, action, entity, entity_id, ip, before, after, prev_hash, hash FROM audit_entries WHERE action = 'registry.import.contributions'",
    );
    expect(audit).toHaveLength(1);
    const a = audit[0]!;
    expect(a.after).toMatchObject({ rows: result.records, inserted: file.good, errors: file.bad.size });
    const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
    // The API's verification recomputes exactly this (one definition of the chain in audit-chain.ts).
    expect(chainHash(a.prev_hash, { at: new Date(a.at), actor: a.actor, action: a.action, entity: a.entity, entityId: a.entity_id, ip: a.ip, before: json(a.before), after: json(a.after) })).toBe(a.hash);
  });

  it('returns the first result for the same file again and writes nothing', async () => {
    const file = await buildFile('contributions.csv');
    const before = await contributionCount();
    const again = await importContributionFile({ target }, cipher, file.path, { actor: 'jl-data', scope: '220000' });
    expect(again).toMatchObject({ finished: true, replayed: true, inserted: file.good, rejected: file.bad.size });
    expect(await contributionCount()).toBe(before);
  });

  it('resumes a run interrupted in each phase and ends with the same counts; changed rows are updated, equal ones left alone', async () => {
    // A corrected file: every third person's last month now owed.
    const file = await buildFile('corrected.csv', (p, m) => (p % 3 === 0 && m === MONTHS - 1 ? 'owed' : 'paid'));
    const faulty = new Set([7, 99, 150, 201, 333]);
    const changed = Array.from({ length: PERSONS }, (_, p) => p).filter((p) => p % 3 === 0 && !faulty.has((p * MONTHS + MONTHS - 1) % 500)).length;
    const before = await contributionCount();
    const options = { actor: 'jl-data', scope: '220000', sliceRows: 400 };
    const steps: boolean[] = [];
    let result = await importContributionFile({ target }, cipher, file.path, { ...options, maxSlices: 2 });
    steps.push(result.finished);
    for (let i = 0; i < 30 && !result.finished; i++) {
      result = await importContributionFile({ target }, cipher, file.path, { ...options, maxSlices: 3 });
      steps.push(result.finished);
    }
    expect(steps.length).toBeGreaterThan(3);
    expect(result).toMatchObject({ finished: true, replayed: false, rejected: file.bad.size, inserted: 0 });
    // Only the owed months changed; a faulty line was refused in both files and changed nothing.
    expect(result.updated).toBe(changed);
    const [owed] = await target.query<{ n: string }>("SELECT count(*)::text AS n FROM contributions WHERE status = 'owed'");
    expect(Number(owed!.n)).toBe(changed);
    expect(result.unchanged).toBe(file.good - result.updated);
    expect(await contributionCount()).toBe(before);
  });

  it('stages the file again when the staging table was lost, and applies and counts every line once', async () => {
    const file = await buildFile('after-a-crash.csv', (p, m) => (p % 5 === 0 && m === 0 ? 'owed' : 'paid'));
    const options = { actor: 'jl-data', scope: '220000', sliceRows: 300 };
    let result = await importContributionFile({ target }, cipher, file.path, { ...options, maxSlices: 4 });
    expect(result.finished).toBe(false);
    // A server crash empties an unlogged table: the run notices and stages again, applying only what it had not.
    await target.query(`TRUNCATE registry_import_stage_${result.runId}`);
    result = await importContributionFile({ target }, cipher, file.path, { ...options, maxSlices: 6 });
    expect(result.finished).toBe(false);
    // A run left in a phase of the earlier version (the whole file staged before any slice was applied).
    await target.query(`UPDATE registry_import_runs SET phase = 'applying' WHERE id = $1`, [result.runId]);
    result = await importContributionFile({ target }, cipher, file.path, options);
    expect(result).toMatchObject({ finished: true, records: PERSONS * MONTHS + 5, rejected: file.bad.size });
    expect(result.inserted + result.updated + result.unchanged + result.rejected).toBe(result.records);
    expect((await rejectedLines(target, result.runId)).map((r) => r.line)).toEqual([...file.bad.keys()].sort((a, b) => a - b));
    const faulty = new Set([7, 99, 150, 201, 333]);
    const owedNow = Array.from({ length: PERSONS }, (_, p) => p).filter((p) => p % 5 === 0 && !faulty.has((p * MONTHS) % 500)).length;
    const [owed] = await target.query<{ n: string }>("SELECT count(*)::text AS n FROM contributions WHERE status = 'owed'");
    expect(Number(owed!.n)).toBe(owedNow);
  });

  it('refuses a file without the columns before writing anything', async () => {
    const path = join(dir, 'wrong.csv');
    await writeFile(path, 'idNumber,month\n' + `${idNumber(1)},2026-01\n`);
    await expect(importContributionFile({ target }, cipher, path, { actor: 'jl-data' })).rejects.toThrow(RegistryImportError);
    await expect(importContributionFile({ target }, cipher, path, { actor: 'jl-data' })).rejects.toThrow('缺少字段：creditCode、regionCode、status');
  });
});
