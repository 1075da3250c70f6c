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

/** POLICY.md E: how sure the platform is of a parameter (read in the document, in secondary text, not found). */
export type ParameterMark = 'confirmed' | 'partial' | 'unconfirmed';

export interface PolicyLayer {
  id: string;
  packId: string;
  regionCode: string;
  kind: 'baseline' | 'notice' | 'provincial' | 'city';
  documentNo: string;
  title: string;
  mark: ParameterMark;
  effectiveFrom: string;
  effectiveTo: string | null;
  notes: string[];
}

/** One program's rule set in force in a region on a date (`GET /api/v1/policies`). */
export interface PolicyInForce {
  program: ProgramId;
  programName: string;
  regionCode: string;
  date: string;
  basis: 'certificate_issue_date' | 'application_date' | 'refund_year';
  id: string;
  source: string;
  ruleSetId: string;
  sources: string[];
  packIds: string[];
  layers: PolicyLayer[];
  params: Record<string, unknown>;
  marks: Record<string, ParameterMark>;
  parameterLabels: Record<string, string>;
  /** Layer id that set each parameter; the API does not send it yet, so the page copes without it. */
  paramLayers?: Record<string, string>;
  warnings: string[];
}

/** A loaded year of the working-day calendar (`GET /api/v1/calendar/years`). */
export interface CalendarYearSummary {
  year: number;
  documentNo: string;
  source: string;
}

export interface CalendarStatus {
  today: string;
  lastLoadedYear: number | null;
  currentYearLoaded: boolean;
  nextYearLoaded: boolean;
  /** What an admin must do (e.g. next year's schedule is missing), or null when all is well. */
  warning: string | null;
}

export interface CalendarYearBody {
  documentNo: string;
  daysOff: string[];
  workdays: string[];
}
