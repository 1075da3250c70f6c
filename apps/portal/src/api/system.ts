import type { ProgramId } from '@huimin/domain';
import { getJson, type Fetch } from './http';

export interface SystemInfo {
  /** Programs this deployment has turned on. */
  programs: ProgramId[];
  demo: boolean;
  version: string;
}

export function fetchSystemInfo(baseUrl: string, fetchImpl: Fetch): Promise<SystemInfo> {
  return getJson<SystemInfo>(`${baseUrl.replace(/\/+$/, '')}/api/v1/system/info`, fetchImpl);
}
