import { PROGRAM_IDS, PROGRAM_LABELS, type ProgramId } from '@huimin/domain';

export interface ServiceEntry {
  program: ProgramId;
  title: string;
  summary: string;
  path: string;
}

export function isProgramId(value: unknown): value is ProgramId {
  return (PROGRAM_IDS as readonly unknown[]).includes(value);
}

/**
 * The services to offer: the platform's programs that this deployment has turned on, in the
 * platform's fixed order. Ids the server sends that this build does not know are left out rather
 * than shown without a name.
 */
export function servicesFor(enabled: readonly string[]): ServiceEntry[] {
  return PROGRAM_IDS.filter((program) => enabled.includes(program)).map((program) => ({
    program,
    title: PROGRAM_LABELS[program].zh,
    summary: PROGRAM_LABELS[program].summary,
    path: `/services/${program}`,
  }));
}
