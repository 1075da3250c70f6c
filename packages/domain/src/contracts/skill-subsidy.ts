import { z } from 'zod';
import { SKILL_SUBSIDY_CASE_EVENTS, SKILL_SUBSIDY_CASE_STATUSES } from '../cases/skill-subsidy.js';
import { STAFF_ACTING_ROLES } from '../cases/types.js';
import { CERTIFICATE_KINDS } from '../engine/requests.js';
import { APPROVAL_STEPS } from '../policies/schema.js';
import { PAYEE_KINDS } from '../payments/items.js';
import { certificateLevel, contract, count, fen, isoDate, isoDateTime, regionCode, rowErrorContract, uuid } from './common.js';
import { skillSubsidyEvaluationContract } from './evaluations.js';

/** How an application reached the office (A11): online, at the counter, in an employer's batch, by a proxy. */
export const SKILL_SUBSIDY_CASE_CHANNELS = ['online', 'counter', 'employer_batch', 'proxy'] as const;
/** The working-day deadlines of a case (A13, A16). */
export const SKILL_SUBSIDY_DEADLINE_KINDS = ['review', 'refusal_notice', 'payment'] as const;

export const caseStatusContract = contract('CaseStatus', z.enum(SKILL_SUBSIDY_CASE_STATUSES));
export const caseEventContract = contract('CaseEvent', z.enum(SKILL_SUBSIDY_CASE_EVENTS));
const channel = z.enum(SKILL_SUBSIDY_CASE_CHANNELS);
const certificateKind = z.enum(CERTIFICATE_KINDS);
const deadlineKind = z.enum(SKILL_SUBSIDY_DEADLINE_KINDS);

const caseSummaryShape = {
  id: uuid,
  status: caseStatusContract,
  statusLabel: z.string(),
  channel,
  regionCode,
  applicantName: z.string(),
  idNumberMasked: z.string(),
  certificateNo: z.string(),
  certificateKind,
  occupation: z.string(),
  level: certificateLevel,
  /** The amount the evaluation gave at submission (0 when not eligible). */
  amountFen: fen,
  applicationDate: isoDate,
  /** The deadline running now, if any. */
  dueKind: deadlineKind.nullable(),
  dueOn: isoDate.nullable(),
  overdue: z.boolean(),
  createdAt: isoDateTime,
};

/** One row of a case list. */
export const caseSummaryContract = contract('CaseSummary', z.strictObject(caseSummaryShape));

/** `GET /api/v1/skill-subsidy/applications`: a page of cases and, for the work lists' tabs, the count per status. */
export const caseListContract = contract(
  'CaseList',
  z.strictObject({
    items: z.array(caseSummaryContract),
    total: count,
    page: z.int().min(1),
    pageSize: z.int().min(1),
    /** Cases per status over the same filters except the status itself. */
    counts: z.strictObject(Object.fromEntries(SKILL_SUBSIDY_CASE_STATUSES.map((s) => [s, count])) as Record<(typeof SKILL_SUBSIDY_CASE_STATUSES)[number], typeof count>),
  }),
);

/** A working-day deadline of the case, kept when stopped (the form shows it was met). */
export const caseDeadlineContract = contract(
  'CaseDeadline',
  z.strictObject({
    kind: deadlineKind,
    label: z.string(),
    /** POLICY.md id of the rule that sets it. */
    rule: z.string(),
    startedOn: isoDate,
    workingDays: z.int().min(1),
    /** null while the calendar year it falls in is not loaded (E5); `warning` then says which. */
    due: isoDate.nullable(),
    warning: z.string().nullable(),
    stoppedOn: isoDate.nullable(),
  }),
);

/** One step of the case's history. */
export const caseStepContract = contract(
  'CaseStep',
  z.strictObject({
    seq: z.int().min(1),
    event: caseEventContract,
    from: caseStatusContract.nullable(),
    to: caseStatusContract,
    on: isoDate,
    actorKind: z.enum(['staff', 'applicant', 'employer', 'system']),
    /** The staff member's display name; null for applicants, employers and jobs. */
    actorName: z.string().nullable(),
    role: z.enum(STAFF_ACTING_ROLES).nullable(),
    round: z.int().min(1),
    approvalStep: z.enum(APPROVAL_STEPS).nullable(),
    reason: z.string().nullable(),
  }),
);

/** A step the caller may take now. */
export const allowedCaseActionContract = contract(
  'AllowedCaseAction',
  z.strictObject({ event: caseEventContract, label: z.string(), reasonRequired: z.boolean() }),
);

const occupationLevel = { occupation: z.string(), level: certificateLevel };

/** A12: what the registry said at submission, frozen with the case (no plain ID number or phone). */
export const caseFactsContract = contract(
  'CaseFacts',
  z.strictObject({
    /** The calculator's request built from the registry. */
    request: z.strictObject({
      regionCode,
      applicationDate: isoDate,
      applicant: z.strictObject({
        contributionMonths: count,
        inArrears: z.boolean(),
        deepPovertyArea: z.boolean(),
        status: z.enum(['employed', 'receiving_benefit']),
      }),
      certificate: z.strictObject({ kind: certificateKind, ...occupationLevel, issueDate: isoDate }),
      priorGrants: z.array(z.strictObject({ ...occupationLevel, grantedOn: isoDate.optional() })),
      heldCertificates: z.array(z.strictObject(occupationLevel)),
    }),
    person: z.strictObject({
      idNumberMasked: z.string(),
      name: z.string(),
      sex: z.enum(['male', 'female']),
      birthDate: isoDate,
      regionCode,
      address: z.string().nullable(),
    }),
    /** The employer of the latest contribution month, or null. */
    employer: z.strictObject({ creditCode: z.string(), name: z.string(), industry: z.string(), address: z.string().nullable() }).nullable(),
    contributions: z.strictObject({
      paidMonths: count,
      inArrears: z.boolean(),
      latestCreditCode: z.string().nullable(),
      latestMonth: z.string().nullable(),
    }),
    certificate: z.strictObject({
      certificateNo: z.string(),
      kind: certificateKind,
      ...occupationLevel,
      issueDate: isoDate,
      issuer: z.string(),
      /** Which registry answered (A14). */
      source: z.string(),
    }),
    sources: z.strictObject({ certificate: z.string() }),
  }),
);

/** 好差评: the applicant's rating of a finished case. */
export const caseRatingContract = contract(
  'CaseRating',
  z.strictObject({ score: z.int().min(1).max(5), comment: z.string().nullable(), createdAt: isoDateTime }),
);

/** `GET /api/v1/skill-subsidy/applications/:id`, and the answer of every step taken on a case. */
export const caseDetailContract = contract(
  'CaseDetail',
  z.strictObject({
    ...caseSummaryShape,
    basisDate: isoDate,
    ruleSetId: z.string(),
    evaluation: skillSubsidyEvaluationContract,
    facts: caseFactsContract,
    deadlines: z.array(caseDeadlineContract),
    payee: z.strictObject({ kind: z.enum(PAYEE_KINDS), accountNoMasked: z.string(), bankName: z.string().nullable() }),
    phoneMasked: z.string().nullable(),
    /** A11 代办: the proxy who applied for the person. */
    proxy: z.strictObject({ name: z.string(), idNumberMasked: z.string() }).nullable(),
    pendingApprovalStep: z.enum(APPROVAL_STEPS).nullable(),
    steps: z.array(caseStepContract),
    allowedActions: z.array(allowedCaseActionContract),
    /** Sent to the person the case is about only: their rating, or null before they rate. */
    rating: caseRatingContract.nullable().optional(),
    /** Sent to the person the case is about only: whether the case is finished and not yet rated. */
    canRate: z.boolean().optional(),
  }),
);

const batchRowShape = { index: count, applicantName: z.string(), ...occupationLevel, amountFen: fen, eligible: z.boolean() };

/** `POST /api/v1/skill-subsidy/employer-batches`: the cases made from the sheet, or (dry run) the rows that would be. */
export const employerBatchResultContract = contract(
  'EmployerBatchResult',
  z.strictObject({
    dryRun: z.boolean(),
    /** Data rows in the sheet. */
    total: count,
    created: z.array(z.strictObject({ ...batchRowShape, caseId: uuid })),
    /** Dry run only: the rows that would become cases. */
    accepted: z.array(z.strictObject(batchRowShape)).optional(),
    errors: z.array(rowErrorContract),
  }),
);

/** A case that already holds a certificate's occupation × level (A7, A11): open, or granted until recovered. */
export const counterExistingCaseContract = contract(
  'CounterExistingCase',
  z.strictObject({ id: uuid, status: caseStatusContract, statusLabel: z.string(), regionCode }),
);

/** A certificate the person holds, with what a submission today would be evaluated to (A12). */
export const counterPreviewCertificateContract = contract(
  'CounterPreviewCertificate',
  z.strictObject({
    certificateNo: z.string(),
    kind: certificateKind,
    kindLabel: z.string(),
    ...occupationLevel,
    issueDate: isoDate,
    issuer: z.string(),
    /** Which registry answered (A14). */
    source: z.string(),
    evaluation: skillSubsidyEvaluationContract,
    existingCase: counterExistingCaseContract.nullable(),
  }),
);

/**
 * `POST /api/v1/skill-subsidy/counter-preview`: a walk-in applicant's registry facts (masked: the preview never
 * carries the full ID number or phone), every certificate held, and the person's cases in every region.
 */
export const counterPreviewContract = contract(
  'CounterPreview',
  z.strictObject({
    person: z.strictObject({
      id: uuid,
      name: z.string(),
      idNumberMasked: z.string(),
      sex: z.enum(['male', 'female']),
      regionCode,
      phoneMasked: z.string().nullable(),
    }),
    /** The employer of the latest contribution month, or null. */
    employer: z.strictObject({ creditCode: z.string(), name: z.string() }).nullable(),
    contributions: z.strictObject({ paidMonths: count, inArrears: z.boolean(), latestMonth: z.string().nullable() }),
    certificates: z.array(counterPreviewCertificateContract),
    /** Newest first. */
    cases: z.array(
      z.strictObject({
        id: uuid,
        status: caseStatusContract,
        statusLabel: z.string(),
        regionCode,
        certificateNo: z.string(),
        ...occupationLevel,
        createdAt: isoDateTime,
      }),
    ),
  }),
);

/** `POST …/applications/:id/payee-reveal`: the payee account in clear (each reveal is an audit entry, D2). */
export const revealedPayeeContract = contract(
  'RevealedPayee',
  z.strictObject({
    caseId: uuid,
    payee: z.strictObject({ kind: z.enum(PAYEE_KINDS), accountNo: z.string(), bankName: z.string().nullable() }),
  }),
);

/** 好差评 as the office reads it: one rating of a finished case (the applicant's name masked). */
export const serviceRatingContract = contract(
  'ServiceRating',
  z.strictObject({
    caseId: uuid,
    regionCode,
    applicantName: z.string(),
    channel,
    ...occupationLevel,
    score: z.int().min(1).max(5),
    comment: z.string().nullable(),
    createdAt: isoDateTime,
  }),
);

/** `GET /api/v1/skill-subsidy/ratings`: a page of ratings and the distribution over the region (whatever the score filter). */
export const serviceRatingPageContract = contract(
  'ServiceRatingPage',
  z.strictObject({
    items: z.array(serviceRatingContract),
    total: count,
    page: z.int().min(1),
    pageSize: z.int().min(1),
    summary: z.strictObject({
      count,
      /** To two decimals; null while nobody has rated (0 would read as a bad score). */
      average: z.number().min(1).max(5).nullable(),
      byScore: z.strictObject({ '1': count, '2': count, '3': count, '4': count, '5': count }),
    }),
  }),
);
