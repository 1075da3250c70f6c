// The audit log routes (POLICY.md D1): entries newest first, and the hash chain's verification. The answers and
// the filters are the API's own (generated from its OpenAPI document).
import type { AuditEntriesQuery } from '@huimin/api-client';
import { data, type HttpClient } from './http';

export type { AuditEntry, AuditVerification } from '@huimin/api-client';

/**
 * Filters of `GET /api/v1/audit/entries` as the screen sends them, the page always set: exact matches; `from`
 * inclusive and `to` exclusive, ISO 8601 with offset.
 */
export type AuditQuery = AuditEntriesQuery & { page: number; pageSize: number };

export function createAuditApi(http: HttpClient) {
  return {
    entries: (query: AuditQuery) => data(http.GET('/api/v1/audit/entries', { params: { query } })),
    verify: () => data(http.GET('/api/v1/audit/verify')),
  };
}

export type AuditApi = ReturnType<typeof createAuditApi>;
