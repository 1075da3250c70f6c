import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKILL_SUBSIDY_CASE_STATUSES, skillSubsidyCaseMachine } from '@huimin/domain';
import { databaseErrorCode, migrationsFolder, queryRows } from '../client.js';
import { createTestDb, describeDatabase, testCipher, type TestDb } from '../testing.js';
import { caseTransitionFunctionSql } from './case-transitions.js';

const cipher = testCipher();
const ID = '11010519491231002X';
const KEY = cipher.personKey(ID);
let t: TestDb;
let personId: string;

beforeAll(async () => {
  console.info(`case transitions: testing against ${describeDatabase()}`);
  t = await createTestDb();
  const rows = await queryRows<{ id: string }>(
    t.db,
    sql`INSERT INTO persons (person_key, id_number_enc, name, sex, birth_date, region_code)
        VALUES (${KEY}, ${cipher.encrypt(ID)}, '测试', 'female', '1949-12-31', '220100') RETURNING id`,
  );
  personId = rows[0]!.id;
});

afterAll(async () => t?.drop());

async function insertCase(status: string, occupation = '焊工'): Promise<string> {
  const res = await queryRows<{ id: string }>(t.db, sql`
    INSERT INTO cases (region_code, person_id, person_key, applicant_name, channel, certificate_no, certificate_kind,
      occupation, level, facts, evaluation, rule_set_id, rules, basis_date, application_date, amount_fen, status,
      created_by, payee_kind, payee_account_enc)
    VALUES ('220100', ${personId}, ${KEY}, '测试', 'counter', 'C1', 'skill_level', ${occupation}, 4, '{}', '{}',
      'jl-2017-67', '{}', '2026-01-01', '2026-01-05', 150000, ${status}, 'staff:x', 'bank_account',
      ${cipher.encrypt('6222020200112233445')}) RETURNING id`);
  return res[0]!.id;
}

async function codeOf(statement: Promise<unknown>): Promise<string | undefined> {
  try {
    await statement;
  } catch (error) {
    return databaseErrorCode(error) ?? `not a database error: ${String(error)}`;
  }
  return undefined;
}

describe('the case status trigger', () => {
  it('is in the latest migration that defines it, exactly as the domain workflow generates it', () => {
    // A workflow change is a new migration replacing the function: the last one to define it must match.
    const defining = readdirSync(migrationsFolder)
      .filter((f) => f.endsWith('.sql'))
      .sort()
      .filter((f) => readFileSync(join(migrationsFolder, f), 'utf8').includes('FUNCTION "cases_status_transition_check"'));
    expect(defining.at(0)).toBe('0003_skill_subsidy_cases.sql');
    const latest = readFileSync(join(migrationsFolder, defining.at(-1)!), 'utf8');
    expect(latest, `regenerate the function into a new migration: ${defining.at(-1)} is stale`).toContain(caseTransitionFunctionSql());
  });

  it('allows every pair of the workflow and refuses every other status change', async () => {
    const allowed = new Set(skillSubsidyCaseMachine.transitionPairs().map((p) => `${p.from}>${p.to}`));
    expect(allowed.size).toBeGreaterThan(20);
    const refused: string[] = [];
    const accepted: string[] = [];
    let n = 0;
    for (const from of SKILL_SUBSIDY_CASE_STATUSES) {
      for (const to of SKILL_SUBSIDY_CASE_STATUSES) {
        if (from === to) continue;
        // A fresh occupation per case keeps the one-open-case index out of the way.
        const id = await insertCase(from, `工种${n++}`);
        const code = await codeOf(t.db.execute(sql`UPDATE cases SET status = ${to} WHERE id = ${id}`));
        if (code === undefined) accepted.push(`${from}>${to}`);
        else if (code === '23514') refused.push(`${from}>${to}`);
        else throw new Error(`unexpected ${code} for ${from}>${to}`);
      }
    }
    expect(new Set(accepted)).toEqual(allowed);
    expect(refused.length).toBe(SKILL_SUBSIDY_CASE_STATUSES.length * (SKILL_SUBSIDY_CASE_STATUSES.length - 1) - allowed.size);
  });

  it('keeps one open or granted case per person × occupation × level (A7, A11)', async () => {
    await insertCase('submitted', '电工');
    expect(await codeOf(insertCase('submitted', '电工'))).toBe('23505');
    const rejected = await insertCase('rejected', '钳工');
    expect(rejected).toBeTruthy();
    expect(await codeOf(insertCase('paid', '钳工'))).toBeUndefined();
    expect(await codeOf(insertCase('submitted', '钳工'))).toBe('23505');
  });

  it('refuses an unknown status and rewriting a step', async () => {
    expect(await codeOf(insertCase('lost', '车工'))).toBe('23514');
    const id = await insertCase('submitted', '铣工');
    await t.db.execute(sql`INSERT INTO case_steps (case_id, seq, event, to_status, "on", actor_kind, actor_id, round, separated)
      VALUES (${id}, 1, 'submit', 'submitted', '2026-01-05', 'staff', 'x', 1, false)`);
    expect(await codeOf(t.db.execute(sql`INSERT INTO case_steps (case_id, seq, event, to_status, "on", actor_kind, actor_id, round, separated)
      VALUES (${id}, 1, 'approve', 'reviewing', '2026-01-05', 'staff', 'y', 1, true)`))).toBe('23505');
    expect(await codeOf(t.db.execute(sql`UPDATE case_steps SET actor_id = 'z' WHERE case_id = ${id}`))).toBe('42501');
  });
});

describe('case_status_counts (issue 8: the work lists’ counts per region and status)', () => {
  async function maintained(): Promise<Record<string, number>> {
    const rows = await queryRows<{ key: string; n: string }>(
      t.db,
      sql`SELECT region_code || ' ' || status AS key, sum(n)::text AS n FROM case_status_counts GROUP BY 1 HAVING sum(n) <> 0`,
    );
    return Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
  }
  async function counted(): Promise<Record<string, number>> {
    const rows = await queryRows<{ key: string; n: string }>(t.db, sql`SELECT region_code || ' ' || status AS key, count(*)::text AS n FROM cases GROUP BY 1`);
    return Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
  }
  const deltaRows = async () => Number((await queryRows<{ n: string }>(t.db, sql`SELECT count(*)::text AS n FROM case_status_counts`))[0]!.n);

  it('follows every insert, status change and delete, folds to one row per key, and rebuilds to the same', async () => {
    // The cases of the workflow test above are here already: inserted one by one, most moved once.
    expect(await maintained()).toEqual(await counted());
    const a = await insertCase('submitted', '计数甲');
    const b = await insertCase('submitted', '计数乙');
    const before = await deltaRows();
    // One statement moving two cases of one region writes one delta row per key it changed (-2 and +2), not two.
    await t.db.execute(sql`UPDATE cases SET status = 'withdrawn' WHERE id IN (${a}, ${b})`);
    expect(await deltaRows()).toBe(before + 2);
    // A statement that changes no status writes nothing.
    await t.db.execute(sql`UPDATE cases SET overdue = NOT overdue WHERE id = ${a}`);
    expect(await deltaRows()).toBe(before + 2);
    expect(await maintained()).toEqual(await counted());
    expect((await maintained())['220100 withdrawn']).toBeGreaterThanOrEqual(2);

    const [{ folded }] = (await queryRows<{ folded: number }>(t.db, sql`SELECT compact_case_status_counts() AS folded`)) as [{ folded: number }];
    expect(folded).toBeGreaterThan(0);
    const keys = await queryRows<{ n: string }>(t.db, sql`SELECT count(DISTINCT (program, region_code, status))::text AS n FROM case_status_counts`);
    expect(await deltaRows()).toBe(Number(keys[0]!.n));
    expect(await maintained()).toEqual(await counted());

    await t.db.execute(sql`SELECT rebuild_case_status_counts()`);
    expect(await maintained()).toEqual(await counted());
  });
});
