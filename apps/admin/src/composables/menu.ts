import { PROGRAM_IDS, type ProgramId } from '@huimin/domain';
import { COUNTER_ROLES, WORKLIST_ROLES } from '../views/cases/worklist';
import { NOTICE_ROLES } from '../views/notices/notice-form';
import { PAYMENT_ROLES } from '../views/payments/payment-form';

export type MenuEntry =
  | { key: 'home'; kind: 'home'; path: string }
  | { key: `program:${ProgramId}`; kind: 'program'; program: ProgramId; path: string; group?: 'skill-subsidy' }
  | { key: 'cases'; kind: 'cases'; path: string; group: 'skill-subsidy' }
  | { key: 'counter'; kind: 'counter'; path: string; group: 'skill-subsidy' }
  | { key: 'notices'; kind: 'notices'; path: string; group: 'skill-subsidy' }
  | { key: 'payments'; kind: 'payments'; path: string; group: 'skill-subsidy' }
  | { key: 'policies'; kind: 'policies'; path: string }
  | { key: 'system'; kind: 'system'; path: string; group: 'system' }
  | { key: 'calendar'; kind: 'calendar'; path: string; group: 'system' };

/** Roles that may open 系统管理. Kept next to the menu so the route guard uses the same list. */
export const SYSTEM_ROLES: readonly string[] = ['system_admin'];

/**
 * The side menu for a user: the workbench, one entry per program the deployment has turned on (in
 * the platform's fixed order, ignoring ids this build does not know), 政策参数 for every staff member
 * (a handler must be able to tell an applicant which rule decides), and the 系统管理 group (system
 * information, the working-day calendar) for system admins. When 技能提升补贴 is on, its case work sits in
 * its own group: the work lists for handlers, reviewers and heads, counter entry for handlers, the public
 * notice for handlers and heads (they publish and decide objections), payments for finance only.
 */
export function buildMenu(input: { roles: readonly string[]; programs: readonly string[] }): MenuEntry[] {
  const entries: MenuEntry[] = [{ key: 'home', kind: 'home', path: '/' }];
  for (const program of PROGRAM_IDS) {
    if (!input.programs.includes(program)) continue;
    const has = (roles: readonly string[]) => input.roles.some((role) => roles.includes(role));
    const worklists = has(WORKLIST_ROLES);
    const payments = has(PAYMENT_ROLES);
    if (program === 'skill-subsidy' && (worklists || payments)) {
      entries.push({ key: `program:${program}`, kind: 'program', program, path: `/programs/${program}`, group: 'skill-subsidy' });
      if (worklists) entries.push({ key: 'cases', kind: 'cases', path: '/skill-subsidy/cases', group: 'skill-subsidy' });
      if (has(COUNTER_ROLES)) {
        entries.push({ key: 'counter', kind: 'counter', path: '/skill-subsidy/cases/new', group: 'skill-subsidy' });
      }
      if (has(NOTICE_ROLES)) entries.push({ key: 'notices', kind: 'notices', path: '/skill-subsidy/notices', group: 'skill-subsidy' });
      if (payments) entries.push({ key: 'payments', kind: 'payments', path: '/skill-subsidy/payments', group: 'skill-subsidy' });
    } else {
      entries.push({ key: `program:${program}`, kind: 'program', program, path: `/programs/${program}` });
    }
  }
  entries.push({ key: 'policies', kind: 'policies', path: '/policies' });
  if (input.roles.some((role) => SYSTEM_ROLES.includes(role))) {
    entries.push({ key: 'system', kind: 'system', path: '/system', group: 'system' });
    entries.push({ key: 'calendar', kind: 'calendar', path: '/system/calendar', group: 'system' });
  }
  return entries;
}

/**
 * The entry that owns a page: the longest entry path that is the page itself or a folder above it,
 * so /system/calendar lights 节假日安排 and not 系统信息, and a program's sub-pages keep its entry lit.
 */
export function activeEntryPath(entries: readonly MenuEntry[], path: string): string {
  const matches = entries
    .filter((entry) => entry.path === path || (entry.path !== '/' && path.startsWith(`${entry.path}/`)))
    .sort((a, b) => b.path.length - a.path.length);
  return matches[0]?.path ?? path;
}
