// The scheduled jobs (system administrators): what is registered and the latest runs with their progress. The
// shapes are the API's own (generated from its OpenAPI document).
import type { JobsQuery } from '@huimin/api-client';
import { data, type HttpClient } from './http';

export type { JobProgress, JobRun, JobsOverview, RegisteredJob } from '@huimin/api-client';

export function createJobsApi(http: HttpClient) {
  return {
    /** The newest runs first; `job` narrows them to one job. */
    list: (query: JobsQuery = {}) =>
      data(http.GET('/api/v1/jobs', { params: { query: { ...(query.job ? { job: query.job } : {}), ...(query.limit ? { limit: query.limit } : {}) } } })),
  };
}

export type JobsApi = ReturnType<typeof createJobsApi>;
