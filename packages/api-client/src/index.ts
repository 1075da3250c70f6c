// The web apps' only way to the API (issue 6): the types of every path, request and answer come from the API's
// OpenAPI document (src/schema.ts, generated), the calls go through openapi-fetch, typed by those paths.
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './schema.js';

export type { components, operations, paths };

/** The API's path templates, e.g. `/api/v1/skill-subsidy/applications/{id}`. */
export type ApiPath = keyof paths;
type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
type Operation<P extends ApiPath, M extends Method> = NonNullable<paths[P][M & keyof paths[P]]>;
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON a call answers with when it succeeds (any 2xx status the route declares). */
export type ResponseBody<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { responses: infer R } ? { [S in keyof R]: S extends 200 | 201 | 202 ? JsonOf<R[S]> : never }[keyof R] : never;

/** The JSON body a call sends. */
export type RequestBody<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

/** The query parameters of a call. */
export type QueryParams<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

type Schemas = components['schemas'];

// Answers, by the names of the API's response contracts (@huimin/domain `contracts/`).
export type SessionUser = Schemas['SessionUser'];
export type StaffLogin = Schemas['StaffLogin'];
export type OtpAnswer = Schemas['OtpAnswer'];
export type PersonLogin = Schemas['PersonLogin'];
export type EmployerLogin = Schemas['EmployerLogin'];
export type SystemInfo = Schemas['SystemInfo'];
export type ParameterMark = Schemas['ParameterMark'];
export type RuleLayer = Schemas['RuleLayer'];
export type PolicyLayer = Schemas['PolicyLayer'];
export type PolicyInForce = Schemas['PolicyInForce'];
export type EvaluationPolicy = Schemas['EvaluationPolicy'];
export type SkillSubsidyCheck = Schemas['SkillSubsidyCheck'];
export type SkillSubsidyEvaluation = Schemas['SkillSubsidyEvaluation'];
export type CalendarYearSummary = Schemas['CalendarYearSummary'];
export type LoadedCalendarYear = Schemas['LoadedCalendarYear'];
export type CalendarStatus = Schemas['CalendarStatus'];
export type PersonRecord = Schemas['PersonRecord'];
export type MyPerson = Schemas['MyPerson'];
export type MyCertificate = Schemas['MyCertificate'];
export type CaseStatus = Schemas['CaseStatus'];
export type CaseEvent = Schemas['CaseEvent'];
export type CaseSummary = Schemas['CaseSummary'];
export type CaseList = Schemas['CaseList'];
export type CaseDetail = Schemas['CaseDetail'];
export type CaseStep = Schemas['CaseStep'];
export type CaseDeadline = Schemas['CaseDeadline'];
export type CaseFacts = Schemas['CaseFacts'];
export type CaseRating = Schemas['CaseRating'];
export type AllowedCaseAction = Schemas['AllowedCaseAction'];
export type RowError = Schemas['RowError'];
export type EmployerBatchResult = Schemas['EmployerBatchResult'];
export type NoticeItem = Schemas['NoticeItem'];
export type NoticeBatch = Schemas['NoticeBatch'];
export type PublishedNotice = Schemas['PublishedNotice'];
export type ObjectionReceipt = Schemas['ObjectionReceipt'];
export type ObjectionDecision = Schemas['ObjectionDecision'];
export type PaymentBatchStatus = Schemas['PaymentBatchStatus'];
export type PaymentBatchSummary = Schemas['PaymentBatchSummary'];
export type PaymentBatch = Schemas['PaymentBatch'];
export type PaymentItem = Schemas['PaymentItem'];
export type BuiltPaymentBatch = Schemas['BuiltPaymentBatch'];
export type PaymentSkip = BuiltPaymentBatch['skipped'][number];
export type BankResultSummary = Schemas['BankResultSummary'];
export type RecoveryOrder = Schemas['RecoveryOrder'];
export type RecoveryOrderSummary = Schemas['RecoveryOrderSummary'];
export type RecoveryOrderPage = Schemas['RecoveryOrderPage'];
export type BankFileLayout = Schemas['BankFileLayout'];
export type RegionBankFileLayout = Schemas['RegionBankFileLayout'];
export type BankFileLayouts = Schemas['BankFileLayouts'];
export type CounterPreview = Schemas['CounterPreview'];
export type CounterPreviewCertificate = Schemas['CounterPreviewCertificate'];
export type CounterExistingCase = Schemas['CounterExistingCase'];
export type RevealedPayee = Schemas['RevealedPayee'];
export type ServiceRating = Schemas['ServiceRating'];
export type ServiceRatingPage = Schemas['ServiceRatingPage'];
export type Objection = Schemas['Objection'];
export type ObjectionPage = Schemas['ObjectionPage'];
export type AuditEntry = Schemas['AuditEntry'];
export type AuditEntryPage = Schemas['AuditEntryPage'];
export type AuditVerification = Schemas['AuditVerification'];
export type MonthlyStatistics = Schemas['MonthlyStatistics'];
export type FiledMonthlyStatistics = Schemas['FiledMonthlyStatistics'];
export type QuarterlyStatistics = Schemas['QuarterlyStatistics'];
export type StatisticsTrend = Schemas['StatisticsTrend'];
export type TrendRow = Schemas['TrendRow'];
export type TrendRegion = Schemas['TrendRegion'];
export type RegisteredJob = Schemas['RegisteredJob'];
export type JobProgress = Schemas['JobProgress'];
export type JobRun = Schemas['JobRun'];
export type JobsOverview = Schemas['JobsOverview'];

// Request bodies, by route.
export type StaffLoginBody = RequestBody<'/api/v1/auth/login', 'post'>;
export type PersonOtpBody = RequestBody<'/api/v1/applicant-auth/otp', 'post'>;
export type PersonLoginBody = RequestBody<'/api/v1/applicant-auth/login', 'post'>;
export type EmployerOtpBody = RequestBody<'/api/v1/applicant-auth/employer-otp', 'post'>;
export type EmployerLoginBody = RequestBody<'/api/v1/applicant-auth/employer-login', 'post'>;
export type SkillSubsidyEvaluationBody = RequestBody<'/api/v1/evaluations/skill-upgrade-subsidy', 'post'>;
export type CalendarYearBody = RequestBody<'/api/v1/calendar/years/{year}', 'put'>;
export type ApplicationBody = RequestBody<'/api/v1/skill-subsidy/applications', 'post'>;
export type CaseListQuery = QueryParams<'/api/v1/skill-subsidy/applications', 'get'>;
export type CaseListSort = NonNullable<CaseListQuery['sort']>;
export type DecisionBody = RequestBody<'/api/v1/skill-subsidy/applications/{id}/decisions', 'post'>;
export type RatingBody = RequestBody<'/api/v1/skill-subsidy/applications/{id}/rating', 'post'>;
export type ObjectionBody = RequestBody<'/api/v1/public/skill-subsidy/notices/items/{itemId}/objections', 'post'>;
export type ObjectionDecisionBody = RequestBody<'/api/v1/skill-subsidy/objections/{id}/decisions', 'post'>;
export type RecoveryOrderBody = RequestBody<'/api/v1/skill-subsidy/applications/{id}/recovery-orders', 'post'>;
export type RepaymentBody = RequestBody<'/api/v1/skill-subsidy/recovery-orders/{id}/repayments', 'post'>;
export type WriteOffBody = RequestBody<'/api/v1/skill-subsidy/recovery-orders/{id}/write-off', 'post'>;
export type RecoveryListQuery = QueryParams<'/api/v1/skill-subsidy/recovery-orders', 'get'>;
export type BankFileLayoutBody = RequestBody<'/api/v1/skill-subsidy/bank-file-layouts/{regionCode}', 'put'>;
export type CounterPreviewBody = RequestBody<'/api/v1/skill-subsidy/counter-preview', 'post'>;
export type PayeeRevealBody = RequestBody<'/api/v1/skill-subsidy/applications/{id}/payee-reveal', 'post'>;
export type ObjectionListQuery = QueryParams<'/api/v1/skill-subsidy/objections', 'get'>;
export type RatingListQuery = QueryParams<'/api/v1/skill-subsidy/ratings', 'get'>;
export type AuditEntriesQuery = QueryParams<'/api/v1/audit/entries', 'get'>;
export type JobsQuery = QueryParams<'/api/v1/jobs', 'get'>;

/** The typed client: `client.GET('/api/v1/…/{id}', { params: { path: { id } } })`, paths and bodies checked. */
export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** Origin (and optional prefix) of the API; '' means the page's own origin. */
  baseUrl?: string;
  /** The fetch to use (tests hand in a fake one); the browser's by default. */
  fetch?: (request: Request) => Promise<Response>;
  /** The bearer token of each request, read when it is sent; no header without one. */
  token?: () => string | null;
  /**
   * Turns a non-2xx answer into the error the call rejects with (its body still unread), so callers only ever
   * see successful answers. Without it the call resolves with openapi-fetch's `{ error, response }`.
   */
  toError?: (response: Response, request: Request) => Promise<Error> | Error;
  /** Turns "no answer at all" (network down, CORS refused, server not running) into the error the call rejects with. */
  networkError?: (cause: unknown, request: Request) => Error;
}

/** JSON and problem+json (API.md: every error is application/problem+json). */
const ACCEPT = 'application/json, application/problem+json';

/** '' is the page's own origin; spelled out, as a Request outside a page (tests, workers) has no base to resolve against. */
function resolveBase(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  if (trimmed !== '') return trimmed;
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  return origin && origin !== 'null' ? origin : '';
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const client = createClient<paths>({
    baseUrl: resolveBase(options.baseUrl ?? ''),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const middleware: Middleware = {
    onRequest({ request }) {
      if (!request.headers.has('accept')) request.headers.set('accept', ACCEPT);
      const token = options.token?.();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
    async onResponse({ request, response }) {
      if (!response.ok && options.toError) throw await options.toError(response, request);
      return undefined;
    },
    onError({ error, request }) {
      return options.networkError ? options.networkError(error, request) : undefined;
    },
  };
  client.use(middleware);
  return client;
}

/** What a call of the typed client resolved with. */
interface CallResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Raised by `data()` for a non-2xx answer when the client has no `toError` (the app's own error otherwise). */
export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
    this.name = 'ApiCallError';
  }
}

/** The data of a successful call: `await data(client.GET(…))`; undefined for an answer without a body (204). */
export async function data<T>(call: Promise<CallResult<T>>): Promise<T> {
  const result = await call;
  if (!result.response.ok) throw new ApiCallError(result.response.status, result.error);
  return result.data as T;
}

/** The file name of `attachment; filename="…"` (RFC 6266, plain or RFC 5987 encoded), or null. */
export function attachmentFilename(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // A malformed encoding falls back to the plain name below.
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() || null;
}
