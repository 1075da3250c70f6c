import { addDays, creditCodeCheckChar, idNumberCheckDigit } from '@huimin/domain';
import type { PersonalDataCipher } from '../crypto/index.js';
import { Random } from '../seed/random.js';
import { buildCases, CASE_TABLES, SYNTH_ID_KIND, synthUuid, type CaseEmployer, type CasePerson, type CaseTable } from './cases.js';
import {
  BRAND_CHARS,
  CITY_CODES,
  CITY_WEIGHTS,
  cityName,
  GIVEN_FEMALE,
  GIVEN_MALE,
  INDUSTRIES,
  LEVEL_WEIGHTS,
  LEVELS,
  MOBILE_PREFIXES,
  OCCUPATION_WEIGHTS,
  OCCUPATIONS,
  SIZES,
  STREETS,
  SURNAME_WEIGHTS,
  SURNAMES,
  SYNTH_DISTRICTS,
  SYNTH_PROVINCE,
} from './reference.js';

/*
 * The synthetic province, one chunk at a time. A chunk's content depends only on (seed, chunk number, chunk
 * size, as-of date), never on what was generated before it, so chunks can be generated in any order, by
 * several workers, and a chunk that is already in the database is simply skipped on a re-run. Only the
 * ciphertexts differ between two runs: the cipher draws a fresh IV per value by design (src/crypto), so
 * determinism is checked on the plain values and the blind index.
 */

export interface ProvinceOptions {
  seed: number;
  /** Persons in the whole province. */
  persons: number;
  /** Persons per chunk (one transaction, one unit of resumption). */
  chunkSize: number;
  /** The day the histories end (`YYYY-MM-DD`): contributions up to the month before, certificates before it. */
  asOf: string;
  /**
   * Skills-subsidy cases per person (0.5 = one case for two persons), each with its own certificate, in every
   * status (see cases.ts). 0 or absent: the registry only.
   */
  cases?: number;
}

/** Plain values of a generated person, kept only for checks (tests) — never written anywhere. */
export interface PlainPerson {
  idNumber: string;
  phone: string;
  personKey: string;
}

export interface ChunkRows {
  chunkNo: number;
  /** Rows in COPY text format (tab-separated, one row per line), in the column order of COPY_COLUMNS. */
  employers: string;
  persons: string;
  contributions: string;
  certificates: string;
  counts: { employers: number; persons: number; contributions: number; certificates: number; cases: number };
  /** The case tables' rows (COPY text), when the province has cases. */
  caseRows?: Record<CaseTable, string>;
  caseCounts?: Record<CaseTable, number>;
  plain?: PlainPerson[];
  creditCodes?: string[];
}

export const COPY_COLUMNS = {
  employers: ['credit_code', 'name', 'region_code', 'industry', 'size', 'address'],
  persons: ['id', 'person_key', 'id_number_enc', 'name', 'sex', 'birth_date', 'phone_enc', 'region_code', 'address'],
  contributions: ['person_key', 'month', 'credit_code', 'region_code', 'status'],
  certificates: ['certificate_no', 'person_key', 'kind', 'level', 'occupation', 'issue_date', 'issuer'],
} as const;
export type SynthTable = keyof typeof COPY_COLUMNS;
export { CASE_TABLES };

/** Employers per chunk: about one employer for 20 insured persons, as in a typical province's registry. */
export function employersPerChunk(chunkSize: number): number {
  return Math.max(1, Math.ceil(chunkSize / 20));
}

export function chunkCount(options: Pick<ProvinceOptions, 'persons' | 'chunkSize'>): number {
  return Math.ceil(options.persons / options.chunkSize);
}

export function personsInChunk(options: Pick<ProvinceOptions, 'persons' | 'chunkSize'>, chunkNo: number): number {
  return Math.max(0, Math.min(options.chunkSize, options.persons - chunkNo * options.chunkSize));
}

// ID numbers are unique by construction, not by luck: the person's global index goes through a bijection onto
// (district, birth day) slots, and the sequence digits carry the round when a province outgrows the slots.
const BIRTH_FROM = '1966-01-01';
const BIRTH_DAYS = 40 * 365;
const SLOTS = SYNTH_DISTRICTS.length * BIRTH_DAYS;
const ROUNDS = 100;
/** Persons the generator can give distinct ID numbers to. */
export const MAX_PERSONS = SLOTS * ROUNDS;
// A prime that does not divide SLOTS, so i ↦ i·P mod SLOTS is a permutation and neighbours are scattered.
const SLOT_STRIDE = 1_000_003;

const ORG_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_SPACE = 31 ** 8;

/** GB 11714 organisation code: 8 body characters and a check character (letters count A = 10 …). */
function organizationCode(body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body.charCodeAt(i);
    sum += (c <= 57 ? c - 48 : c - 55) * weights[i]!;
  }
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

/** A valid credit code (GB 32100, POLICY.md E6) unique per global employer index. */
export function synthCreditCode(globalIndex: number, districtCode: string, seed: number): string {
  let n = (globalIndex * 1_000_003 + (seed % 1_000) * 7_919) % ORG_SPACE;
  let body = '';
  for (let i = 0; i < 8; i++) {
    body = ORG_ALPHABET[n % 31]! + body;
    n = Math.floor(n / 31);
  }
  const first17 = `91${districtCode}${organizationCode(body)}`;
  return first17 + creditCodeCheckChar(first17);
}

/** Chunks get independent streams, so that a chunk is the same whichever worker generates it and when. */
function chunkRandom(seed: number, chunkNo: number, stream: number): Random {
  let h = (seed ^ Math.imul(chunkNo + 1, 0x9e3779b1) ^ Math.imul(stream + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  return new Random(h ^ (h >>> 15));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}
function monthOf(index: number): string {
  return `${Math.floor(index / 12)}-${pad2((index % 12) + 1)}`;
}

/** COPY text needs backslash, tab and line breaks escaped; our values rarely hold them, but names are data. */
function copyText(value: string | number): string {
  const s = String(value);
  return /[\\\t\n\r]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s;
}

function cumulative(weights: readonly number[]): number[] {
  const out: number[] = [];
  let total = 0;
  for (const w of weights) out.push((total += w));
  return out;
}
function pickCumulative(rng: Random, cum: readonly number[]): number {
  const r = rng.next() * cum[cum.length - 1]!;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid]! > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const SURNAME_CUM = cumulative(SURNAME_WEIGHTS);
const CITY_CUM = cumulative(CITY_WEIGHTS);
const INDUSTRY_CUM = cumulative(INDUSTRIES.map((i) => i.weight));
const SIZE_CUM = cumulative(SIZES.map((s) => s.share));
const OCCUPATION_CUM = cumulative(OCCUPATION_WEIGHTS);
const LEVEL_CUM = cumulative(LEVEL_WEIGHTS);
/** Length of a contribution history in months: short, medium (around the 12 and 36 thresholds of A1/E1), long. */
const HISTORY_BANDS: readonly (readonly [number, number, number])[] = [
  [1, 11, 18],
  [12, 35, 30],
  [36, 60, 52],
];
const HISTORY_CUM = cumulative(HISTORY_BANDS.map((b) => b[2]));

interface SynthEmployer extends CaseEmployer {
  city: string;
}

/**
 * Generates chunk `chunkNo`: its employers, persons (ID numbers and phones SM4-encrypted, keyed by the blind
 * index exactly as the seed and the API write them), contribution histories and certificates.
 */
export function buildChunk(options: ProvinceOptions, chunkNo: number, cipher: PersonalDataCipher, keepPlain = false): ChunkRows {
  const { seed, chunkSize } = options;
  const count = personsInChunk(options, chunkNo);
  if ((chunkNo + 1) * chunkSize > MAX_PERSONS) throw new RangeError(`最多生成 ${MAX_PERSONS} 人`);
  const asOfMonth = monthIndex(options.asOf);
  const lastMonth = asOfMonth - 1;

  // Employers: a fixed number per chunk (also for a short last chunk, so that chunk k is always the same).
  const er = chunkRandom(seed, chunkNo, 1);
  const epc = employersPerChunk(chunkSize);
  const employers: SynthEmployer[] = [];
  const employerWeights: number[] = [];
  const creditCodes: string[] = [];
  let employerText = '';
  for (let j = 0; j < epc; j++) {
    const district = SYNTH_DISTRICTS[er.int(0, SYNTH_DISTRICTS.length - 1)]!;
    const industry = INDUSTRIES[pickCumulative(er, INDUSTRY_CUM)]!;
    const size = SIZES[pickCumulative(er, SIZE_CUM)]!;
    const creditCode = synthCreditCode(chunkNo * epc + j, district.code, seed);
    const brand = er.pick(BRAND_CHARS) + er.pick(BRAND_CHARS);
    const short = district.cityName.replace(/(市|朝鲜族自治州)$/, '');
    const name = `${short}${brand}${er.pick(industry.businesses)}${size.size === 'large' ? '股份' : ''}有限公司`;
    const address = `${SYNTH_PROVINCE.name}${district.cityName}${district.name}${er.pick(STREETS)}${er.int(1, 999)}号`;
    employers.push({ creditCode, city: district.city, name, industry: industry.name, address });
    employerWeights.push(size.headcount);
    creditCodes.push(creditCode);
    employerText += `${creditCode}\t${copyText(name)}\t${district.city}\t${copyText(industry.name)}\t${size.size}\t${copyText(address)}\n`;
  }
  const employerCum = cumulative(employerWeights);

  const r = chunkRandom(seed, chunkNo, 2);
  // The cases draw from their own stream, so that adding them left the registry of a chunk unchanged.
  const withCases = (options.cases ?? 0) > 0;
  const casePersons: CasePerson[] = [];
  const plain: PlainPerson[] = [];
  let personText = '';
  let contributionText = '';
  let certificateText = '';
  let contributionCount = 0;
  let certificateCount = 0;
  for (let j = 0; j < count; j++) {
    const i = chunkNo * chunkSize + j;
    const slot = (i * SLOT_STRIDE + (seed % SLOTS)) % SLOTS;
    const district = SYNTH_DISTRICTS[slot % SYNTH_DISTRICTS.length]!;
    const birthDate = addDays(BIRTH_FROM, Math.floor(slot / SYNTH_DISTRICTS.length));
    const round = Math.floor(i / SLOTS) % ROUNDS;
    const sexDigit = r.int(0, 9);
    const sex = sexDigit % 2 === 1 ? 'male' : 'female';
    const first17 = `${district.code}${birthDate.slice(0, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}${pad2(round)}${sexDigit}`;
    const idNumber = first17 + idNumberCheckDigit(first17);
    const surname = SURNAMES[pickCumulative(r, SURNAME_CUM)]!;
    const given = sex === 'male' ? GIVEN_MALE : GIVEN_FEMALE;
    const name = surname + r.pick(given) + (r.chance(0.7) ? r.pick(given) : '');
    const phone = r.pick(MOBILE_PREFIXES) + r.digits(8);
    // Most people are insured where they were born; some work in another city of the province.
    const city = r.chance(0.85) ? district.city : CITY_CODES[pickCumulative(r, CITY_CUM)]!;
    const address = `${SYNTH_PROVINCE.name}${cityName(city)}${r.pick(STREETS)}${r.int(1, 300)}号${r.int(1, 30)}栋${r.int(1, 6)}单元`;
    const personKey = cipher.personKey(idNumber);
    const personId = synthUuid(seed, SYNTH_ID_KIND.person, i);
    if (keepPlain) plain.push({ idNumber, phone, personKey });
    personText += `${personId}\t${personKey}\t${cipher.encrypt(idNumber)}\t${copyText(name)}\t${sex}\t${birthDate}\t${cipher.encrypt(phone)}\t${city}\t${copyText(address)}\n`;

    // Contribution history (A1, A2): a run of months ending last month (or earlier for those who stopped),
    // with a gap between jobs for some and unpaid months (arrears) at the end for a few.
    const band = HISTORY_BANDS[pickCumulative(r, HISTORY_CUM)]!;
    const length = r.int(band[0], band[1]);
    const end = r.chance(0.85) ? lastMonth : lastMonth - r.int(1, 24);
    const gap = r.chance(0.3) ? r.int(1, 6) : 0;
    const gapAt = gap > 0 ? r.int(1, Math.max(1, length - 1)) : -1;
    const owedTail = r.chance(0.08) ? r.int(1, 3) : 0;
    let employer = employers[pickCumulative(r, employerCum)]!;
    const casePerson: CasePerson | undefined = withCases
      ? { index: i, id: personId, personKey, idNumber, name, sex, birthDate, city, address, months: [], certificates: [] }
      : undefined;
    let m = end;
    for (let k = 0; k < length; k++, m--) {
      if (k === gapAt) {
        m -= gap;
        employer = employers[pickCumulative(r, employerCum)]!;
      } else if (r.chance(0.01)) {
        employer = employers[pickCumulative(r, employerCum)]!;
      }
      const status = k < owedTail ? 'owed' : 'paid';
      contributionText += `${personKey}\t${monthOf(m)}\t${employer.creditCode}\t${employer.city}\t${status}\n`;
      casePerson?.months.push({ month: m, status, creditCode: employer.creditCode });
      contributionCount++;
    }

    // Certificates (A3–A7): a fifth of the insured took a skills test in the last four years, some twice,
    // often the next level of the same occupation.
    if (r.chance(0.22)) {
      const n = r.chance(0.25) ? 2 : 1;
      let occupation = OCCUPATIONS[pickCumulative(r, OCCUPATION_CUM)]!;
      let level = LEVELS[pickCumulative(r, LEVEL_CUM)]!;
      let issueDate = addDays(options.asOf, -r.int(1, 4 * 365));
      for (let c = 0; c < n; c++) {
        if (c > 0) {
          if (level > 1 && r.chance(0.6)) level--;
          else occupation = OCCUPATIONS[pickCumulative(r, OCCUPATION_CUM)]!;
          issueDate = addDays(issueDate, r.int(120, 720));
          if (issueDate >= options.asOf) break;
        }
        const yy = issueDate.slice(2, 4);
        // Skill-level certificates replaced most qualification certificates from 2020.
        const kind = (issueDate < '2020-01-01' ? r.chance(0.85) : r.chance(0.15)) ? 'vocational_qualification' : 'skill_level';
        const serial = String(i * 4 + c).padStart(10, '0');
        const certificateNo = kind === 'skill_level' ? `S${city}${yy}0${level}${serial}` : `${yy}${city.slice(0, 4)}00${level}${serial}`;
        const issuer = kind === 'skill_level' ? `${cityName(city)}职业技能鉴定指导中心` : `${SYNTH_PROVINCE.name}职业技能鉴定中心`;
        certificateText += `${certificateNo}\t${personKey}\t${kind}\t${level}\t${copyText(occupation)}\t${issueDate}\t${copyText(issuer)}\n`;
        casePerson?.certificates.push({ occupation, level });
        certificateCount++;
      }
    }
    if (casePerson) casePersons.push(casePerson);
  }
  let caseRows: Record<CaseTable, string> | undefined;
  let caseCounts: Record<CaseTable, number> | undefined;
  if (withCases) {
    const built = buildCases(
      chunkRandom(seed, chunkNo, 4),
      casePersons,
      new Map(employers.map((e) => [e.creditCode, e])),
      { rate: options.cases!, asOf: options.asOf, chunkNo, seed },
      cipher,
    );
    certificateText += built.certificates;
    certificateCount += built.certificateCount;
    caseRows = built.text;
    caseCounts = built.count;
  }
  return {
    chunkNo,
    employers: employerText,
    persons: personText,
    contributions: contributionText,
    certificates: certificateText,
    counts: { employers: epc, persons: count, contributions: contributionCount, certificates: certificateCount, cases: caseCounts?.cases ?? 0 },
    ...(caseRows && caseCounts ? { caseRows, caseCounts } : {}),
    ...(keepPlain ? { plain, creditCodes } : {}),
  };
}
