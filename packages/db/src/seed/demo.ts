import { todayInShanghai } from '@huimin/domain';
import { inArray } from 'drizzle-orm';
import type { DbHandle } from '../client.js';
import type { PersonalDataCipher } from '../crypto/index.js';
import {
  certificates,
  contributions,
  employers,
  persons,
  users,
  type NewUserRow,
  type StaffRole,
} from '../schema/index.js';
import { buildDemoRegistry } from './demo-data.js';
import { chunks } from './insert.js';

/** The password of every demo account (API.md "Staff login"); a production start never creates them. */
export const DEMO_PASSWORD = 'Huimin@2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  roles: StaffRole[];
  regionCode: string;
}

/** The demo accounts of API.md, exactly as listed there. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'jl-handler', displayName: '长春经办人（演示）', roles: ['handler'], regionCode: '220100' },
  { username: 'jl-reviewer', displayName: '长春复核人（演示）', roles: ['reviewer'], regionCode: '220100' },
  { username: 'jl-head', displayName: '长春负责人（演示）', roles: ['head'], regionCode: '220100' },
  { username: 'jl-finance', displayName: '长春财务（演示）', roles: ['finance'], regionCode: '220100' },
  { username: 'hlj-handler', displayName: '哈尔滨经办人（演示）', roles: ['handler'], regionCode: '230100' },
  { username: 'hlj-reviewer', displayName: '哈尔滨复核人（演示）', roles: ['reviewer'], regionCode: '230100' },
  { username: 'nmg-handler', displayName: '呼和浩特经办人（演示）', roles: ['handler'], regionCode: '150100' },
  { username: 'nmg-reviewer', displayName: '呼和浩特复核人（演示）', roles: ['reviewer'], regionCode: '150100' },
  { username: 'nmg-head', displayName: '呼和浩特负责人（演示）', roles: ['head'], regionCode: '150100' },
  { username: 'sd-handler', displayName: '聊城经办人（演示）', roles: ['handler'], regionCode: '371500' },
  { username: 'sd-reviewer', displayName: '聊城复核人（演示）', roles: ['reviewer'], regionCode: '371500' },
  { username: 'sd-finance', displayName: '聊城财务（演示）', roles: ['finance'], regionCode: '371500' },
  { username: 'jl-data', displayName: '吉林省数据管理员（演示）', roles: ['data_admin'], regionCode: '220000' },
  { username: 'sd-data', displayName: '山东省数据管理员（演示）', roles: ['data_admin'], regionCode: '370000' },
  { username: 'auditor', displayName: '内控审计员（演示）', roles: ['auditor'], regionCode: '000000' },
  { username: 'sys-admin', displayName: '系统管理员（演示）', roles: ['system_admin'], regionCode: '000000' },
];

export interface DemoSeedOptions {
  /** Hashes a password the way the API verifies it (argon2id there); injected so this package needs no native module. */
  hashPassword: (plain: string) => Promise<string>;
  /** Encrypts ID numbers and phones and computes the person keys, with the keys the API uses (src/crypto). */
  cipher: PersonalDataCipher;
  /** The day the demo registry is built around (default: today in Asia/Shanghai). */
  today?: string;
}

export interface DemoSeedResult {
  users: number;
  employers: number;
  persons: number;
  contributions: number;
  certificates: number;
}

/**
 * The demo accounts and a deterministic demo registry (see demo-data.ts). Idempotent: existing accounts
 * keep their password, and a person already present keeps the history and certificates it got the first
 * time — histories are built around the day of the first run, so a re-run a month later must not append
 * to them or the 35/36-month edge cases would drift.
 */
export async function seedDemo(handle: DbHandle, options: DemoSeedOptions): Promise<DemoSeedResult> {
  const { db } = handle;
  const today = options.today ?? todayInShanghai();
  const registry = buildDemoRegistry({ today });

  // Hash outside the transaction and only for missing accounts: argon2id is deliberately slow.
  const existing = await db
    .select({ username: users.username })
    .from(users)
    .where(
      inArray(
        users.username,
        DEMO_ACCOUNTS.map((a) => a.username),
      ),
    );
  const present = new Set(existing.map((u) => u.username));
  const missing = DEMO_ACCOUNTS.filter((a) => !present.has(a.username));
  const now = new Date();
  const userRows: NewUserRow[] = await Promise.all(
    missing.map(async (a) => ({
      username: a.username,
      displayName: a.displayName,
      passwordHash: await options.hashPassword(DEMO_PASSWORD),
      roles: [...a.roles],
      regionCode: a.regionCode,
      passwordChangedAt: now,
    })),
  );

  return db.transaction(async (tx) => {
    const result: DemoSeedResult = { users: 0, employers: 0, persons: 0, contributions: 0, certificates: 0 };
    if (userRows.length > 0) {
      const inserted = await tx
        .insert(users)
        .values(userRows)
        .onConflictDoNothing({ target: users.username })
        .returning({ id: users.id });
      result.users = inserted.length;
    }
    for (const chunk of chunks(registry.employers)) {
      const inserted = await tx
        .insert(employers)
        .values(chunk)
        .onConflictDoNothing()
        .returning({ creditCode: employers.creditCode });
      result.employers += inserted.length;
    }
    // Every record is keyed by the person's blind index; ID numbers and phones are stored encrypted only.
    const { cipher } = options;
    const keyOf = new Map(registry.persons.map((p) => [p.idNumber, cipher.personKey(p.idNumber)]));
    const personKeyOf = (idNumber: string) => keyOf.get(idNumber) ?? cipher.personKey(idNumber);
    const newPersons = new Set<string>();
    for (const chunk of chunks(registry.persons)) {
      const inserted = await tx
        .insert(persons)
        .values(
          chunk.map((p) => ({
            personKey: personKeyOf(p.idNumber),
            idNumberEnc: cipher.encrypt(p.idNumber),
            name: p.name,
            sex: p.sex,
            birthDate: p.birthDate,
            phoneEnc: cipher.encrypt(p.phone),
            regionCode: p.regionCode,
            address: p.address,
          })),
        )
        .onConflictDoNothing({ target: persons.personKey })
        .returning({ personKey: persons.personKey });
      for (const p of inserted) newPersons.add(p.personKey);
    }
    result.persons = newPersons.size;
    const contributionRows = registry.contributions
      .map(({ idNumber, ...rest }) => ({ personKey: personKeyOf(idNumber), ...rest }))
      .filter((c) => newPersons.has(c.personKey));
    for (const chunk of chunks(contributionRows)) {
      const inserted = await tx
        .insert(contributions)
        .values(chunk)
        .onConflictDoNothing()
        .returning({ month: contributions.month });
      result.contributions += inserted.length;
    }
    const certificateRows = registry.certificates
      .map(({ idNumber, ...rest }) => ({ personKey: personKeyOf(idNumber), ...rest }))
      .filter((c) => newPersons.has(c.personKey));
    for (const chunk of chunks(certificateRows)) {
      const inserted = await tx
        .insert(certificates)
        .values(chunk)
        .onConflictDoNothing()
        .returning({ certificateNo: certificates.certificateNo });
      result.certificates += inserted.length;
    }
    return result;
  });
}
