import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../api';
import { FINANCE, HANDLER, setup } from '../../test-utils';
import { pagingFromQuery, pagingToQuery, regionFromQuery, shanghaiTime } from './list-query';
import { scopeCodes, scopeGroups } from './regions';

beforeEach(() => sessionStorage.clear());

describe('list query', () => {
  it('reads a page and a page size, falling back to the defaults', () => {
    expect(pagingFromQuery({ page: '3', pageSize: '50' })).toEqual({ page: 3, pageSize: 50 });
    expect(pagingFromQuery({ page: '0', pageSize: '33' })).toEqual({ page: 1, pageSize: 20 });
    expect(pagingToQuery({ page: 1, pageSize: 20 })).toEqual({});
  });

  it('accepts only a region the user may look at', () => {
    const allowed = scopeCodes('220000');
    expect(regionFromQuery({ region: '220200' }, '220000', allowed)).toBe('220200');
    expect(regionFromQuery({ region: '370100' }, '220000', allowed)).toBe('220000');
    expect(regionFromQuery({}, '220000', allowed)).toBe('220000');
  });

  it('shows a timestamp in China time whatever the browser’s zone', () => {
    expect(shanghaiTime('2026-11-23T17:30:00.000Z')).toBe('2026-11-24 01:30');
    expect(shanghaiTime('not a time')).toBe('not a time');
  });
});

describe('regions in scope', () => {
  it('gives a city itself, a province its cities, the nation 全国 first', () => {
    expect(scopeCodes('220100')).toEqual(['220100']);
    expect(scopeCodes('220000')).toEqual(['220000', '220100', '220200', '220300', '220400', '220500', '220600', '220700', '220800', '222400']);
    const national = scopeGroups('000000');
    expect(national[0]!.options).toEqual([{ code: '000000', label: '全国' }]);
    expect(scopeCodes('000000')).toContain('370100');
  });
});

describe('oversight routes', () => {
  const AUDITOR: SessionUser = { id: 'u7', username: 'auditor', displayName: '内控审计员', roles: ['auditor'], regionCode: '000000' };

  it('opens each screen to its roles only', async () => {
    const landing = async (user: SessionUser, path: string) => {
      const { router, session } = setup();
      session.signIn('t', user);
      await router.push(path);
      return router.currentRoute.value.name;
    };
    expect(await landing(AUDITOR, '/audit')).toBe('audit');
    expect(await landing(FINANCE, '/audit')).toBe('forbidden');
    expect(await landing(FINANCE, '/skill-subsidy/statistics')).toBe('statistics');
    expect(await landing(FINANCE, '/skill-subsidy/objections')).toBe('forbidden');
    expect(await landing(HANDLER, '/skill-subsidy/objections')).toBe('objections');
    expect(await landing(HANDLER, '/skill-subsidy/ratings')).toBe('forbidden');
    expect(await landing(AUDITOR, '/skill-subsidy/ratings')).toBe('ratings');
    expect(await landing(FINANCE, '/skill-subsidy/recovery-orders/5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d')).toBe('recovery-order');
  });
});
