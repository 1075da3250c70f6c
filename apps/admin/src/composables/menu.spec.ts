import { describe, expect, it } from 'vitest';
import { activeEntryPath, buildMenu } from './menu';

const keys = (roles: string[], programs: string[]) => buildMenu({ roles, programs }).map((e) => e.key);

describe('buildMenu', () => {
  it('gives a handler the workbench, only the programs the deployment has on, and the policy view', () => {
    expect(keys(['finance'], ['skill-subsidy'])).toEqual(['home', 'program:skill-subsidy', 'payments', 'policies']);
  });

  it('lists programs in the platform order, whatever order the server sent', () => {
    expect(keys(['auditor'], ['job-stabilization', 'skill-subsidy', 'unemployment-benefit'])).toEqual([
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

  it('groups the skills-subsidy case work: work lists for handlers, reviewers and heads, counter entry for handlers', () => {
    expect(keys(['handler'], ['skill-subsidy'])).toEqual(['home', 'program:skill-subsidy', 'cases', 'counter', 'notices', 'policies']);
    expect(keys(['reviewer'], ['skill-subsidy'])).toEqual(['home', 'program:skill-subsidy', 'cases', 'policies']);
    expect(keys(['head'], ['skill-subsidy'])).toEqual(['home', 'program:skill-subsidy', 'cases', 'notices', 'policies']);
    const menu = buildMenu({ roles: ['handler'], programs: ['skill-subsidy'] });
    expect(menu.filter((e) => 'group' in e && e.group === 'skill-subsidy').map((e) => e.path)).toEqual([
      '/programs/skill-subsidy',
      '/skill-subsidy/cases',
      '/skill-subsidy/cases/new',
      '/skill-subsidy/notices',
    ]);
    expect(activeEntryPath(menu, '/skill-subsidy/cases/8f3e')).toBe('/skill-subsidy/cases');
    expect(activeEntryPath(menu, '/skill-subsidy/cases/new')).toBe('/skill-subsidy/cases/new');
  });

  it('gives handlers and heads the notice page and only finance the payments', () => {
    expect(keys(['handler'], ['skill-subsidy'])).toEqual(['home', 'program:skill-subsidy', 'cases', 'counter', 'notices', 'policies']);
    expect(keys(['head'], ['skill-subsidy'])).toEqual(['home', 'program:skill-subsidy', 'cases', 'notices', 'policies']);
    expect(keys(['reviewer'], ['skill-subsidy'])).toEqual(['home', 'program:skill-subsidy', 'cases', 'policies']);
    expect(keys(['finance'], ['skill-subsidy'])).toEqual(['home', 'program:skill-subsidy', 'payments', 'policies']);
  });

  it('offers no case work when the program is off', () => {
    expect(keys(['handler', 'reviewer'], ['unemployment-benefit'])).toEqual(['home', 'program:unemployment-benefit', 'policies']);
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
