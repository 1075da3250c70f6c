// Shapes of the answers this app reads (API.md). Kept to the fields the screens use; replace with the
// generated API client once the OpenAPI document is published.
import type { ProgramId } from '@huimin/domain';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  regionCode: string;
}

export interface LoginResponse {
  accessToken: string;
  user: SessionUser;
}

export interface SystemInfo {
  /** Programs this deployment has turned on. May in theory name ids this build does not know. */
  programs: ProgramId[];
  demo: boolean;
  version: string;
}
