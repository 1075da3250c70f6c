import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy.js';

describe('password policy', () => {
  it('accepts the demo password and other strong ones', () => {
    expect(passwordProblems('Huimin@2026', 'jl-handler')).toEqual([]);
    expect(passwordProblems('correct horse 42', 'sys-admin')).toEqual([]);
  });

  it.each([
    ['too short', 'Ab1!xyz', /至少10位/],
    ['two classes only', 'abcdefghij12', /至少三类/],
    ['the username', 'Jl-Handler#2026', /用户名/],
  ])('refuses a password that is %s', (_what, password, message) => {
    const problems = passwordProblems(password, 'jl-handler');
    expect(problems.map((p) => p.message).join(' ')).toMatch(message);
    expect(problems[0]?.path).toBe('password');
  });
});
