import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv } from './env.js';

describe('environment', () => {
  it('defaults to every program, port 3000 and no demo data', () => {
    const env = loadEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.HUIMIN_DEMO).toBe(false);
    expect(env.HUIMIN_PROGRAMS).toEqual(['skill-subsidy', 'unemployment-benefit', 'job-stabilization']);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('turns programs on by list', () => {
    expect(loadEnv({ HUIMIN_PROGRAMS: 'skill-subsidy, job-stabilization' }).HUIMIN_PROGRAMS).toEqual([
      'skill-subsidy',
      'job-stabilization',
    ]);
  });

  it('names every bad variable in one message', () => {
    try {
      loadEnv({ PORT: 'eighty', HUIMIN_PROGRAMS: 'skill-subsidy,lottery', DATABASE_URL: 'mysql://x' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(EnvError);
      const message = (err as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('HUIMIN_PROGRAMS: 未知的业务：lottery');
      expect(message).toContain('DATABASE_URL');
    }
  });
});
