import { postFile, postJson, type Fetch } from './http';
import type { OtpAnswer } from './applicant';

// Shapes of the employer account's routes (login by credit code, the batch application sheet), limited to what
// the portal reads.

export interface EmployerLoginAnswer {
  accessToken: string;
  expiresAt: string;
  applicant: { kind: 'employer'; creditCode: string; name: string; contactName: string; regionCode: string };
}

export interface BatchRowError {
  /** Data rows counted from 0 (the sheet's line is index + 2: line 1 is the header). */
  index: number;
  path: string;
  message: string;
}

export interface BatchRow {
  index: number;
  applicantName: string;
  occupation: string;
  level: number;
  amountFen: number | null;
  eligible: boolean;
}

export interface BatchAnswer {
  dryRun: boolean;
  total: number;
  created: (BatchRow & { caseId: string })[];
  /** The dry run's rows that would become cases. */
  accepted?: BatchRow[];
  errors: BatchRowError[];
}

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function createEmployerApi(baseUrl: string, fetchImpl: Fetch, token: () => string | null) {
  const base = `${baseUrl.replace(/\/+$/, '')}/api/v1`;
  const auth = (): Record<string, string> => {
    const value = token();
    return value ? { authorization: `Bearer ${value}` } : {};
  };
  return {
    requestCode: (body: { creditCode: string }) => postJson<OtpAnswer>(`${base}/applicant-auth/employer-otp`, body, fetchImpl),
    login: (body: { creditCode: string; code: string }) => postJson<EmployerLoginAnswer>(`${base}/applicant-auth/employer-login`, body, fetchImpl),
    logout: () => postJson<void>(`${base}/applicant-auth/logout`, {}, fetchImpl, auth()),
    /** The sheet as uploaded; `dryRun` previews without creating. The key makes a repeated submit create nothing twice. */
    batch: (file: Blob, contentType: string, options: { dryRun: boolean; idempotencyKey?: string }) =>
      postFile<BatchAnswer>(`${base}/skill-subsidy/employer-batches${options.dryRun ? '?dryRun=1' : ''}`, file, contentType, fetchImpl, {
        ...auth(),
        ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
      }),
  };
}

export type EmployerApi = ReturnType<typeof createEmployerApi>;
