import type { PGlite } from '@electric-sql/pglite';
import { evaluateSkillSubsidy, type SkillSubsidyEvaluation } from '@huimin/domain';
import { and, eq, lte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoKeyRing } from '../crypto/index.js';
import { certificates, contributions, persons } from '../schema/index.js';
import { generateProvince } from '../synth/generate.js';
import { pgliteTarget, postgresTarget, type LoadTarget } from '../synth/target.js';
import { createTestDb, describeDatabase, type TestDb } from '../testing.js';
import { screenSkillSubsidy, windowStart, type ScreeningTotals } from './screen.js';

const BASIS = '2026-11-20';
let t: TestDb;
let target: LoadTarget;
beforeAll(async () => {
  console.info(`screening: testing against ${describeDatabase()}`);
  t = await createTestDb();
  target = t.url ? await postgresTarget(t.url) : pgliteTarget((t.db as unknown as { $client: PGlite }).$client);
  // Enough persons for a few dozen certificates in the window, of every decision.
  await generateProvince({ target }, demoKeyRing(), { seed: 9, persons: 600, chunkSize: 200, asOf: BASIS });
});
afterAll(async () => {
  await target?.close();
  await t?.drop();
});

const totalsOf = (r: ScreeningTotals) => ({
  screened: r.screened,
  eligible: r.eligible,
  ineligible: r.ineligible,
  notInRegistry: r.notInRegistry,
  amountFen: r.amountFen,
  reasons: r.reasons,
});

describe('skills-subsidy screening', () => {
  it('decides every certificate of the window as the engine does case by case over the raw records', async () => {
    const decided = new Map<string, SkillSubsidyEvaluation>();
    const result = await screenSkillSubsidy(t.db, { basisDate: BASIS, runId: 'case-by-case', chunkSize: 7, onDecision: (no, _req, e) => decided.set(no, e) });
    expect(result.finished).toBe(true);
    expect(result.screened).toBe(result.total);
    expect(result.eligible).toBeGreaterThan(0);
    expect(result.ineligible).toBeGreaterThan(0);

    // The facts again, the slow way: per certificate, the person's rows read and counted in JavaScript.
    const inWindow = (await t.db.select().from(certificates)).filter((c) => c.issueDate >= windowStart(BASIS) && c.issueDate <= BASIS);
    expect(inWindow.length).toBe(result.total);
    for (const c of inWindow) {
      const [person] = await t.db.select().from(persons).where(eq(persons.personKey, c.personKey));
      const months = await t.db
        .select()
        .from(contributions)
        .where(and(eq(contributions.personKey, c.personKey), lte(contributions.month, BASIS.slice(0, 7))));
      const others = (await t.db.select().from(certificates).where(eq(certificates.personKey, c.personKey))).filter(
        (o) => o.certificateNo !== c.certificateNo && o.issueDate <= BASIS,
      );
      const expected = evaluateSkillSubsidy(
        {
          regionCode: person!.regionCode,
          applicationDate: BASIS,
          applicant: { contributionMonths: months.filter((m) => m.status === 'paid').length, inArrears: months.some((m) => m.status === 'owed') },
          certificate: { kind: c.kind, level: c.level, occupation: c.occupation, issueDate: c.issueDate },
          heldCertificates: others.map((o) => ({ occupation: o.occupation, level: o.level })),
        },
        { trace: false },
      );
      const got = decided.get(c.certificateNo);
      expect(got, c.certificateNo).toBeDefined();
      expect({ eligible: got!.eligible, amountFen: got!.amountFen, reasons: got!.reasons }).toEqual({
        eligible: expected.eligible,
        amountFen: expected.amountFen,
        reasons: expected.reasons,
      });
    }
  });

  it('resumes after an interruption with the same totals, and a finished run is not counted again', async () => {
    const whole = await screenSkillSubsidy(t.db, { basisDate: BASIS, runId: 'whole', chunkSize: 5 });
    let chunks = 0;
    await expect(
      screenSkillSubsidy(t.db, {
        basisDate: BASIS,
        runId: 'interrupted',
        chunkSize: 5,
        onProgress: () => {
          if (++chunks === 3) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    const partial = await screenSkillSubsidy(t.db, { basisDate: BASIS, runId: 'interrupted', chunkSize: 5, maxChunks: 1 });
    expect(partial.finished).toBe(false);
    expect(partial.screened).toBe(20);
    const resumed = await screenSkillSubsidy(t.db, { basisDate: BASIS, runId: 'interrupted', chunkSize: 5 });
    expect(resumed.finished).toBe(true);
    expect(totalsOf(resumed)).toEqual(totalsOf(whole));
    const again = await screenSkillSubsidy(t.db, { basisDate: BASIS, runId: 'interrupted', chunkSize: 5 });
    expect(totalsOf(again)).toEqual(totalsOf(whole));
  });
});
