import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { expect } from 'vitest';
import { idNumberCheckDigit } from '@huimin/domain';
import type { SeededPerson } from './fixtures.js';

export const CASES = '/api/v1/skill-subsidy/applications';
export const BATCHES = '/api/v1/skill-subsidy/payment-batches';

type Headers = Record<string, string>;

/** A Jilin identity number of 1987 whose day and sequence follow `seq` (1–18), distinct per `seq`. */
export function jilinIdNumber(seq: number, yearMonth = '198707'): string {
  const first17 = `220102${yearMonth}${String(10 + seq).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckDigit(first17);
}

/**
 * A Changchun worker registered through the registry import routes (as the data admin), eligible under Jilin's
 * pack: 40 paid months with `creditCode` from 2023-07 and a level-3 electrician certificate of 2026.
 */
export async function registerEligibleWorker(
  app: NestFastifyApplication,
  dataAdmin: Headers,
  creditCode: string,
  seq: number,
  yearMonth = '198707',
): Promise<Omit<SeededPerson, 'id' | 'personKey'> & { certificateNo: string }> {
  const idNumber = jilinIdNumber(seq, yearMonth);
  const name = `全程${seq}号`;
  const phone = `1390000${String(seq).padStart(4, '0')}`;
  const certificateNo = `QC${yearMonth}${String(seq).padStart(3, '0')}`;
  const post = async (kind: string, rows: unknown[]) => {
    const res = await app.inject({ method: 'POST', url: `/api/v1/registry/${kind}`, headers: dataAdmin, payload: rows as object[] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().errors, res.body).toEqual([]);
  };
  const sex = Number(idNumber[16]) % 2 ? 'male' : 'female';
  await post('persons', [{ idNumber, name, sex, birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`, phone, regionCode: '220100' }]);
  await post(
    'contributions',
    Array.from({ length: 40 }, (_, i) => ({ idNumber, creditCode, regionCode: '220100', month: new Date(Date.UTC(2023, 6 + i, 1)).toISOString().slice(0, 7), status: 'paid' })),
  );
  await post('certificates', [{ certificateNo, idNumber, kind: 'vocational_qualification', level: 3, occupation: '电工', issueDate: '2026-03-01', issuer: '吉林省职业技能鉴定中心' }]);
  return { idNumber, name, phone, regionCode: '220100', certificateNo };
}

/** A counter application by `handler`; answers the case's id and amount. */
export async function submitAtCounter(app: NestFastifyApplication, handler: Headers, worker: { idNumber: string; certificateNo: string }, accountNo: string) {
  const res = await app.inject({
    method: 'POST',
    url: CASES,
    headers: handler,
    payload: { idNumber: worker.idNumber, certificateNo: worker.certificateNo, channel: 'counter', payee: { kind: 'bank_account', accountNo, bankName: '吉林银行' } },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { caseId: res.json().id as string, amountFen: res.json().amountFen as number };
}

/** One decision on a case through the public route, expected to be taken (201); answers the case. */
export async function decide(app: NestFastifyApplication, headers: Headers, caseId: string, payload: { decision: 'approve' | 'reject'; reason?: string }) {
  const res = await app.inject({ method: 'POST', url: `${CASES}/${caseId}/decisions`, headers, payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ status: string }>();
}

/** The bank's result file in the default layout: one line per [reference, 成功|失败, reason]. */
export const bankResultCsv = (rows: string[][]) => `\uFEFF业务参考号,处理结果,失败原因\r\n${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
