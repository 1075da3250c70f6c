// The counter's routes (issue 6): the walk-in applicant's registry preview, an employer's sheet filed at the
// counter, and the audited reveal of a case's payee account. The shapes are the API's own (generated from its
// OpenAPI document).
import type { EmployerBatchResult } from '@huimin/api-client';
import { data, type HttpClient } from './http';

export type {
  CounterExistingCase as PreviewExistingCase,
  CounterPreview,
  CounterPreviewCertificate as PreviewCertificate,
  EmployerBatchResult as CounterBatchAnswer,
  RevealedPayee,
  RowError as BatchRowError,
} from '@huimin/api-client';

/** One row of the sheet that would become a case (a dry run's `accepted`); `index` counts data rows from 0. */
export type BatchRow = NonNullable<EmployerBatchResult['accepted']>[number];

export function createCounterApi(http: HttpClient) {
  return {
    /** POST (not GET) so that the ID number stays out of URLs and logs; the read is audited. */
    preview: (idNumber: string) => data(http.POST('/api/v1/skill-subsidy/counter-preview', { body: { idNumber } })),
    /**
     * The sheet's bytes as they are (CSV or .xlsx). A dry run checks every row and creates nothing; the real run
     * carries the Idempotency-Key, so a repeated confirm creates the cases once.
     */
    batch: async (creditCode: string, file: Blob, contentType: string, options: { dryRun: boolean; idempotencyKey?: string }) => {
      const bytes = await file.arrayBuffer();
      return data(
        http.POST('/api/v1/skill-subsidy/counter-batches', {
          params: {
            query: options.dryRun ? { creditCode, dryRun: '1' } : { creditCode },
            ...(options.idempotencyKey && !options.dryRun ? { header: { 'Idempotency-Key': options.idempotencyKey } } : {}),
          },
          // The document types the file as a binary string; the bytes are sent as they are, not as JSON.
          body: bytes as never,
          bodySerializer: () => bytes,
          headers: { 'content-type': contentType },
        }),
      );
    },
    revealPayee: (caseId: string, reason: string) =>
      data(http.POST('/api/v1/skill-subsidy/applications/{id}/payee-reveal', { params: { path: { id: caseId } }, body: { reason } })),
  };
}

export type CounterApi = ReturnType<typeof createCounterApi>;
