import { and, eq, sql } from 'drizzle-orm';
import { certificates, employers, persons, users } from '@huimin/db';
import { hashPassword } from '../../src/modules/auth/passwords.js';
import type { TestApp } from '../factories/app.js';

export interface SeededPerson {
  id: string;
  idNumber: string;
  name: string;
  phone: string;
  regionCode: string;
  personKey: string;
}

/** Demo persons of a region, decrypted, those with certificates first (for ownership tests). */
export async function personsOf(t: TestApp, regionCode: string, limit = 5): Promise<(SeededPerson & { certificateNos: string[] })[]> {
  const rows = await t.db.db
    .select()
    .from(persons)
    .where(eq(persons.regionCode, regionCode))
    .orderBy(sql`(select count(*) from certificates c where c.person_key = ${persons.personKey}) desc`, persons.id)
    .limit(limit);
  const out = [];
  for (const r of rows) {
    const certs = await t.db.db.select({ no: certificates.certificateNo }).from(certificates).where(eq(certificates.personKey, r.personKey));
    out.push({
      id: r.id,
      idNumber: t.cipher.decrypt(r.idNumberEnc),
      name: r.name,
      phone: t.cipher.decrypt(r.phoneEnc!),
      regionCode: r.regionCode,
      personKey: r.personKey,
      certificateNos: certs.map((c) => c.no),
    });
  }
  return out;
}

export async function employersOf(t: TestApp, regionCode: string, limit = 3) {
  return t.db.db.select().from(employers).where(eq(employers.regionCode, regionCode)).orderBy(employers.creditCode).limit(limit);
}

/** A staff account inserted directly (no must-change-password), for roles no demo account has. */
export async function insertStaff(t: TestApp, username: string, roles: string[], regionCode: string): Promise<string> {
  const [row] = await t.db.db
    .insert(users)
    .values({ username, displayName: username, roles, regionCode, passwordHash: await hashPassword('Huimin@2026') })
    .returning({ id: users.id });
  return row!.id;
}

export async function userId(t: TestApp, username: string): Promise<string> {
  const [row] = await t.db.db.select({ id: users.id }).from(users).where(and(eq(users.username, username))).limit(1);
  return row!.id;
}

/** Real-name login of a person through the API, reading the code from the recorded SMS. */
export async function loginPerson(t: TestApp, p: SeededPerson): Promise<{ authorization: string }> {
  const otp = await t.app.inject({ method: 'POST', url: '/api/v1/applicant-auth/otp', payload: { idNumber: p.idNumber, name: p.name } });
  if (otp.statusCode !== 202) throw new Error(`otp ${otp.statusCode} ${otp.body}`);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/applicant-auth/login',
    payload: { idNumber: p.idNumber, name: p.name, code: t.sms.lastCode(p.phone) },
  });
  if (res.statusCode !== 200) throw new Error(`applicant login ${res.statusCode} ${res.body}`);
  return { authorization: `Bearer ${res.json<{ accessToken: string }>().accessToken}` };
}

/** Opens an employer account (as the region's data admin) and logs it in with a code to its contact phone. */
export async function loginEmployer(t: TestApp, creditCode: string, dataAdmin: { authorization: string }, phone = '13900000001') {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/employer-accounts',
    headers: dataAdmin,
    payload: { creditCode, contactName: '王会计', contactPhone: phone },
  });
  if (created.statusCode !== 201) throw new Error(`employer account ${created.statusCode} ${created.body}`);
  const otp = await t.app.inject({ method: 'POST', url: '/api/v1/applicant-auth/employer-otp', payload: { creditCode } });
  if (otp.statusCode !== 202) throw new Error(`employer otp ${otp.statusCode} ${otp.body}`);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/applicant-auth/employer-login',
    payload: { creditCode, code: t.sms.lastCode(phone) },
  });
  if (res.statusCode !== 200) throw new Error(`employer login ${res.statusCode} ${res.body}`);
  return { authorization: `Bearer ${res.json<{ accessToken: string }>().accessToken}` };
}
