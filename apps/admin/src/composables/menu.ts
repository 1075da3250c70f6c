import { PROGRAM_IDS, type ProgramId } from '@huimin/domain';
import { COUNTER_ROLES, WORKLIST_ROLES } from '../views/cases/worklist';
import { NOTICE_ROLES } from '../views/notices/notice-form';
import { PAYMENT_ROLES } from '../views/payments/payment-form';
import { AUDIT_ROLES, OBJECTION_ROLES, RATING_ROLES, RECOVERY_ROLES, STATISTICS_ROLES } from '../views/common/roles';
import { BANK_LAYOUT_ROLES } from '../views/bank-layouts/roles';

export type MenuEntry =
  | { key: 'home'; kind: 'home'; path: string }
  | { key: `program:${ProgramId}`; kind: 'program'; program: ProgramId; path: string; group?: 'skill-subsidy' }
  | { key: 'cases'; kind: 'cases'; path: string; group: 'skill-subsidy' }
  | { key: 'counter'; kind: 'counter'; path: string; group: 'skill-subsidy' }
  | { key: 'notices'; kind: 'notices'; path: string; group: 'skill-subsidy' }
  | { key: 'payments'; kind: 'payments'; path: string; group: 'skill-subsidy' }
  | { key: 'objections'; kind: 'objections'; path: string; group: 'skill-subsidy' }
  | { key: 'recovery'; kind: 'recovery'; path: string; group: 'skill-subsidy' }
  | { key: 'ratings'; kind: 'ratings'; path: string; group: 'skill-subsidy' }
  | { key: 'statistics'; kind: 'statistics'; path: string; group: 'skill-subsidy' }
  | { key: 'bankLayouts'; kind: 'bankLayouts'; path: string; group: 'skill-subsidy' }
  | { key: 'policies'; kind: 'policies'; path: string }
  | { key: 'audit'; kind: 'audit'; path: string }
  | { key: 'system'; kind: 'system'; path: string; group: 'system' }
  | { key: 'calendar'; kind: 'calendar'; path: string; group: 'system' }
  | { key: 'jobs'; kind: 'jobs'; path: string; group: 'system' };

/** Roles that may open 系统管理. Kept next to the menu so the route guard uses the same list. */
export const SYSTEM_ROLES: readonly string[] = ['system_admin'];

/**
 * The side menu for a user: the workbench, one entry per program the deployment has turned on (in
 * the platform's fixed order, ignoring ids this build does not know), 政策参数 for every staff member
 * (a handler must be able to tell an applicant which rule decides), and the 系统管理 group (system
 * information, the working-day calendar) for system admins. When 技能提升补贴 is on, its case work sits in
 * its own group: the work lists for handlers, reviewers and heads, counter entry for handlers, the public
 * notice for handlers and heads (they publish and decide objections), payments for finance only, and the
 * oversight screens of the roles the API lets read them: the objections inbox, recovery orders, 好差评 and the
 * statistics dashboard. 审计日志 (the audit chain, platform-wide) is a top entry for internal control.
 */
export function buildMenu(input: { roles: readonly string[]; programs: readonly string[] }): MenuEntry[] {
  const entries: MenuEntry[] = [{ key: 'home', kind: 'home', path: '/' }];
  for (const program of PROGRAM_IDS) {
    if (!input.programs.includes(program)) continue;
    const has = (roles: readonly string[]) => input.roles.some((role) => roles.includes(role));
    const work: MenuEntry[] = [];
    if (program === 'skill-subsidy') {
      const group = 'skill-subsidy' as const;
      if (has(WORKLIST_ROLES)) work.push({ key: 'cases', kind: 'cases', path: '/skill-subsidy/cases', group });
      if (has(COUNTER_ROLES)) work.push({ key: 'counter', kind: 'counter', path: '/skill-subsidy/cases/new', group });
      if (has(NOTICE_ROLES)) work.push({ key: 'notices', kind: 'notices', path: '/skill-subsidy/notices', group });
      if (has(OBJECTION_ROLES)) work.push({ key: 'objections', kind: 'objections', path: '/skill-subsidy/objections', group });
      if (has(PAYMENT_ROLES)) work.push({ key: 'payments', kind: 'payments', path: '/skill-subsidy/payments', group });
      if (has(RECOVERY_ROLES)) work.push({ key: 'recovery', kind: 'recovery', path: '/skill-subsidy/recovery-orders', group });
      if (has(RATING_ROLES)) work.push({ key: 'ratings', kind: 'ratings', path: '/skill-subsidy/ratings', group });
      if (has(STATISTICS_ROLES)) work.push({ key: 'statistics', kind: 'statistics', path: '/skill-subsidy/statistics', group });
      // The agent bank's file layout of the payments: finance sets its city's, a provincial admin the province's.
      if (has(BANK_LAYOUT_ROLES)) work.push({ key: 'bankLayouts', kind: 'bankLayouts', path: '/skill-subsidy/bank-file-layouts', group });
    }
    if (work.length > 0) {
      entries.push({ key: `program:${program}`, kind: 'program', program, path: `/programs/${program}`, group: 'skill-subsidy' }, ...work);
    } else {
      entries.push({ key: `program:${program}`, kind: 'program', program, path: `/programs/${program}` });
    }
  }
  entries.push({ key: 'policies', kind: 'policies', path: '/policies' });
  if (input.roles.some((role) => AUDIT_ROLES.includes(role))) entries.push({ key: 'audit', kind: 'audit', path: '/audit' });
  if (input.roles.some((role) => SYSTEM_ROLES.includes(role))) {
    entries.push({ key: 'system', kind: 'system', path: '/system', group: 'system' });
    entries.push({ key: 'calendar', kind: 'calendar', path: '/system/calendar', group: 'system' });
    entries.push({ key: 'jobs', kind: 'jobs', path: '/system/jobs', group: 'system' });
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
