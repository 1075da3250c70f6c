// The jobs page's plain functions: names of the known jobs, the progress of a run as a share, and its result as
// text. The list is read again every REFRESH_MS while the page is open, so a running job's progress moves.
import type { JobProgress, JobRun } from '../../api/jobs';

export const REFRESH_MS = 10_000;
export const RUN_LIMITS = [50, 100, 200] as const;
export const DEFAULT_RUN_LIMIT = 50;

/** The i18n key (under jobs.names) of each job the API registers today; a job not listed is shown by its name. */
const JOB_NAME_KEYS: Readonly<Record<string, string>> = {
  'skill-subsidy.statistics.monthly': 'statisticsMonthly',
  'cases.overdue-flags': 'overdueFlags',
  'cases.status-counts.compact': 'statusCountsCompact',
  'notices.close-ended': 'noticesCloseEnded',
  'calendar.check': 'calendarCheck',
};

export function jobNameKey(name: string): string | null {
  return JOB_NAME_KEYS[name] ?? null;
}

/** Done as a whole percentage of the total (0–100); a finished run without progress counts as complete. */
export function progressPercent(progress: JobProgress | null, outcome: JobRun['outcome']): number {
  if (!progress || progress.total <= 0) return outcome === 'done' ? 100 : 0;
  return Math.max(0, Math.min(100, Math.round((progress.done / progress.total) * 100)));
}

export function outcomeTagType(outcome: string): 'primary' | 'success' | 'danger' | 'info' {
  if (outcome === 'running') return 'primary';
  if (outcome === 'done') return 'success';
  if (outcome === 'failed') return 'danger';
  return 'info';
}

/** What the run reported, pretty-printed; '' when it reported nothing. */
export function resultText(result: unknown): string {
  if (result === null || result === undefined) return '';
  return JSON.stringify(result, null, 2);
}

/** The error a failed run recorded (`{ error }`), to show without opening the JSON. */
export function failureOf(run: Pick<JobRun, 'outcome' | 'result'>): string | null {
  if (run.outcome !== 'failed' || typeof run.result !== 'object' || run.result === null) return null;
  const error = (run.result as Record<string, unknown>).error;
  return typeof error === 'string' ? error : null;
}

/** Whole seconds from start to finish, or null while running. */
export function durationSeconds(run: Pick<JobRun, 'startedAt' | 'finishedAt'>): number | null {
  if (!run.finishedAt) return null;
  const ms = Date.parse(run.finishedAt) - Date.parse(run.startedAt);
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 1000) : null;
}
