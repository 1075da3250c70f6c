import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv } from './env.js';

const KEYS = {
  HUIMIN_DATA_KEYS: 'k1:6f1d0c6a3b2e9f8d7c4b5a6978e1f2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d',
  HUIMIN_INDEX_KEY: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
};

describe('environment', () => {
  it('defaults to every program, port 3000 and no demo data', () => {
    const env = loadEnv({ ...KEYS });
    expect(env.PORT).toBe(3000);
    expect(env.HUIMIN_DEMO).toBe(false);
    expect(env.HUIMIN_PROGRAMS).toEqual(['skill-subsidy', 'unemployment-benefit', 'job-stabilization']);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.keyRing).toMatchObject({ currentKeyId: 'k1', demo: false });
    expect(env.CORS_ORIGINS).toEqual([]);
  });

  it('refuses a production start without personal-data keys, saying what to set', () => {
    expect(() => loadEnv({})).toThrow(EnvError);
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/HUIMIN_DATA_KEYS.*生产模式必须设置/s);
  });

  it('derives the labelled demo keys in demo mode and tests only', () => {
    expect(loadEnv({ HUIMIN_DEMO: '1' }).keyRing).toMatchObject({ currentKeyId: 'demo', demo: true });
    expect(loadEnv({ NODE_ENV: 'test' }).keyRing.demo).toBe(true);
    expect(() => loadEnv({ NODE_ENV: 'production', HUIMIN_DATA_KEYS: KEYS.HUIMIN_DATA_KEYS })).toThrow(/HUIMIN_INDEX_KEY/);
  });

  it('keeps the log SMS provider out of production', () => {
    expect(loadEnv({ HUIMIN_DEMO: '1' }).smsProvider).toBe('log');
    expect(loadEnv({ ...KEYS }).smsProvider).toBeUndefined();
    expect(() => loadEnv({ ...KEYS, HUIMIN_SMS_PROVIDER: 'log' })).toThrow(/演示模式/);
    expect(() => loadEnv({ ...KEYS, HUIMIN_SMS_PROVIDER: 'webhook' })).toThrow(/HUIMIN_SMS_WEBHOOK_URL/);
  });

  it('accepts CORS origins only as bare origins', () => {
    expect(loadEnv({ ...KEYS, CORS_ORIGINS: 'https://a.example.cn, http://localhost:5173' }).CORS_ORIGINS).toEqual([
      'https://a.example.cn',
      'http://localhost:5173',
    ]);
    expect(() => loadEnv({ ...KEYS, CORS_ORIGINS: 'https://a.example.cn/path' })).toThrow(/CORS_ORIGINS/);
  });

  it('turns programs on by list', () => {
    expect(loadEnv({ ...KEYS, HUIMIN_PROGRAMS: 'skill-subsidy, job-stabilization' }).HUIMIN_PROGRAMS).toEqual([
      'skill-subsidy',
      'job-stabilization',
    ]);
  });

  it('checks answers against their contracts only when asked', () => {
    expect(loadEnv({ ...KEYS }).HUIMIN_CHECK_RESPONSES).toBe('off');
    expect(loadEnv({ ...KEYS, HUIMIN_CHECK_RESPONSES: 'on' }).HUIMIN_CHECK_RESPONSES).toBe('on');
    expect(() => loadEnv({ ...KEYS, HUIMIN_CHECK_RESPONSES: 'yes' })).toThrow(/HUIMIN_CHECK_RESPONSES/);
  });

  it('names every bad variable in one message', () => {
    try {
      loadEnv({ ...KEYS, PORT: 'eighty', HUIMIN_PROGRAMS: 'skill-subsidy,lottery', DATABASE_URL: 'mysql://x' });
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
