import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinWorkingDayCalendar } from '../calendar/index.js';
import type { WorkflowActor } from '../cases/index.js';
import {
  DEFAULT_BANK_FILE_LAYOUT,
  bankFileLayoutSchema,
  bankFileWriter,
  parseBankResult,
  reconcileBankResult,
  writeBankFile,
  type BankFileLayout,
} from './bank-file.js';
import { PAYMENT_BATCH_RULES, checkBatchClosable, paymentBatchMachine } from './batch.js';
import { buildPaymentBatch, itemReference, paymentConflicts, type PaymentCandidate, type PaymentItem } from './items.js';
import { openRecoveryOrder, outstandingFen, recordRepayment, recoveryOverdue, recoveryStatus, writeOffRecovery, type RecoveryOrder } from './recovery.js';

const payee = (name: string, accountNo: string, bankName = '中国工商银行长春分行') => ({ kind: 'bank_account' as const, name, accountNo, bankName });
const candidate = (caseId: string, amountFen: number, extra: Partial<PaymentCandidate> = {}): PaymentCandidate => ({
  caseId,
  caseStatus: 'notice_passed',
  amountFen,
  payee: payee(`申请人${caseId}`, '6222021234567890123'),
  recheck: { eligible: true, reasons: [] },
  ...extra,
});

describe('payment items (A16): copied from the case, once', () => {
  it('copies each case amount as is and numbers the lines', () => {
    const d = buildPaymentBatch({
      batchNo: 'JL220100-202603-01',
      candidates: [candidate('c1', 195_000), candidate('c2', 130_001), candidate('c3', 260_000)],
      openItems: [],
    });
    expect(d.items.map((i) => [i.reference, i.caseId, i.amountFen, i.status])).toEqual([
      ['JL220100-202603-01-00001', 'c1', 195_000, 'pending'],
      ['JL220100-202603-01-00002', 'c2', 130_001, 'pending'],
      ['JL220100-202603-01-00003', 'c3', 260_000, 'pending'],
    ]);
    expect(d.totalFen).toBe(585_001);
    expect(d.skipped).toEqual([]);
  });

  it.each([
    ['a case not yet through the notice', candidate('x', 100_000, { caseStatus: 'in_notice' }), 'CASE_NOT_PAYABLE'],
    ['a case no longer eligible on re-check', candidate('x', 100_000, { recheck: { eligible: false, reasons: ['CONTRIBUTION_ARREARS'] } }), 'NOT_ELIGIBLE_ON_RECHECK'],
    ['a zero amount', candidate('x', 0), 'INVALID_AMOUNT'],
    ['a fractional fen', candidate('x', 100.5), 'INVALID_AMOUNT'],
    ['an account with letters', candidate('x', 100_000, { payee: payee('张三', '62220A') }), 'PAYEE_INVALID'],
    ['a failed case without its failed item', candidate('x', 100_000, { caseStatus: 'payment_failed' }), 'FAILED_ITEM_MISSING'],
  ])('skips %s', (_name, c, code) => {
    const d = buildPaymentBatch({ batchNo: 'B1', candidates: [c], openItems: [] });
    expect(d.items).toEqual([]);
    expect(d.skipped).toMatchObject([{ caseId: 'x', code }]);
  });

  it('never adds a case that has an item pending or paid, nor the same case twice', () => {
    const d = buildPaymentBatch({
      batchNo: 'B2',
      candidates: [candidate('c1', 100_000), candidate('c2', 100_000), candidate('c2', 100_000)],
      openItems: [{ caseId: 'c1', status: 'paid' }],
    });
    expect(d.items.map((i) => i.caseId)).toEqual(['c2']);
    expect(d.skipped.map((s) => [s.caseId, s.code])).toEqual([
      ['c1', 'ALREADY_IN_BATCH'],
      ['c2', 'ALREADY_IN_BATCH'],
    ]);
  });

  it('takes again a case whose only item was in a discarded draft (never sent to the bank)', () => {
    const d = buildPaymentBatch({ batchNo: 'B3', candidates: [candidate('c1', 100_000)], openItems: [{ caseId: 'c1', status: 'discarded' }] });
    expect(d.items.map((i) => i.caseId)).toEqual(['c1']);
    expect(d.skipped).toEqual([]);
  });

  describe('re-issue after a failure', () => {
    const failed: PaymentItem = {
      reference: 'B1-00001',
      batchNo: 'B1',
      line: 1,
      caseId: 'c1',
      amountFen: 195_000,
      payee: payee('李建国', '6222021234567890123'),
      status: 'failed',
      failureReason: '账户已销户',
      reissueOf: null,
    };
    const retry = (extra: Partial<PaymentCandidate>) =>
      buildPaymentBatch({
        batchNo: 'B2',
        candidates: [candidate('c1', 195_000, { caseStatus: 'payment_failed', failedItem: failed, ...extra })],
        openItems: [failed],
      });

    it('goes out to the corrected account, same amount, pointing at the failed item', () => {
      const d = retry({ payee: payee('李建国', '6217000010001234567', '中国建设银行长春分行') });
      expect(d.items).toMatchObject([
        { reference: 'B2-00001', caseId: 'c1', amountFen: 195_000, reissueOf: 'B1-00001', payee: { accountNo: '6217000010001234567' } },
      ]);
    });

    it('refuses the same account unless a reason is given', () => {
      expect(retry({ payee: failed.payee }).skipped).toMatchObject([{ code: 'PAYEE_NOT_CORRECTED' }]);
      expect(retry({ payee: failed.payee, samePayeeReason: '银行系统故障，银行确认可原账户重发' }).items).toHaveLength(1);
    });

    it('refuses another amount: never recomputed', () => {
      expect(retry({ amountFen: 260_000, payee: payee('李建国', '6217000010001234567') }).skipped).toMatchObject([{ code: 'AMOUNT_CHANGED' }]);
    });
  });

  it('finds a case paid twice', () => {
    expect(
      paymentConflicts([
        { caseId: 'c1', status: 'failed', reference: 'B1-00001' },
        { caseId: 'c1', status: 'paid', reference: 'B2-00001' },
        { caseId: 'c2', status: 'paid', reference: 'B1-00002' },
        { caseId: 'c2', status: 'pending', reference: 'B3-00001' },
      ]),
    ).toEqual([{ caseId: 'c2', references: ['B1-00002', 'B3-00001'] }]);
  });

  it('keeps batch numbers safe for bank files', () => {
    expect(() => itemReference('B 1', 1)).toThrow(RangeError);
    expect(() => itemReference('B1', 0)).toThrow(RangeError);
    expect(itemReference('B1', 42)).toBe('B1-00042');
  });
});

describe('payment batch workflow (A16, D1: maker ≠ checker)', () => {
  const calendar = builtinWorkingDayCalendar();
  const ctx = { today: '2026-03-10', rules: PAYMENT_BATCH_RULES, calendar };
  const f1: WorkflowActor = { kind: 'staff', userId: 'f1', roles: ['finance'] };
  const f2: WorkflowActor = { kind: 'staff', userId: 'f2', roles: ['finance'] };
  const h1: WorkflowActor = { kind: 'staff', userId: 'h1', roles: ['handler'] };
  const job: WorkflowActor = { kind: 'system', job: 'bank-result' };

  const created = () => {
    const o = paymentBatchMachine.open({ applicantId: null, actor: f1 }, ctx);
    if (!o.ok) throw new Error(o.message);
    return o.state;
  };

  it('only finance makes a batch', () => {
    expect(paymentBatchMachine.open({ applicantId: null, actor: h1 }, ctx)).toMatchObject({ ok: false, code: 'FORBIDDEN_ROLE' });
    expect(paymentBatchMachine.open({ applicantId: null, actor: { kind: 'staff', userId: 'x', roles: ['finance', 'reviewer'] } }, ctx)).toMatchObject({
      ok: false,
      code: 'ROLE_CONFLICT',
    });
  });

  it.each([
    ['the maker approves their own batch', 'approve', f1, 'SAME_PERSON'],
    ['a handler approves', 'approve', h1, 'FORBIDDEN_ROLE'],
    ['a job approves', 'approve', job, 'FORBIDDEN_ROLE'],
    ['exporting before approval', 'export', f2, 'INVALID_TRANSITION'],
    ['importing before export', 'import_result', f2, 'INVALID_TRANSITION'],
    ['discarding without a reason', 'discard', f1, 'REASON_REQUIRED'],
  ] as const)('refuses %s', (_name, type, actor, code) => {
    expect(paymentBatchMachine.decide(created(), { type }, actor, ctx)).toMatchObject({ ok: false, code });
  });

  it('draft → approved by a second finance user → exported → result imported (twice) → closed', () => {
    let state = created();
    const path: [Parameters<typeof paymentBatchMachine.decide>[1]['type'], WorkflowActor, string][] = [
      ['approve', f2, 'approved'],
      ['export', f1, 'exported'],
      ['export', f1, 'exported'],
      ['import_result', job, 'result_imported'],
      ['import_result', f2, 'result_imported'],
      ['close', f1, 'closed'],
    ];
    for (const [type, actor, next] of path) {
      const r = paymentBatchMachine.decide(state, { type }, actor, ctx);
      expect(r).toMatchObject({ ok: true, next });
      if (!r.ok) return;
      state = r.state;
    }
    expect(paymentBatchMachine.transitionPairs().map((p) => `${p.from}>${p.to}`)).toEqual([
      'draft>approved',
      'draft>discarded',
      'approved>exported',
      'exported>result_imported',
      'result_imported>closed',
    ]);
  });

  it('closes only when every item has a result', () => {
    expect(checkBatchClosable([{ status: 'paid', reference: 'a' }, { status: 'pending', reference: 'b' }])).toMatchObject({ ok: false, pending: ['b'] });
    expect(checkBatchClosable([{ status: 'paid', reference: 'a' }, { status: 'failed', reference: 'b' }])).toEqual({ ok: true });
  });
});

describe('bank file: write, then read the bank’s result', () => {
  const draft = buildPaymentBatch({
    batchNo: 'JL-202603-01',
    candidates: [
      candidate('c1', 195_000, { payee: payee('李建国', '6222021234567890123') }),
      candidate('c2', 130_000, { payee: payee('王"小"二', '6217000010001234567', '中国建设银行,长春分行') }),
      candidate('c3', 260_050, { payee: payee('赵敏', '6228480010001234567', '中国农业银行') }),
    ],
    openItems: [],
  });

  it('writes the default layout: BOM, header, CRLF, yuan with two decimals, RFC 4180 quoting', () => {
    const file = writeBankFile(DEFAULT_BANK_FILE_LAYOUT, draft, draft.items);
    expect(file.startsWith('\uFEFF')).toBe(true);
    expect(file.slice(1).split('\r\n')).toEqual([
      '序号,业务参考号,收款人姓名,收款账号,开户银行,金额（元）,用途',
      '1,JL-202603-01-00001,李建国,6222021234567890123,中国工商银行长春分行,1950.00,技能提升补贴',
      '2,JL-202603-01-00002,"王""小""二",6217000010001234567,"中国建设银行,长春分行",1300.00,技能提升补贴',
      '3,JL-202603-01-00003,赵敏,6228480010001234567,中国农业银行,2600.50,技能提升补贴',
      '',
    ]);
  });

  it('writes fen without BOM or header when a bank wants that', () => {
    const layout: BankFileLayout = {
      ...DEFAULT_BANK_FILE_LAYOUT,
      id: 'bank-x',
      encoding: 'utf-8',
      lineEnding: 'lf',
      amountUnit: 'fen',
      delimiter: '|',
      file: { header: false, columns: [{ field: 'reference', title: '参考号' }, { field: 'account_no', title: '账号' }, { field: 'payee_name', title: '户名' }, { field: 'amount', title: '金额（分）' }, { field: 'constant', title: '币种', value: 'CNY' }] },
    };
    expect(writeBankFile(layout, draft, draft.items.slice(0, 1))).toBe('JL-202603-01-00001|6222021234567890123|李建国|195000|CNY\n');
  });

  it('writes the same bytes piece by piece (a large batch streamed to a file) as in one go', () => {
    for (const layout of [DEFAULT_BANK_FILE_LAYOUT, { ...DEFAULT_BANK_FILE_LAYOUT, id: 'plain', encoding: 'utf-8', lineEnding: 'lf', file: { ...DEFAULT_BANK_FILE_LAYOUT.file, header: false } } as BankFileLayout]) {
      const writer = bankFileWriter(layout, draft);
      expect(writer.head + writer.lines(draft.items.slice(0, 2)) + writer.lines(draft.items.slice(2))).toBe(writeBankFile(layout, draft, draft.items));
    }
    expect(() => bankFileWriter(DEFAULT_BANK_FILE_LAYOUT, { batchNo: 'other' }).lines(draft.items)).toThrow(/不属于/);
  });

  it('round-trip: the bank returns our references; paid and failed are applied', () => {
    const file = writeBankFile(DEFAULT_BANK_FILE_LAYOUT, draft, draft.items);
    // The bank echoes each line's reference with its result.
    const refs = file.slice(1).split('\r\n').slice(1, -1).map((l) => l.split(',')[1]!);
    const result = `\uFEFF业务参考号,处理结果,失败原因\r\n${refs[0]},成功,\r\n${refs[1]},失败,账户已冻结\r\n${refs[2]},SUCCESS,\r\n`;
    const parsed = parseBankResult(DEFAULT_BANK_FILE_LAYOUT, result);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      { reference: 'JL-202603-01-00001', status: 'paid', line: 2 },
      { reference: 'JL-202603-01-00002', status: 'failed', reason: '账户已冻结', line: 3 },
      { reference: 'JL-202603-01-00003', status: 'paid', line: 4 },
    ]);
    const rec = reconcileBankResult(draft.items, parsed.rows);
    expect(rec).toEqual({
      paid: [
        { reference: 'JL-202603-01-00001', caseId: 'c1' },
        { reference: 'JL-202603-01-00003', caseId: 'c3' },
      ],
      failed: [{ reference: 'JL-202603-01-00002', caseId: 'c2', reason: '账户已冻结' }],
      unchanged: [],
      problems: [],
      pending: [],
    });
  });

  it('reports malformed lines with their line numbers and keeps the good ones', () => {
    const text = [
      '业务参考号,处理结果,失败原因', // 1 header
      'JL-202603-01-00001,成功,', // 2 ok
      'JL-202603-01-00002,处理中,', // 3 unknown status
      ',失败,无此账户', // 4 no reference
      'JL-202603-01-00003,成功', // 5 two columns
      '', // 6 blank: ignored
      'JL-202603-01-00001,失败,重复', // 7 duplicate of line 2
      'JL-202603-01-00003,"失败","户名""不符""",', // 8 four columns
      'JL-202603-01-00003,失败,"户名不符', // 9 unterminated quote (to the end)
      'JL-202603-01-00004,成功,',
    ].join('\n');
    const parsed = parseBankResult(DEFAULT_BANK_FILE_LAYOUT, text);
    expect(parsed.rows.map((r) => r.line)).toEqual([2]);
    expect(parsed.errors.map((e) => e.line)).toEqual([3, 4, 5, 7, 8, 9]);
    expect(parsed.errors.map((e) => e.message)).toEqual([
      '第3行：无法识别的处理结果“处理中”',
      '第4行：缺少业务参考号',
      '第5行：应有3列，实际2列',
      '第7行：业务参考号JL-202603-01-00001与第2行重复',
      '第8行：应有3列，实际4列',
      '第9行：引号未闭合',
    ]);
  });

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = parseBankResult(DEFAULT_BANK_FILE_LAYOUT, text);
        for (const row of r.rows) expect(['paid', 'failed']).toContain(row.status);
        for (const e of r.errors) expect(e.line).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('checks amounts and accounts when the result carries them, and refuses to flip a settled item', () => {
    const layout: BankFileLayout = {
      ...DEFAULT_BANK_FILE_LAYOUT,
      result: { ...DEFAULT_BANK_FILE_LAYOUT.result, header: false, columns: ['reference', 'account_no', 'amount', 'status', 'reason'] },
    };
    const parsed = parseBankResult(
      layout,
      [
        'JL-202603-01-00001,6222021234567890123,1950.00,成功,',
        'JL-202603-01-00002,6217000010001234567,1300.01,成功,',
        'JL-202603-01-00003,6228480010001234567,2600.50,失败,',
        'JL-202603-01-00099,6228480010001234567,1.00,成功,',
        'JL-202603-01-00004,6228480010001234567,12.345,成功,',
      ].join('\r\n'),
    );
    expect(parsed.errors).toEqual([{ line: 5, message: '第5行：金额“12.345”格式不正确' }]);
    const items = draft.items.map((i) => (i.caseId === 'c1' ? { ...i, status: 'failed' as const } : i));
    const rec = reconcileBankResult(items, parsed.rows);
    expect(rec.paid).toEqual([]);
    expect(rec.failed).toEqual([{ reference: 'JL-202603-01-00003', caseId: 'c3', reason: '银行未注明失败原因' }]);
    expect(rec.problems.map((p) => [p.line, p.message])).toEqual([
      [1, '明细已为失败，银行结果不能改为成功'],
      [2, '金额1300.01元与明细金额1300.00元不符'],
      [4, '业务参考号JL-202603-01-00099不属于本批次'],
    ]);
    expect(rec.pending).toEqual(['JL-202603-01-00002']);
  });

  it('importing the same result twice changes nothing', () => {
    const rows = [{ reference: 'JL-202603-01-00001', status: 'paid' as const, line: 2 }];
    const items = draft.items.map((i) => (i.caseId === 'c1' ? { ...i, status: 'paid' as const } : i));
    expect(reconcileBankResult(items, rows)).toMatchObject({ paid: [], unchanged: ['JL-202603-01-00001'], problems: [] });
  });

  it('validates layouts', () => {
    expect(bankFileLayoutSchema.safeParse(DEFAULT_BANK_FILE_LAYOUT).success).toBe(true);
    const noRef = { ...DEFAULT_BANK_FILE_LAYOUT, file: { header: true, columns: [{ field: 'amount', title: '金额' }] } };
    expect(bankFileLayoutSchema.safeParse(noRef).success).toBe(false);
    const both = { ...DEFAULT_BANK_FILE_LAYOUT, result: { ...DEFAULT_BANK_FILE_LAYOUT.result, failedValues: ['成功'] } };
    expect(bankFileLayoutSchema.safeParse(both).success).toBe(false);
    expect(() => writeBankFile(DEFAULT_BANK_FILE_LAYOUT, { batchNo: 'other' }, draft.items)).toThrow(/不属于/);
    expect(() => writeBankFile(DEFAULT_BANK_FILE_LAYOUT, draft, [{ ...draft.items[0]!, status: 'paid' }])).toThrow(/已有结果/);
  });

  it('round-trips any names, accounts and amounts (property)', () => {
    const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[\r\n]/.test(s) && s.trim() === s && s.length > 0);
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.integer({ min: 1, max: 10_000_000 })), { minLength: 1, maxLength: 20 }), (rows) => {
        const d = buildPaymentBatch({
          batchNo: 'P1',
          candidates: rows.map(([n, fen], i) => candidate(`c${i}`, fen, { payee: payee(n, `62220212345678${String(i).padStart(5, '0')}`) })),
          openItems: [],
        });
        expect(d.skipped).toEqual([]);
        const file = writeBankFile(DEFAULT_BANK_FILE_LAYOUT, d, d.items);
        // Read our own payment file back with a layout whose result columns are the file's columns.
        const readBack: BankFileLayout = {
          ...DEFAULT_BANK_FILE_LAYOUT,
          result: { ...DEFAULT_BANK_FILE_LAYOUT.result, columns: ['ignore', 'reference', 'ignore', 'account_no', 'ignore', 'amount', 'status'] },
        };
        const parsed = parseBankResult(readBack, file.replaceAll('技能提升补贴', '成功'));
        expect(parsed.errors).toEqual([]);
        expect(parsed.rows.map((r) => [r.reference, r.amountFen])).toEqual(d.items.map((i) => [i.reference, i.amountFen]));
        expect(reconcileBankResult(d.items, parsed.rows).paid).toHaveLength(d.items.length);
      }),
    );
  });
});

describe('recovery orders (A17)', () => {
  const open = () => {
    const r = openRecoveryOrder({ caseId: 'c1', caseStatus: 'paid', paidAmountFen: 195_000, reason: '举报查实：证书系伪造', openedOn: '2026-04-01', dueDate: '2026-05-01' });
    if (!r.ok) throw new Error(r.message);
    return r.order;
  };

  it('defaults to the sum paid and refuses more, a blank reason or an unpaid case', () => {
    expect(open()).toMatchObject({ amountFen: 195_000, repayments: [], writeOff: null });
    const base = { caseId: 'c1', caseStatus: 'paid' as const, paidAmountFen: 195_000, reason: '查实', openedOn: '2026-04-01', dueDate: '2026-05-01' };
    expect(openRecoveryOrder({ ...base, amountFen: 195_001 })).toMatchObject({ ok: false, code: 'AMOUNT_EXCEEDS_PAID' });
    expect(openRecoveryOrder({ ...base, amountFen: 0 })).toMatchObject({ ok: false, code: 'AMOUNT_INVALID' });
    expect(openRecoveryOrder({ ...base, reason: ' ' })).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
    expect(openRecoveryOrder({ ...base, caseStatus: 'paying' })).toMatchObject({ ok: false, code: 'CASE_NOT_PAID' });
    expect(openRecoveryOrder({ ...base, dueDate: '2026-03-31' })).toMatchObject({ ok: false, code: 'DUE_BEFORE_OPENED' });
  });

  it('open → partially_repaid → recovered; the last repayment lifts the grant mark', () => {
    let order = open();
    expect(recoveryStatus(order)).toBe('open');
    const a = recordRepayment(order, { on: '2026-04-10', amountFen: 100_000, reference: 'R1' });
    expect(a).toMatchObject({ ok: true, status: 'partially_repaid', outstandingFen: 95_000, completed: null });
    if (!a.ok) return;
    order = a.order;
    expect(recordRepayment(order, { on: '2026-04-11', amountFen: 95_001, reference: 'R2' })).toMatchObject({ ok: false, code: 'OVERPAYMENT' });
    expect(recordRepayment(order, { on: '2026-04-11', amountFen: 1, reference: 'R1' })).toMatchObject({ ok: false, code: 'DUPLICATE_REFERENCE' });
    expect(recordRepayment(order, { on: '2026-03-01', amountFen: 1, reference: 'R3' })).toMatchObject({ ok: false, code: 'DATE_INVALID' });
    const b = recordRepayment(order, { on: '2026-04-20', amountFen: 95_000, reference: 'R2' });
    expect(b).toMatchObject({ ok: true, status: 'recovered', outstandingFen: 0, completed: { caseEvent: { type: 'confirm_recovered' }, liftGrant: true } });
    if (!b.ok) return;
    expect(recordRepayment(b.order, { on: '2026-04-21', amountFen: 1, reference: 'R9' })).toMatchObject({ ok: false, code: 'ORDER_CLOSED' });
  });

  it('is overdue after the due date while money is outstanding', () => {
    const order = open();
    expect(recoveryOverdue(order, '2026-05-01')).toBe(false);
    expect(recoveryOverdue(order, '2026-05-02')).toBe(true);
  });

  it('a write-off needs the head and a reason, and keeps the grant mark', () => {
    const order = open();
    expect(writeOffRecovery(order, { on: '2026-06-01', reason: '当事人已死亡', actor: { userId: 'h1', roles: ['handler'] } })).toMatchObject({ ok: false, code: 'FORBIDDEN_ROLE' });
    expect(writeOffRecovery(order, { on: '2026-06-01', reason: '', actor: { userId: 'hd', roles: ['head'] } })).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
    const w = writeOffRecovery(order, { on: '2026-06-01', reason: '当事人已死亡，无遗产可供执行', actor: { userId: 'hd', roles: ['head'] } });
    expect(w).toMatchObject({ ok: true });
    if (!w.ok) return;
    expect(recoveryStatus(w.order)).toBe('written_off');
    expect(recoveryOverdue(w.order, '2027-01-01')).toBe(false);
    expect(recordRepayment(w.order, { on: '2026-06-02', amountFen: 1, reference: 'R1' })).toMatchObject({ ok: false, code: 'ORDER_CLOSED' });
  });

  it('repayments never exceed the order, and it is recovered exactly when they reach it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000_000 }), fc.array(fc.integer({ min: 1, max: 2_000_000 }), { maxLength: 30 }), (amount, payments) => {
        let order: RecoveryOrder = { caseId: 'c', amountFen: amount, reason: 'r', openedOn: '2026-01-01', dueDate: '2026-12-31', repayments: [], writeOff: null };
        payments.forEach((p, i) => {
          const r = recordRepayment(order, { on: '2026-02-01', amountFen: p, reference: `R${i}` });
          if (r.ok) order = r.order;
        });
        const repaid = order.repayments.reduce((s, r) => s + r.amountFen, 0);
        expect(repaid).toBeLessThanOrEqual(amount);
        expect(outstandingFen(order)).toBe(amount - repaid);
        expect(recoveryStatus(order) === 'recovered').toBe(repaid === amount);
      }),
    );
  });
});
