import { describe, expect, it } from 'vitest';
import { activeEntryPath, buildMenu } from './menu';

const keys = (roles: string[], programs: string[]): string[] => buildMenu({ roles, programs }).map((e) => e.key);

describe('buildMenu', () => {
  it('gives a handler the workbench, only the programs the deployment has on, and the policy view', () => {
    expect(keys(['finance'], ['skill-subsidy'])).toEqual(['home', 'program:skill-subsidy', 'payments', 'recovery', 'statistics', 'bankLayouts', 'policies']);
  });

  it('lists programs in the platform order, whatever order the server sent', () => {
    expect(keys(['auditor'], ['job-stabilization', 'skill-subsidy', 'unemployment-benefit'])).toEqual([
      'home',
      'program:skill-subsidy',
      'objections',
      'recovery',
      'ratings',
      'statistics',
      'program:unemployment-benefit',
      'program:job-stabilization',
      'policies',
      'audit',
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

  it('shows the 系统管理 group (system info, calendar, scheduled jobs) to system admins only', () => {
    expect(keys(['system_admin'], [])).toEqual(['home', 'policies', 'system', 'calendar', 'jobs']);
    expect(keys(['province_admin', 'data_admin', 'head'], [])).toEqual(['home', 'policies']);
    const calendar = buildMenu({ roles: ['system_admin'], programs: [] }).find((e) => e.key === 'calendar');
    expect(calendar).toMatchObject({ path: '/system/calendar', group: 'system' });
    const jobs = buildMenu({ roles: ['system_admin'], programs: [] }).find((e) => e.key === 'jobs');
    expect(jobs).toMatchObject({ path: '/system/jobs', group: 'system' });
  });

  it('offers the bank-file layouts to the roles that may set them (finance, provincial admin)', () => {
    const holders = ['handler', 'reviewer', 'head', 'finance', 'auditor', 'data_admin', 'province_admin', 'system_admin'].filter((role) =>
      keys([role], ['skill-subsidy']).includes('bankLayouts'),
    );
    expect(holders).toEqual(['finance', 'province_admin']);
    expect(keys(['finance'], [])).not.toContain('bankLayouts');
    const menu = buildMenu({ roles: ['finance'], programs: ['skill-subsidy'] });
    expect(menu.find((e) => e.key === 'bankLayouts')).toMatchObject({ path: '/skill-subsidy/bank-file-layouts', group: 'skill-subsidy' });
  });

  it('groups the skills-subsidy case work: work lists for handlers, reviewers and heads, counter entry for handlers', () => {
    expect(keys(['handler'], ['skill-subsidy'])).toEqual(['home', 'program:skill-subsidy', 'cases', 'counter', 'notices', 'objections', 'recovery', 'statistics', 'policies']);
    expect(keys(['reviewer'], ['skill-subsidy'])).toEqual(['home', 'program:skill-subsidy', 'cases', 'objections', 'statistics', 'policies']);
    expect(keys(['head'], ['skill-subsidy'])).toEqual(['home', 'program:skill-subsidy', 'cases', 'notices', 'objections', 'recovery', 'ratings', 'statistics', 'policies']);
    const menu = buildMenu({ roles: ['handler'], programs: ['skill-subsidy'] });
    expect(menu.filter((e) => 'group' in e && e.group === 'skill-subsidy').map((e) => e.path)).toEqual([
      '/programs/skill-subsidy',
      '/skill-subsidy/cases',
      '/skill-subsidy/cases/new',
      '/skill-subsidy/notices',
      '/skill-subsidy/objections',
      '/skill-subsidy/recovery-orders',
      '/skill-subsidy/statistics',
    ]);
    expect(activeEntryPath(menu, '/skill-subsidy/cases/8f3e')).toBe('/skill-subsidy/cases');
    expect(activeEntryPath(menu, '/skill-subsidy/cases/new')).toBe('/skill-subsidy/cases/new');
  });

  it('gives handlers and heads the notice page and only finance the payments', () => {
    const has = (roles: string[], key: string) => keys(roles, ['skill-subsidy']).includes(key);
    expect(['handler', 'head', 'reviewer', 'finance'].filter((role) => has([role], 'notices'))).toEqual(['handler', 'head']);
    expect(['handler', 'head', 'reviewer', 'finance', 'auditor'].filter((role) => has([role], 'payments'))).toEqual(['finance']);
  });

  it('offers the oversight screens to the roles the API lets read them', () => {
    const holders = (key: string) =>
      ['handler', 'reviewer', 'head', 'finance', 'auditor', 'data_admin', 'province_admin', 'system_admin'].filter((role) => keys([role], ['skill-subsidy']).includes(key));
    expect(holders('statistics')).toEqual(['handler', 'reviewer', 'head', 'finance', 'auditor', 'province_admin']);
    expect(holders('objections')).toEqual(['handler', 'reviewer', 'head', 'auditor']);
    expect(holders('recovery')).toEqual(['handler', 'head', 'finance', 'auditor']);
    expect(holders('ratings')).toEqual(['head', 'auditor']);
    // The audit log is platform-wide: internal control sees it whichever programs are on.
    expect(holders('audit')).toEqual(['auditor']);
    expect(keys(['auditor'], [])).toEqual(['home', 'policies', 'audit']);
    // A provincial admin's case work is the statistics and the bank-file layouts: they sit in the program's group.
    expect(keys(['province_admin'], ['skill-subsidy'])).toEqual(['home', 'program:skill-subsidy', 'statistics', 'bankLayouts', 'policies']);
    const menu = buildMenu({ roles: ['finance'], programs: ['skill-subsidy'] });
    expect(activeEntryPath(menu, '/skill-subsidy/recovery-orders/9a1c')).toBe('/skill-subsidy/recovery-orders');
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
