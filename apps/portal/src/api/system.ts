import { data, type SystemInfo } from '@huimin/api-client';
import { createPortalClient, type Fetch } from './http';

export type { SystemInfo } from '@huimin/api-client';

export function fetchSystemInfo(baseUrl: string, fetchImpl: Fetch): Promise<SystemInfo> {
  return data(createPortalClient(baseUrl, fetchImpl).GET('/api/v1/system/info'));
}
