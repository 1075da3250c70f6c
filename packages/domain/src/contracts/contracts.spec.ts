import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as contracts from './index.js';
import { apiContracts } from './common.js';
import { bankFileLayoutSchema, DEFAULT_BANK_FILE_LAYOUT } from '../payments/bank-file.js';

const named = (Object.values(contracts) as unknown[]).filter((value): value is z.ZodType => value instanceof z.ZodType && apiContracts.has(value));

const summary = {
  id: '0b9f5a5e-3c1d-4e7a-9a49-6f1f0c2d8e11',
  status: 'submitted',
  statusLabel: '已提交',
  channel: 'counter',
  regionCode: '220100',
  applicantName: '张三',
  idNumberMasked: '2201**********1234',
  certificateNo: 'S1',
  certificateKind: 'skill_level',
  occupation: '焊工',
  level: 4,
  amountFen: 150000,
  applicationDate: '2026-11-23',
  dueKind: 'review',
  dueOn: '2026-11-30',
  overdue: false,
  createdAt: '2026-11-23T01:00:00.000Z',
};

describe('response contracts', () => {
  it('each have a JSON Schema of what is sent (nothing a client could not be told)', () => {
    expect(named.length).toBeGreaterThan(40);
    for (const schema of named) {
      expect(() => z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'output', metadata: apiContracts }), apiContracts.get(schema)?.id).not.toThrow();
    }
  });

  it('refuse a field they do not name, so nothing leaves the API undocumented', () => {
    expect(contracts.caseSummaryContract.safeParse(summary).success).toBe(true);
    const leaked = contracts.caseSummaryContract.safeParse({ ...summary, personKey: 'ab'.repeat(32) });
    expect(leaked.success).toBe(false);
    expect(leaked.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['personKey'] });
  });

  it('keep null (sent, empty) apart from a missing key', () => {
    expect(contracts.caseSummaryContract.safeParse({ ...summary, dueOn: null }).success).toBe(true);
    const { dueOn: _dueOn, ...withoutDue } = summary;
    expect(contracts.caseSummaryContract.safeParse(withoutDue).success).toBe(false);
    // A check's code is left out when it passed; it is never null.
    const check = { rule: 'A1', passed: true, message: '累计缴费48个月' };
    expect(contracts.skillSubsidyCheckContract.safeParse(check).success).toBe(true);
    expect(contracts.skillSubsidyCheckContract.safeParse({ ...check, code: null }).success).toBe(false);
  });

  it('take dates and instants only in the forms the API writes', () => {
    expect(contracts.caseSummaryContract.safeParse({ ...summary, applicationDate: '2026-11-23T00:00:00Z' }).success).toBe(false);
    expect(contracts.caseSummaryContract.safeParse({ ...summary, createdAt: '2026-11-23 01:00:00+00' }).success).toBe(false);
    expect(contracts.caseSummaryContract.safeParse({ ...summary, amountFen: 1500.5 }).success).toBe(false);
  });

  it('describe a bank-file layout as the schema that checks it keeps it, so the two cannot drift apart', () => {
    const withConstant = {
      ...DEFAULT_BANK_FILE_LAYOUT,
      file: { ...DEFAULT_BANK_FILE_LAYOUT.file, columns: [...DEFAULT_BANK_FILE_LAYOUT.file.columns, { field: 'constant', title: '币种', value: 'CNY' }] },
    };
    for (const layout of [DEFAULT_BANK_FILE_LAYOUT, withConstant]) {
      expect(contracts.bankFileLayoutContract.safeParse(bankFileLayoutSchema.parse(layout)).error).toBeUndefined();
    }
    expect(contracts.bankFileLayoutContract.safeParse({ ...DEFAULT_BANK_FILE_LAYOUT, bank: 'x' }).success).toBe(false);
    expect(Object.keys(contracts.bankFileLayoutContract.shape).sort()).toEqual(Object.keys(bankFileLayoutSchema.shape).sort());
  });
});
