import { z } from 'zod';
import { CERTIFICATE_KINDS, type CertificateKind } from '../engine/index.js';
import { levelName } from '../engine/text.js';
import { isoDateSchema, type IsoDate } from '../dates/index.js';
import { fenSchema, fenToYuanString } from '../money/index.js';
import { maskIdNumber, maskNoticeName } from './masking.js';
import type { NameMaskingStyle } from './schedule.js';

/** 职业资格证书 / 职业技能等级证书 (A5; DESIGN.md names). */
export const CERTIFICATE_KIND_LABELS: Readonly<Record<CertificateKind, string>> = {
  vocational_qualification: '职业资格证书',
  skill_level: '职业技能等级证书',
};

/** One approved case as the notice lists it (facts frozen on the case; the amount from its evaluation). */
export const noticeEntrySchema = z.object({
  caseId: z.string().min(1),
  name: z.string().trim().min(1),
  sex: z.enum(['male', 'female']),
  idNumber: z.string().min(1),
  employerName: z.string().trim().min(1),
  occupation: z.string().trim().min(1),
  level: z.int().min(1).max(5),
  certificateKind: z.enum(CERTIFICATE_KINDS),
  certificateNo: z.string().trim().min(1),
  issueDate: isoDateSchema,
  amountFen: fenSchema,
});
export type NoticeEntry = z.infer<typeof noticeEntrySchema>;

/**
 * A row of the public list (issue 5: name, masked ID, employer, occupation and level, certificate number,
 * amount; 002 附件2 adds sex, kind and issue date). Personal data is masked here, before it leaves the domain:
 * a public page never receives the full ID number.
 */
export interface PublicNoticeRow {
  caseId: string;
  name: string;
  sex: '男' | '女';
  idNumber: string;
  employerName: string;
  occupation: string;
  level: number;
  levelName: string;
  certificateKind: CertificateKind;
  certificateKindName: string;
  certificateNo: string;
  issueDate: IsoDate;
  amountFen: number;
  /** "1950.00" */
  amountYuan: string;
}

export function publicNoticeRow(entry: NoticeEntry, nameMasking: NameMaskingStyle = 'first_and_last'): PublicNoticeRow {
  return {
    caseId: entry.caseId,
    name: maskNoticeName(entry.name, nameMasking),
    sex: entry.sex === 'male' ? '男' : '女',
    idNumber: maskIdNumber(entry.idNumber),
    employerName: entry.employerName,
    occupation: entry.occupation,
    level: entry.level,
    levelName: levelName(entry.level),
    certificateKind: entry.certificateKind,
    certificateKindName: CERTIFICATE_KIND_LABELS[entry.certificateKind],
    certificateNo: entry.certificateNo,
    issueDate: entry.issueDate,
    amountFen: entry.amountFen,
    amountYuan: fenToYuanString(entry.amountFen),
  };
}
