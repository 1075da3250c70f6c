import { evaluateSkillSubsidy, type PolicyRegistry, type SkillSubsidyEvaluation, type SkillSubsidyEvaluationInput } from '@huimin/domain';
import { sql } from 'drizzle-orm';
import { JIT_OFF_FOR_TRANSACTION, queryRows, type Database } from '../client.js';

/*
 * Silent screening for the skills-upgrade subsidy: every certificate issued in the 12 months before the basis
 * date (A6's window) is decided as if its holder applied on that date. The facts are computed set-based in
 * SQL, one chunk of certificates per statement — contribution months and arrears up to the basis month (A1,
 * A2), the holder's other certificates (E1 2025: holding a higher level bars a lower one) and, once the grant
 * ledger exists, earlier grants (A7) — and the engine decides the chunk in batch mode (trace off).
 *
 * Resumable: the cursor (person_key, certificate_no) and the running totals are written together after each
 * chunk, so an interrupted run continues where it stopped and ends with the same totals.
 */

export const SCREENING_RUNS_DDL = `CREATE TABLE IF NOT EXISTS screening_runs (
  run_id text PRIMARY KEY,
  program text NOT NULL,
  basis_date date NOT NULL,
  cursor_person_key text NOT NULL DEFAULT '',
  cursor_certificate_no text NOT NULL DEFAULT '',
  screened integer NOT NULL DEFAULT 0,
  totals jsonb NOT NULL DEFAULT '{}'::jsonb,
  started_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
)`;

/** Certificates whose holder is not in the registry: the engine cannot decide them (no region, no months). */
export const NOT_IN_REGISTRY = 'PERSON_NOT_IN_REGISTRY';

export interface ScreeningTotals {
  screened: number;
  eligible: number;
  ineligible: number;
  /** Certificates of holders the registry does not know. */
  notInRegistry: number;
  amountFen: number;
  /** Failed checks by reason code; a refusal may have several. */
  reasons: Record<string, number>;
}

export interface ScreeningOptions {
  /** The day the screening decides as of (`YYYY-MM-DD`); also the application date given to the engine. */
  basisDate: string;
  /** Default `skill-subsidy:<basisDate>`: the same screening run again resumes (or returns) the same run. */
  runId?: string;
  /** Certificates per chunk. */
  chunkSize?: number;
  registry?: PolicyRegistry;
  /** After each chunk, with the totals so far. Throwing here interrupts the run after its checkpoint. */
  onProgress?: (progress: { screened: number; total: number; totals: ScreeningTotals }) => void;
  /** Each decision, for callers that keep them (and for the tests that compare with the engine case by case). */
  onDecision?: (certificateNo: string, request: SkillSubsidyEvaluationInput, evaluation: SkillSubsidyEvaluation) => void;
  /** Stop after this many chunks (an interruption); the run stays open and a later call resumes it. */
  maxChunks?: number;
  /** Start again from the beginning even if the run was finished. */
  restart?: boolean;
}

export interface ScreeningResult extends ScreeningTotals {
  runId: string;
  finished: boolean;
  /** Certificates in the window (the progress total). */
  total: number;
  /** Whether earlier grants were read (the grant ledger exists in this database). */
  priorGrantsChecked: boolean;
  seconds: number;
}

interface FactRow extends Record<string, unknown> {
  certificate_no: string;
  person_key: string;
  kind: 'vocational_qualification' | 'skill_level';
  level: number;
  occupation: string;
  issue_date: string;
  region_code: string | null;
  paid_months: number;
  in_arrears: boolean;
  held: { occupation: string; level: number }[] | string | null;
  grants: { occupation: string; level: number; grantedOn: string }[] | string | null;
}

function emptyTotals(): ScreeningTotals {
  return { screened: 0, eligible: 0, ineligible: 0, notInRegistry: 0, amountFen: 0, reasons: {} };
}

/** The first day of the 12-month window ending on the basis date (A6: 12 months from issue). */
export function windowStart(basisDate: string): string {
  const y = Number(basisDate.slice(0, 4)) - 1;
  const md = basisDate.slice(5);
  // 29 February of a leap year: a year earlier has no such day.
  return md === '02-29' ? `${y}-02-28` : `${y}-${md}`;
}

const json = <T>(v: T | string | null): T | null => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

export async function screenSkillSubsidy(db: Database, options: ScreeningOptions): Promise<ScreeningResult> {
  const started = process.hrtime.bigint();
  const basis = options.basisDate;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(basis)) throw new RangeError('basisDate 应为 YYYY-MM-DD');
  const from = windowStart(basis);
  const basisMonth = basis.slice(0, 7);
  const runId = options.runId ?? `skill-subsidy:${basis}`;
  const chunkSize = options.chunkSize ?? 5_000;

  await db.execute(sql.raw(SCREENING_RUNS_DDL));
  if (options.restart) await db.execute(sql`DELETE FROM screening_runs WHERE run_id = ${runId}`);
  await db.execute(sql`INSERT INTO screening_runs (run_id, program, basis_date) VALUES (${runId}, 'skill-subsidy', ${basis}) ON CONFLICT (run_id) DO NOTHING`);
  const [run] = await queryRows<{ basis_date: string; cursor_person_key: string; cursor_certificate_no: string; totals: ScreeningTotals | string; finished_at: unknown }>(
    db,
    sql`SELECT basis_date::text AS basis_date, cursor_person_key, cursor_certificate_no, totals, finished_at FROM screening_runs WHERE run_id = ${runId}`,
  );
  if (run!.basis_date !== basis) throw new Error(`筛查批次 ${runId} 的基准日是 ${run!.basis_date}，不是 ${basis}`);
  const totals: ScreeningTotals = { ...emptyTotals(), ...json<ScreeningTotals>(run!.totals) };
  const [{ n: total } = { n: 0 }] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM certificates WHERE issue_date >= ${from} AND issue_date <= ${basis}`,
  );
  // The grant ledger comes with the case tables; before that (or in a registry-only database) A7 is left to
  // the case itself and the result says that prior grants were not checked.
  const [{ present } = { present: false }] = await queryRows<{ present: boolean }>(db, sql`SELECT to_regclass('public.grants') IS NOT NULL AS present`);
  const grantsJoin = present
    ? sql`LEFT JOIN LATERAL (
        SELECT json_agg(json_build_object('occupation', g.occupation, 'level', g.level, 'grantedOn', g.granted_on::text)) AS grants
          FROM grants g WHERE g.person_key = c.person_key AND g.lifted_on IS NULL AND g.granted_on <= ${basis}) g ON true`
    : sql`LEFT JOIN LATERAL (SELECT NULL::json AS grants) g ON true`;

  const result = (finished: boolean): ScreeningResult => ({
    ...totals,
    runId,
    finished,
    total: Number(total),
    priorGrantsChecked: present,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  });
  if (run!.finished_at) return result(true);

  let cursorKey = run!.cursor_person_key;
  let cursorNo = run!.cursor_certificate_no;
  for (let chunk = 0; ; chunk++) {
    if (options.maxChunks !== undefined && chunk >= options.maxChunks) return result(false);
    // In a transaction of its own, to turn JIT off for it (JIT_OFF_FOR_TRANSACTION).
    const rows = await db.transaction(async (tx) => {
      await tx.execute(sql.raw(JIT_OFF_FOR_TRANSACTION));
      return queryRows<FactRow>(
        tx as unknown as Database,
        sql`WITH c AS (
            SELECT certificate_no, person_key, kind, level, occupation, issue_date
              FROM certificates
             WHERE issue_date >= ${from} AND issue_date <= ${basis}
               AND (person_key, certificate_no) > (${cursorKey}, ${cursorNo})
             ORDER BY person_key, certificate_no
             LIMIT ${chunkSize}
          ), f AS (
            SELECT x.person_key,
                   count(*) FILTER (WHERE x.status = 'paid')::int AS paid_months,
                   bool_or(x.status = 'owed') AS in_arrears
              FROM contributions x
             WHERE x.person_key IN (SELECT DISTINCT person_key FROM c) AND x.month <= ${basisMonth}
             GROUP BY x.person_key
          )
          SELECT c.certificate_no, c.person_key, c.kind, c.level, c.occupation, c.issue_date::text AS issue_date,
                 p.region_code, coalesce(f.paid_months, 0) AS paid_months, coalesce(f.in_arrears, false) AS in_arrears,
                 h.held, g.grants
            FROM c
            LEFT JOIN persons p ON p.person_key = c.person_key
            LEFT JOIN f ON f.person_key = c.person_key
            LEFT JOIN LATERAL (
              SELECT json_agg(json_build_object('occupation', o.occupation, 'level', o.level)) AS held
                FROM certificates o
               WHERE o.person_key = c.person_key AND o.certificate_no <> c.certificate_no AND o.issue_date <= ${basis}) h ON true
            ${grantsJoin}
           ORDER BY c.person_key, c.certificate_no`,
      );
    });
    if (rows.length === 0) break;
    for (const r of rows) {
      totals.screened++;
      if (r.region_code === null) {
        totals.notInRegistry++;
        totals.reasons[NOT_IN_REGISTRY] = (totals.reasons[NOT_IN_REGISTRY] ?? 0) + 1;
        continue;
      }
      const request: SkillSubsidyEvaluationInput = {
        regionCode: r.region_code,
        applicationDate: basis,
        applicant: { contributionMonths: Number(r.paid_months), inArrears: r.in_arrears === true, deepPovertyArea: false, status: 'employed' },
        certificate: { kind: r.kind, level: Number(r.level), occupation: r.occupation, issueDate: r.issue_date },
        priorGrants: json(r.grants) ?? [],
        heldCertificates: json(r.held) ?? [],
      };
      const evaluation = evaluateSkillSubsidy(request, { trace: false, ...(options.registry ? { registry: options.registry } : {}) });
      options.onDecision?.(r.certificate_no, request, evaluation);
      if (evaluation.eligible) {
        totals.eligible++;
        totals.amountFen += evaluation.amountFen;
      } else totals.ineligible++;
      for (const code of evaluation.reasons) totals.reasons[code] = (totals.reasons[code] ?? 0) + 1;
    }
    const last = rows[rows.length - 1]!;
    cursorKey = last.person_key;
    cursorNo = last.certificate_no;
    // Cursor and totals in one statement: a crash before it repeats the chunk, never counts it twice.
    await db.execute(
      sql`UPDATE screening_runs SET cursor_person_key = ${cursorKey}, cursor_certificate_no = ${cursorNo},
            screened = ${totals.screened}, totals = ${JSON.stringify(totals)}::jsonb, updated_at = now()
          WHERE run_id = ${runId}`,
    );
    options.onProgress?.({ screened: totals.screened, total: Number(total), totals });
    if (rows.length < chunkSize) break;
  }
  await db.execute(sql`UPDATE screening_runs SET finished_at = now(), updated_at = now() WHERE run_id = ${runId}`);
  return result(true);
}
