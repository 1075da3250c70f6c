import { describe, expect, it, vi } from 'vitest';
import { createSystemInfo } from './useSystemInfo';

describe('createSystemInfo', () => {
  it('goes from loading to ready', async () => {
    const source = createSystemInfo(async () => ({ programs: ['skill-subsidy'], demo: true, version: '1' }));
    const done = source.refresh();
    expect(source.state.status).toBe('loading');
    await done;
    expect(source.state.status).toBe('ready');
    expect(source.state.info?.programs).toEqual(['skill-subsidy']);
  });

  it('records a failure and recovers on retry', async () => {
    const load = vi
      .fn()
      .mockRejectedValueOnce(new Error('down'))
      .mockResolvedValueOnce({ programs: [], demo: false, version: '1' });
    const source = createSystemInfo(load);
    await source.refresh();
    expect(source.state.status).toBe('error');
    await source.refresh();
    expect(source.state.status).toBe('ready');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not fetch twice while a request is in flight', async () => {
    const load = vi.fn(async () => ({ programs: [], demo: false, version: '1' }));
    const source = createSystemInfo(load);
    await Promise.all([source.refresh(), source.refresh()]);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
