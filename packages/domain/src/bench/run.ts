/**
 * Policy-engine benchmark: `pnpm --filter @huimin/domain bench` (after a build), `--quick` for a short run.
 *
 * 100,000 generated skills-subsidy cases (Jilin, certificates of 2017–2018, so one rule set decides them all);
 * evaluations per second with trace on and off, and in the same run a baseline: a hand-written inline function
 * for Jilin's 2017 rule (吉人社联字〔2017〕67号). The engine must agree with the baseline on every case.
 * A second set mixes regions and years (every rule set of E1, the 2027 fallback) for the engine alone.
 */
import { evaluateSkillSubsidy, type SkillSubsidyEvaluationInput } from '../engine/index.js';

const quick = process.argv.includes('--quick');
const N = quick ? 10_000 : 100_000;
const ROUNDS = quick ? 3 : 7;

/** A small deterministic generator (mulberry32), so every run measures the same cases. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OCCUPATIONS = ['焊工', '电工', '模具工', '钳工', '化学分析工', '车工'];
const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

function generate(count: number, seed: number, years: [number, number], regions: string[]): SkillSubsidyEvaluationInput[] {
  const r = rng(seed);
  const out: SkillSubsidyEvaluationInput[] = [];
  for (let i = 0; i < count; i++) {
    const y = years[0] + Math.floor(r() * (years[1] - years[0] + 1));
    const issueDate = `${y}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`;
    const lag = Math.floor(r() * 15); // months after issue
    const ay = y + Math.floor((+issueDate.slice(5, 7) - 1 + lag) / 12);
    const am = ((+issueDate.slice(5, 7) - 1 + lag) % 12) + 1;
    const occupation = OCCUPATIONS[Math.floor(r() * OCCUPATIONS.length)]!;
    const priorGrants = r() < 0.2 ? [{ occupation, level: 3 + Math.floor(r() * 3), grantedOn: `${ay}-01-15` }] : [];
    out.push({
      regionCode: regions[Math.floor(r() * regions.length)]!,
      applicationDate: `${ay}-${pad(am)}-${issueDate.slice(8)}`,
      applicant: { contributionMonths: Math.floor(r() * 60), inArrears: r() < 0.1, deepPovertyArea: false, status: 'employed' },
      certificate: { kind: r() < 0.5 ? 'skill_level' : 'vocational_qualification', level: 1 + Math.floor(r() * 5), occupation, issueDate },
      priorGrants,
      heldCertificates: [],
    });
  }
  return out;
}

const JILIN_SHORTAGE = new Set(['药物制剂工', '化学分析工', '焊工', '建材物理检验工', '模具工', '多工序数控机床操作调整工']);
const BASE = [0, 0, 0, 200_000, 150_000, 100_000];
const SHORTAGE = [0, 0, 0, 260_000, 195_000, 130_000];

/** Jilin 2017, written by hand: A1 36 months, A2 no arrears, A3, A4, A6 12 months, A7, A8/A9. */
function jilin2017Inline(req: SkillSubsidyEvaluationInput): number {
  const c = req.certificate;
  let ok = req.applicant.contributionMonths >= 36 && !req.applicant.inArrears && c.issueDate >= '2017-01-01' && c.level >= 3 && c.level <= 5;
  const y = +c.issueDate.slice(0, 4) + 1;
  const m = +c.issueDate.slice(5, 7);
  const d = +c.issueDate.slice(8, 10);
  const last = m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  const deadline = `${y}-${pad(m)}-${pad(Math.min(d, last))}`;
  if (req.applicationDate > deadline || req.applicationDate < c.issueDate) ok = false;
  for (const g of req.priorGrants ?? []) if (g.occupation === c.occupation && g.level === c.level) ok = false;
  if (!ok) return 0;
  return JILIN_SHORTAGE.has(c.occupation) ? SHORTAGE[c.level]! : BASE[c.level]!;
}

function measure(label: string, cases: SkillSubsidyEvaluationInput[], fn: (c: SkillSubsidyEvaluationInput) => number): number {
  let sink = 0;
  for (let i = 0; i < Math.min(cases.length, 20_000); i++) sink += fn(cases[i]!); // warm-up
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < cases.length; i++) sink += fn(cases[i]!);
    const ns = Number(process.hrtime.bigint() - t0);
    rates.push(cases.length / (ns / 1e9));
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)]!;
  console.log(`${label.padEnd(44)} ${Math.round(median).toLocaleString('en-US').padStart(12)} /s  (best ${Math.round(rates[rates.length - 1]!).toLocaleString('en-US')}; checksum ${sink % 1_000_003})`);
  return median;
}

const jilin = generate(N, 2017, [2017, 2018], ['220100', '220200', '220000']);
let disagree = 0;
let eligible = 0;
for (const c of jilin) {
  const e = evaluateSkillSubsidy(c, { trace: false });
  if (e.eligible) eligible++;
  if (e.amountFen !== jilin2017Inline(c)) disagree++;
}
console.log(`Skills subsidy benchmark — ${N.toLocaleString('en-US')} cases, ${ROUNDS} rounds each, median rate (Node ${process.version})`);
console.log(`Jilin 2017–2018 cases: ${eligible.toLocaleString('en-US')} eligible; engine vs hand-written rule disagree on ${disagree} case(s)`);
if (disagree > 0) process.exitCode = 1;

const inline = measure('baseline: inline Jilin 2017 function', jilin, jilin2017Inline);
const off = measure('engine, trace off (Jilin 2017–2018)', jilin, (c) => evaluateSkillSubsidy(c, { trace: false }).amountFen);
const on = measure('engine, trace on  (Jilin 2017–2018)', jilin, (c) => evaluateSkillSubsidy(c).amountFen);

const mixed = generate(N, 2026, [2016, 2028], ['220100', '230100', '150100', '220000', '230000']);
const mixedOff = measure('engine, trace off (3 provinces, 2016–2028)', mixed, (c) => evaluateSkillSubsidy(c, { trace: false }).amountFen);
const mixedOn = measure('engine, trace on  (3 provinces, 2016–2028)', mixed, (c) => evaluateSkillSubsidy(c).amountFen);

console.log(`ratio baseline ÷ engine (trace off): ${(inline / off).toFixed(1)}×; trace on ÷ trace off: ${(on / off).toFixed(2)}; mixed trace on ÷ off: ${(mixedOn / mixedOff).toFixed(2)}`);
console.log(`target ≥ 1,000,000 /s with trace off: ${off >= 1_000_000 && mixedOff >= 1_000_000 ? 'met' : 'NOT met'}`);
