import { describe, expect, it } from 'vitest';
import { isProgramId, servicesFor } from './services';

describe('servicesFor', () => {
  it('offers all three services when all are on', () => {
    expect(servicesFor(['skill-subsidy', 'unemployment-benefit', 'job-stabilization']).map((s) => s.title)).toEqual([
      '技能提升补贴',
      '失业保险金',
      '稳岗返还',
    ]);
  });

  it('leaves out the services the deployment has off', () => {
    const services = servicesFor(['unemployment-benefit']);
    expect(services).toHaveLength(1);
    expect(services[0]).toMatchObject({ program: 'unemployment-benefit', title: '失业保险金', path: '/services/unemployment-benefit' });
    expect(services[0]?.summary).not.toBe('');
  });

  it('keeps the platform order and ignores unknown ids', () => {
    expect(servicesFor(['job-stabilization', 'pension', 'skill-subsidy']).map((s) => s.program)).toEqual([
      'skill-subsidy',
      'job-stabilization',
    ]);
  });

  it('offers nothing when nothing is on', () => {
    expect(servicesFor([])).toEqual([]);
  });
});

describe('isProgramId', () => {
  it('accepts only the platform program ids', () => {
    expect(isProgramId('skill-subsidy')).toBe(true);
    expect(isProgramId('Skill-Subsidy')).toBe(false);
    expect(isProgramId(undefined)).toBe(false);
  });
});
