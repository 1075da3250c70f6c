import { maskIdNumber, maskNoticeName, noticeEntrySchema, CERTIFICATE_KIND_LABELS, type NameMaskingStyle, type NoticeEntry } from '../notices/index.js';
import { levelName } from '../engine/text.js';
import { fenToYuanString } from '../money/index.js';
import { formTitle, type FormSheet, type FormSignature, type SheetMerge } from './annex4.js';
import { chineseDate, parseFacts, type ReportPeriod } from './facts.js';

/**
 * 002 附件2 《吉林省技能提升补贴申请人员公示备案情况表》 (A15, A18), as printed:
 *
 *   填报单位： （盖章）                           报告期(   年  月  日——     年  月  日)
 *   序号 姓名 性别 身份证号 企业名称 证书等级或类别 证书编号 核发日期 补贴金额
 *   填报人：                   负责人：                      联系电话：                       填报时间:
 *
 * The list is reported to the department, which publishes it: `mask: true` (the default) gives the public form
 * (ID 2201**********1234, name by the region's style); `mask: false` the internal filing, for staff allowed to
 * read personal data (the API audits that read).
 */
export const ANNEX2_LAYOUT = Object.freeze({
  form: '吉人社联字〔2017〕67号 附件2',
  titleSuffix: '技能提升补贴申请人员公示备案情况表',
  columns: ['序号', '姓名', '性别', '身份证号', '企业名称', '证书等级或类别', '证书编号', '核发日期', '补贴金额'] as const,
  fillingUnit: '填报单位：',
  seal: '（盖章）',
  footer: ['填报人：', '负责人：', '联系电话：', '填报时间:'] as const,
});

export interface Annex2Row {
  no: number;
  name: string;
  sex: '男' | '女';
  idNumber: string;
  employerName: string;
  /** e.g. 中级（四级）职业资格证书 */
  levelOrKind: string;
  certificateNo: string;
  issueDate: string;
  amountFen: number;
  /** "1950.00" (元) */
  amount: string;
  caseId: string;
}

export function annex2Rows(entries: readonly NoticeEntry[], options: { mask?: boolean; nameMasking?: NameMaskingStyle } = {}): Annex2Row[] {
  const mask = options.mask ?? true;
  return parseFacts(noticeEntrySchema, entries, '公示记录').map((e, i) => ({
    no: i + 1,
    name: mask ? maskNoticeName(e.name, options.nameMasking) : e.name,
    sex: e.sex === 'male' ? '男' : '女',
    idNumber: mask ? maskIdNumber(e.idNumber) : e.idNumber.trim().toUpperCase(),
    employerName: e.employerName,
    levelOrKind: `${levelName(e.level)}${CERTIFICATE_KIND_LABELS[e.certificateKind]}`,
    certificateNo: e.certificateNo,
    issueDate: e.issueDate,
    amountFen: e.amountFen,
    amount: fenToYuanString(e.amountFen),
    caseId: e.caseId,
  }));
}

export function annex2Sheet(regionCode: string, period: ReportPeriod, rows: readonly Annex2Row[], signature: FormSignature = {}): FormSheet {
  const L = ANNEX2_LAYOUT;
  const title = formTitle(regionCode, L.titleSuffix);
  const n = L.columns.length;
  const body = rows.map((r) => [r.no, r.name, r.sex, r.idNumber, r.employerName, r.levelOrKind, r.certificateNo, r.issueDate, Number(r.amount)]);
  const footerRow = 3 + body.length;
  const m = (r1: number, c1: number, r2: number, c2: number): SheetMerge => ({ from: { row: r1, col: c1 }, to: { row: r2, col: c2 } });
  return {
    title,
    cells: [
      [title, ...new Array<null>(n - 1).fill(null)],
      [`${L.fillingUnit}${signature.fillingUnit ?? ''}${L.seal}`, null, null, null, `报告期(${chineseDate(period.periodStart)}——${chineseDate(period.periodEnd)})`, null, null, null, null],
      [...L.columns],
      ...body,
      [
        `${L.footer[0]}${signature.preparedBy ?? ''}`,
        null,
        `${L.footer[1]}${signature.head ?? ''}`,
        null,
        `${L.footer[2]}${signature.phone ?? ''}`,
        null,
        `${L.footer[3]}${signature.filledOn ? chineseDate(signature.filledOn) : ''}`,
        null,
        null,
      ],
    ],
    merges: [m(0, 0, 0, n - 1), m(1, 0, 1, 3), m(1, 4, 1, n - 1), m(footerRow, 0, footerRow, 1), m(footerRow, 2, footerRow, 3), m(footerRow, 4, footerRow, 5), m(footerRow, 6, footerRow, n - 1)],
  };
}
