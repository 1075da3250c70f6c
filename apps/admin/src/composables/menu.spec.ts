import { describe, expect, it } from 'vitest';
import { activeEntryPath, buildMenu } from './menu';

const keys = (roles: string[], programs: string[]) => buildMenu({ roles, programs }).map((e) => e.key);

describe('buildMenu', () => {
  it('gives a handler the workbench, only the programs the deployment has on, and the policy view', () => {
    expect(keys(['handler'], ['skill-subsidy'])).toEqual(['home', 'program:skill-subsidy', 'policies']);
  });

  it('lists programs in the platform order, whatever order the server sent', () => {
    expect(keys(['reviewer'], ['job-stabilization', 'skill-subsidy', 'unemployment-benefit'])).toEqual([
      'home',
      'program:skill-subsidy',
      'program:unemployment-benefit',
      'program:job-stabilization',
      'policies',
    ]);
  });

  it('ignores program ids this build does not know', () => {
    expect(keys(['handler'], ['pension', 'unemployment-benefit'])).toEqual([
      'home',
      'program:unemployment-benefit',
      'policies',
    ]);
  });

  it('offers 政策参数 to every staff role', () => {
    for (const role of ['handler', 'reviewer', 'head', 'finance', 'auditor', 'data_admin', 'province_admin', 'system_admin']) {
      expect(keys([role], [])).toContain('policies');
    }
  });

  it('shows the 系统管理 group (system info, calendar) to system admins only', () => {
    expect(keys(['system_admin'], [])).toEqual(['home', 'policies', 'system', 'calendar']);
    expect(keys(['province_admin', 'data_admin', 'head'], [])).toEqual(['home', 'policies']);
    const calendar = buildMenu({ roles: ['system_admin'], programs: [] }).find((e) => e.key === 'calendar');
    expect(calendar).toMatchObject({ path: '/system/calendar', group: 'system' });
  });

  it('links each program to its page', () => {
    const entry = buildMenu({ roles: [], programs: ['job-stabilization'] })[1];
    expect(entry).toMatchObject({ kind: 'program', program: 'job-stabilization', path: '/programs/job-stabilization' });
  });
});

describe('activeEntryPath', () => {
  const menu = buildMenu({ roles: ['system_admin'], programs: ['skill-subsidy'] });

  it('lights the most specific entry', () => {
    expect(activeEntryPath(menu, '/system/calendar')).toBe('/system/calendar');
    expect(activeEntryPath(menu, '/system')).toBe('/system');
    expect(activeEntryPath(menu, '/programs/skill-subsidy/cases/1')).toBe('/programs/skill-subsidy');
    expect(activeEntryPath(menu, '/')).toBe('/');
  });

  it('falls back to the page itself when no entry owns it', () => {
    expect(activeEntryPath(menu, '/nowhere')).toBe('/nowhere');
  });
});
