import { describe, expect, it } from 'vitest';
import { durationSeconds, failureOf, jobNameKey, outcomeTagType, progressPercent, resultText } from './jobs';

describe('the jobs page helpers', () => {
  it('gives the share done, capped, and a finished run without progress as complete', () => {
    expect(progressPercent({ done: 3, total: 9, unit: '地区' }, 'running')).toBe(33);
    expect(progressPercent({ done: 12, total: 9, unit: '地区' }, 'running')).toBe(100);
    expect(progressPercent({ done: 0, total: 0, unit: '地区' }, 'running')).toBe(0);
    expect(progressPercent(null, 'done')).toBe(100);
    expect(progressPercent(null, 'failed')).toBe(0);
  });

  it('names the known jobs and leaves others as sent', () => {
    expect(jobNameKey('skill-subsidy.statistics.monthly')).toBe('statisticsMonthly');
    expect(jobNameKey('future.job')).toBeNull();
  });

  it('reads a failed run’s error, the result as JSON and the duration', () => {
    expect(failureOf({ outcome: 'failed', result: { error: '数据库连接中断' } })).toBe('数据库连接中断');
    expect(failureOf({ outcome: 'done', result: { error: 'x' } })).toBeNull();
    expect(resultText({ month: '2026-10', filed: 2 })).toBe('{\n  "month": "2026-10",\n  "filed": 2\n}');
    expect(resultText(null)).toBe('');
    expect(durationSeconds({ startedAt: '2026-11-01T00:00:00.000Z', finishedAt: '2026-11-01T00:01:05.400Z' })).toBe(65);
    expect(durationSeconds({ startedAt: '2026-11-01T00:00:00.000Z', finishedAt: null })).toBeNull();
    expect(outcomeTagType('failed')).toBe('danger');
    expect(outcomeTagType('whatever')).toBe('info');
  });
});
