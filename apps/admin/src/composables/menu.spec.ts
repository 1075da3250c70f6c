import { describe, expect, it } from 'vitest';
import { buildMenu } from './menu';

const keys = (roles: string[], programs: string[]) => buildMenu({ roles, programs }).map((e) => e.key);

describe('buildMenu', () => {
  it('gives a handler the workbench and only the programs the deployment has on', () => {
    expect(keys(['handler'], ['skill-subsidy'])).toEqual(['home', 'program:skill-subsidy']);
  });

  it('lists programs in the platform order, whatever order the server sent', () => {
    expect(keys(['reviewer'], ['job-stabilization', 'skill-subsidy', 'unemployment-benefit'])).toEqual([
      'home',
      'program:skill-subsidy',
      'program:unemployment-benefit',
      'program:job-stabilization',
    ]);
  });

  it('ignores program ids this build does not know', () => {
    expect(keys(['handler'], ['pension', 'unemployment-benefit'])).toEqual(['home', 'program:unemployment-benefit']);
  });

  it('shows 系统管理 to system admins only', () => {
    expect(keys(['system_admin'], [])).toEqual(['home', 'system']);
    expect(keys(['province_admin', 'data_admin', 'head'], [])).toEqual(['home']);
  });

  it('links each program to its page', () => {
    const entry = buildMenu({ roles: [], programs: ['job-stabilization'] })[1];
    expect(entry).toMatchObject({ kind: 'program', program: 'job-stabilization', path: '/programs/job-stabilization' });
  });
});
