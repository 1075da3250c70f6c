import type { ApplicantKind } from '@huimin/db';
import type { StaffRole } from '../auth/auth.types.js';

/**
 * Who may call which route: the one place the API's permissions are declared (issue 4: "authorisation in
 * one place"). The global guard looks every request's route up here and refuses what is not allowed; a
 * route missing from this table answers 403 to everyone, and the route × role × region matrix test, built
 * from the routes the application actually serves, fails the build until the route gets a rule.
 *
 * Region scope is the second half: a rule with `scope: 'region'` serves records that carry a region code,
 * and its service answers 404 for a record outside the caller's regions (never 403, so that a record's
 * existence does not leak). `owner` routes serve an applicant's own records only, and answer 404 for
 * anyone else's.
 */
export type RouteRule =
  | { readonly access: 'public'; readonly why: string }
  | {
      readonly access: 'staff';
      /** Roles that may call it; `any` = every staff user (own session, own password, status notices). */
      readonly roles: readonly StaffRole[] | 'any';
      /** Reads change nothing; the auditor reads everything (POLICY.md D1) and is added to every read. */
      readonly read: boolean;
      readonly scope?: 'region';
      /**
       * Applicants who may call the same route (a case is submitted by a person online, by a handler at the
       * counter, by an employer for its staff). `owner`: they reach only their own records (404 otherwise).
       */
      readonly applicants?: { readonly kinds: readonly ApplicantKind[]; readonly owner: boolean };
    }
  | { readonly access: 'applicant'; readonly kinds: readonly ApplicantKind[]; readonly owner?: boolean };

const open = (why: string): RouteRule => ({ access: 'public', why });
/** A read: the auditor may always read what others read, and changes nothing. */
const read = (roles: readonly StaffRole[], scope?: 'region'): RouteRule => ({
  access: 'staff',
  roles: [...new Set<StaffRole>([...roles, 'auditor'])],
  read: true,
  ...(scope ? { scope } : {}),
});
const write = (roles: readonly StaffRole[], scope?: 'region'): RouteRule => ({
  access: 'staff',
  roles,
  read: false,
  ...(scope ? { scope } : {}),
});
const anyStaff = (readOnly: boolean): RouteRule => ({ access: 'staff', roles: 'any', read: readOnly });
const applicant = (kinds: readonly ApplicantKind[], owner = false): RouteRule => ({
  access: 'applicant',
  kinds,
  ...(owner ? { owner } : {}),
});

/** Staff who handle personal data of the registry (not finance: it pays from the case, not from the registry). */
const REGISTRY_READERS: readonly StaffRole[] = ['handler', 'reviewer', 'head', 'data_admin', 'province_admin'];

/** A staff rule that applicants of `kinds` may also use, each for its own records only. */
const alsoApplicants = (rule: RouteRule, kinds: readonly ApplicantKind[], owner: boolean): RouteRule =>
  rule.access === 'staff' ? { ...rule, applicants: { kinds, owner } } : rule;

/** Staff who take the steps of a case (POLICY.md A14). */
const CASE_STAFF: readonly StaffRole[] = ['handler', 'reviewer', 'head'];

/** Keys are `METHOD path` with the path as the router registers it (global prefix included, `:param`). */
export const ROUTE_PERMISSIONS: Readonly<Record<string, RouteRule>> = {
  'GET /api/health': open('load balancers probe it'),
  'GET /api/v1/system/info': open('both web apps read which programs are on before anyone logs in'),

  // Staff identity.
  'POST /api/v1/auth/login': open('logging in'),
  'POST /api/v1/auth/refresh': open('the refresh token in the body is the credential'),
  'GET /api/v1/auth/me': anyStaff(true),
  'POST /api/v1/auth/logout': anyStaff(false),
  'POST /api/v1/auth/password': anyStaff(false),

  // User administration (system_admin), with the D1 rules in the users service.
  'GET /api/v1/users': read(['system_admin']),
  'GET /api/v1/users/:id': read(['system_admin']),
  'POST /api/v1/users': write(['system_admin']),
  'PATCH /api/v1/users/:id': write(['system_admin']),
  'POST /api/v1/users/:id/password-reset': write(['system_admin']),

  // Applicant identity.
  'POST /api/v1/applicant-auth/otp': open('real-name login of a person: the one-time code is the credential'),
  'POST /api/v1/applicant-auth/login': open('real-name login of a person'),
  'POST /api/v1/applicant-auth/employer-otp': open('login of an employer account: the one-time code is the credential'),
  'POST /api/v1/applicant-auth/employer-login': open('login of an employer account'),
  'POST /api/v1/applicant-auth/logout': applicant(['person', 'employer']),
  'GET /api/v1/me': applicant(['person', 'employer']),
  'GET /api/v1/me/person': applicant(['person']),
  'GET /api/v1/me/certificates': applicant(['person']),
  'GET /api/v1/me/certificates/:certificateNo': applicant(['person'], true),
  'GET /api/v1/me/employer': applicant(['employer']),

  // Registry (personal data: every read is audited).
  'GET /api/v1/registry/persons': read(REGISTRY_READERS, 'region'),
  'GET /api/v1/registry/persons/:id': read(REGISTRY_READERS, 'region'),
  'POST /api/v1/registry/persons/lookup': read(REGISTRY_READERS, 'region'),
  'POST /api/v1/employer-accounts': write(['data_admin'], 'region'),

  // Registry import (API.md): data admins, rows outside their regions refused row by row.
  'POST /api/v1/registry/employers': write(['data_admin']),
  'POST /api/v1/registry/persons': write(['data_admin']),
  'POST /api/v1/registry/contributions': write(['data_admin']),
  'POST /api/v1/registry/certificates': write(['data_admin']),
  'POST /api/v1/registry/imports/:kind': write(['data_admin']),

  // Skills-upgrade subsidy cases (API.md). A11: online by the person, at the counter or by proxy by a handler,
  // in batch by the employer. Finance reads the cases it will pay.
  'POST /api/v1/skill-subsidy/applications': alsoApplicants(write(['handler']), ['person', 'employer'], false),
  'GET /api/v1/skill-subsidy/applications': alsoApplicants(read([...CASE_STAFF, 'finance', 'province_admin'], 'region'), ['person', 'employer'], false),
  'GET /api/v1/skill-subsidy/applications/:id': alsoApplicants(read([...CASE_STAFF, 'finance', 'province_admin'], 'region'), ['person'], true),
  'POST /api/v1/skill-subsidy/applications/:id/decisions': write(CASE_STAFF, 'region'),
  'POST /api/v1/skill-subsidy/applications/:id/appeal': applicant(['person'], true),
  'POST /api/v1/skill-subsidy/applications/:id/withdraw': applicant(['person'], true),
  // 好差评 (issue 7): the person rates a finished case of their own, once.
  'POST /api/v1/skill-subsidy/applications/:id/rating': applicant(['person'], true),
  // A11 单位集中申请 from a sheet (issue 7): employer accounts only, each row for one of their own insured staff.
  'POST /api/v1/skill-subsidy/employer-batches': applicant(['employer']),

  // Public notice (A15): published by a handler, read and objected to by anyone, objections decided by staff.
  'POST /api/v1/skill-subsidy/notices': write(['handler'], 'region'),
  'GET /api/v1/public/skill-subsidy/notices': open('A15: the notice is public (rows masked)'),
  'POST /api/v1/public/skill-subsidy/notices/items/:itemId/objections': open('A15: anyone may object, with contact details'),
  // Region scope is checked on the objection's case (404 outside), tested in skill-subsidy-notices.spec.ts.
  'POST /api/v1/skill-subsidy/objections/:id/decisions': write(['handler', 'head']),
  // The objections inbox: the handlers and heads who decide them, and internal control.
  'GET /api/v1/skill-subsidy/objections': read(['handler', 'head', 'reviewer'], 'region'),
  // 好差评 as the office reads it (names masked): heads and internal control watch the service.
  'GET /api/v1/skill-subsidy/ratings': read(['head', 'handler', 'reviewer', 'province_admin'], 'region'),

  // The counter's preview of a walk-in applicant's registry facts and evaluations (A12): the handler who takes it.
  'POST /api/v1/skill-subsidy/counter-preview': write(['handler'], 'region'),
  // An employer's sheet filed at the counter by a handler of the employer's region (A11 单位集中申请).
  'POST /api/v1/skill-subsidy/counter-batches': write(['handler'], 'region'),
  // The payee in clear for checking with the applicant (D2): not a read (the auditor reads masked data only); audited.
  'POST /api/v1/skill-subsidy/applications/:id/payee-reveal': write(['handler', 'finance', 'head'], 'region'),

  // Payee correction before a (re-)issue (A16): a handler, audited; finance re-issues (D1).
  'POST /api/v1/skill-subsidy/applications/:id/payee': write(['handler'], 'region'),

  // Payment (A16, D1, D2): finance only; the maker of a batch never approves it. The bank file carries the
  // accounts in clear, so it is not a read (the auditor reads the batch, not the file).
  'POST /api/v1/skill-subsidy/payment-batches': write(['finance'], 'region'),
  'GET /api/v1/skill-subsidy/payment-batches': read(['finance'], 'region'),
  'GET /api/v1/skill-subsidy/payment-batches/:id': read(['finance'], 'region'),
  'POST /api/v1/skill-subsidy/payment-batches/:id/approve': write(['finance'], 'region'),
  'GET /api/v1/skill-subsidy/payment-batches/:id/bank-file': write(['finance'], 'region'),
  'POST /api/v1/skill-subsidy/payment-batches/:id/bank-result': write(['finance'], 'region'),
  // A draft batch built wrong is discarded by finance with a reason (D1); its cases are free again.
  'POST /api/v1/skill-subsidy/payment-batches/:id/discard': write(['finance'], 'region'),
  // The agent bank's file layout per region (D2): finance reads it; finance or the provincial admin sets it.
  'GET /api/v1/skill-subsidy/bank-file-layouts': read(['finance', 'province_admin']),
  'PUT /api/v1/skill-subsidy/bank-file-layouts/:regionCode': write(['finance', 'province_admin'], 'region'),

  // Recovery (A17): opened by a handler or head who took no separated step of the case (D1), repaid to finance.
  'POST /api/v1/skill-subsidy/applications/:id/recovery-orders': write(['handler', 'head'], 'region'),
  'POST /api/v1/skill-subsidy/recovery-orders/:id/repayments': write(['finance'], 'region'),
  'GET /api/v1/skill-subsidy/recovery-orders': read(['handler', 'head', 'finance'], 'region'),
  'GET /api/v1/skill-subsidy/recovery-orders/:id': read(['handler', 'head', 'finance'], 'region'),
  // What cannot be recovered is written off by the head only, with a reason (A17).
  'POST /api/v1/skill-subsidy/recovery-orders/:id/write-off': write(['head'], 'region'),

  // Statistics (A18): the forms of 002 附件4 and 附件2 and the quarterly figures, for the caller's regions (404
  // outside). The transfer certificate (A11) reads a person's ledger across regions: staff who handle the person.
  'GET /api/v1/skill-subsidy/statistics/monthly': read(['handler', 'reviewer', 'head', 'finance', 'province_admin'], 'region'),
  'GET /api/v1/skill-subsidy/statistics/notice-list': read(['handler', 'reviewer', 'head', 'finance', 'province_admin'], 'region'),
  'GET /api/v1/skill-subsidy/statistics/monthly/filed': read(['handler', 'reviewer', 'head', 'finance', 'province_admin'], 'region'),
  'GET /api/v1/skill-subsidy/statistics/quarterly': read(['handler', 'reviewer', 'head', 'finance', 'province_admin'], 'region'),
  // D5: the dashboard's month × sub-region figures (applications, decisions, grants, overdue cases), same readers.
  'GET /api/v1/skill-subsidy/statistics/trend': read(['handler', 'reviewer', 'head', 'finance', 'province_admin'], 'region'),
  'GET /api/v1/skill-subsidy/persons/:personId/grant-record': read(['handler', 'reviewer', 'head', 'province_admin'], 'region'),

  // Change requests: one person proposes, a second approves (POLICY.md D1).
  'GET /api/v1/change-requests': read(REGISTRY_READERS, 'region'),
  'GET /api/v1/change-requests/:id': read(REGISTRY_READERS, 'region'),
  'POST /api/v1/change-requests': write(['handler', 'data_admin'], 'region'),
  'POST /api/v1/change-requests/:id/decisions': write(['reviewer', 'head', 'data_admin'], 'region'),

  // Scheduled jobs and their progress: the operators who run the platform, and the auditor.
  'GET /api/v1/jobs': read(['system_admin']),

  // Audit.
  'GET /api/v1/audit/verify': read([]),
  'GET /api/v1/audit/entries': read([]),

  // Working-day calendar.
  'GET /api/v1/calendar/years': open('API.md: public'),
  'GET /api/v1/calendar/years/:year': open('the official schedule is public; the console pre-fills corrections from it'),
  'GET /api/v1/calendar/add-working-days': open('API.md: public'),
  'GET /api/v1/calendar/status': anyStaff(true),
  'PUT /api/v1/calendar/years/:year': write(['system_admin']),

  // The public policy calculator and the policies in force (API.md "Evaluation": no login).
  'POST /api/v1/evaluations/skill-upgrade-subsidy': open('API.md: the public calculator'),
  'POST /api/v1/evaluations/unemployment-benefit': open('API.md: the public calculator'),
  'POST /api/v1/evaluations/job-stabilization': open('API.md: the public calculator'),
  'GET /api/v1/policies': open('API.md: the policies in force are public'),
};

export function routeKey(method: string, path: string): string {
  // Fastify answers HEAD for every GET route; it reads the same thing.
  return `${method === 'HEAD' ? 'GET' : method} ${path}`;
}

export function ruleFor(method: string, path: string): RouteRule | undefined {
  return ROUTE_PERMISSIONS[routeKey(method, path)];
}
