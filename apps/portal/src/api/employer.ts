import type { EmployerBatchResult } from '@huimin/api-client';
import { data } from '@huimin/api-client';
import { createPortalClient, type Fetch } from './http';

// The employer account's routes (login by credit code, the batch application sheet) through the typed client.
export type { EmployerBatchResult, EmployerLogin, RowError } from '@huimin/api-client';

/** One sheet row that became (or, in a dry run, would become) a case. */
export type BatchRow = NonNullable<EmployerBatchResult['accepted']>[number];

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function createEmployerApi(baseUrl: string, fetchImpl: Fetch, token: () => string | null) {
  const client = createPortalClient(baseUrl, fetchImpl, token);
  return {
    requestCode: (body: { creditCode: string }) => data(client.POST('/api/v1/applicant-auth/employer-otp', { body })),
    login: (body: { creditCode: string; code: string }) => data(client.POST('/api/v1/applicant-auth/employer-login', { body })),
    logout: () => data(client.POST('/api/v1/applicant-auth/logout')),
    /** The sheet as uploaded; `dryRun` previews without creating. The key makes a repeated submit create nothing twice. */
    batch: async (file: Blob, contentType: string, options: { dryRun: boolean; idempotencyKey?: string }) => {
      // The sheet's bytes as they are, with their own content type (CSV or Excel), not JSON; read first, as
      // bytes are the one body every fetch takes (at most 500 rows, a small file).
      const bytes = await file.arrayBuffer();
      return data(
        client.POST('/api/v1/skill-subsidy/employer-batches', {
          params: {
            ...(options.dryRun ? { query: { dryRun: '1' as const } } : {}),
            ...(options.idempotencyKey ? { header: { 'Idempotency-Key': options.idempotencyKey } } : {}),
          },
          body: bytes as never,
          bodySerializer: () => bytes,
          headers: { 'content-type': contentType },
        }),
      );
    },
  };
}

export type EmployerApi = ReturnType<typeof createEmployerApi>;
