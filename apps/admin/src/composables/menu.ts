import { PROGRAM_IDS, type ProgramId } from '@huimin/domain';

export type MenuEntry =
  | { key: 'home'; kind: 'home'; path: string }
  | { key: `program:${ProgramId}`; kind: 'program'; program: ProgramId; path: string }
  | { key: 'system'; kind: 'system'; path: string };

/** Roles that may open 系统管理. Kept next to the menu so the route guard uses the same list. */
export const SYSTEM_ROLES: readonly string[] = ['system_admin'];

/**
 * The side menu for a user: the workbench, one entry per program the deployment has turned on (in
 * the platform's fixed order, ignoring ids this build does not know), and 系统管理 for system admins.
 */
export function buildMenu(input: { roles: readonly string[]; programs: readonly string[] }): MenuEntry[] {
  const entries: MenuEntry[] = [{ key: 'home', kind: 'home', path: '/' }];
  for (const program of PROGRAM_IDS) {
    if (input.programs.includes(program)) {
      entries.push({ key: `program:${program}`, kind: 'program', program, path: `/programs/${program}` });
    }
  }
  if (input.roles.some((role) => SYSTEM_ROLES.includes(role))) {
    entries.push({ key: 'system', kind: 'system', path: '/system' });
  }
  return entries;
}
