import 'reflect-metadata';
import { Controller, Get, Logger, type ExecutionContext } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { describe, expect, it } from 'vitest';
import { ProblemException } from '../../common/problem.js';
import { AuthGuard } from '../auth/auth.guard.js';
import type { AuthService } from '../auth/auth.service.js';
import { PgDialect, pgTable, text } from 'drizzle-orm/pg-core';
import { inScope, regionScopeSql, scopePattern } from './region-scope.js';
import { routesWithoutRule } from './routes.js';
import { roleSetProblems } from './separation.js';

@Controller('v1/calendar')
class RuledController {
  @Get('years')
  years() {
    return [];
  }
}

@Controller('v1/forgotten')
class UnruledController {
  @Get()
  list() {
    return [];
  }
}

function contextFor(method: string, url: string, authorization?: string): ExecutionContext {
  const request = { method, routeOptions: { url }, headers: authorization ? { authorization } : {} };
  return { switchToHttp: () => ({ getRequest: () => request }) } as unknown as ExecutionContext;
}

describe('a route without a rule', () => {
  it('is found by the start-up check and the matrix test', async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [RuledController, UnruledController] }).compile();
    const app = moduleRef.createNestApplication(new FastifyAdapter());
    expect(routesWithoutRule(app)).toEqual(['GET /api/v1/forgotten']);
    await app.close();
  });

  it('is closed to everyone by the guard, logged in or not', async () => {
    // The guard logs the closed route as an error; keep the test output for real failures.
    Logger.overrideLogger(false);
    const auth = { authenticate: async () => ({ user: { roles: ['system_admin'] }, mustChangePassword: false }) } as unknown as AuthService;
    const guard = new AuthGuard(auth);
    for (const header of [undefined, 'Bearer whatever']) {
      const error = await guard.canActivate(contextFor('GET', '/api/v1/forgotten', header)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProblemException);
      expect((error as ProblemException).getStatus()).toBe(403);
    }
    // A ruled public route next to it stays open.
    expect(await guard.canActivate(contextFor('GET', '/api/v1/calendar/years'))).toBe(true);
  });
});

describe('region scope', () => {
  it('sees a region and those under it, nothing beside or above', () => {
    expect(inScope('220000', '220100')).toBe(true);
    expect(inScope('220000', '220102')).toBe(true);
    expect(inScope('220100', '220100')).toBe(true);
    expect(inScope('220100', '220200')).toBe(false);
    expect(inScope('220100', '220000')).toBe(false);
    expect(inScope('220000', '371500')).toBe(false);
    expect(inScope('000000', '371500')).toBe(true);
    expect(inScope('2201', '220100')).toBe(false);
  });

  it('has SQL patterns that match the same codes', () => {
    const like = (pattern: string, code: string) => new RegExp(`^${pattern.replace(/%/g, '.*')}$`).test(code);
    for (const scope of ['000000', '220000', '220100', '220102']) {
      for (const code of ['220100', '220102', '220200', '371500', '220000']) {
        expect(like(scopePattern(scope), code), `${scope} ⊇ ${code}`).toBe(inScope(scope, code));
      }
    }
  });

  it('has index-friendly SQL ranges that select the same six-digit codes', () => {
    const t = pgTable('t', { region: text('region') });
    const render = (scope: string) => {
      const { sql: text, params } = new PgDialect().sqlToQuery(regionScopeSql(t.region, scope));
      return { sql: text, params };
    };
    const selects = (scope: string, code: string) => {
      const { sql: text, params } = render(scope);
      if (text === 'true') return true;
      if (text.includes('BETWEEN')) return code >= String(params[0]) && code <= String(params[1]);
      return code === params[0];
    };
    expect(render('220100')).toEqual({ sql: '"t"."region" BETWEEN $1 AND $2', params: ['220100', '220199'] });
    expect(render('220000').params).toEqual(['220000', '229999']);
    expect(render('220102')).toEqual({ sql: '"t"."region" = $1', params: ['220102'] });
    for (const scope of ['000000', '220000', '220100', '220102']) {
      for (const code of ['220100', '220102', '220200', '371500', '220000', '229999', '230000']) {
        expect(selects(scope, code), `${scope} ⊇ ${code}`).toBe(inScope(scope, code));
      }
    }
  });
});

describe('role separation (POLICY.md D1)', () => {
  it('refuses business and finance together, and the auditor with anything else', () => {
    expect(roleSetProblems(['handler', 'finance'])).toHaveLength(1);
    expect(roleSetProblems(['head', 'finance'])).toHaveLength(1);
    expect(roleSetProblems(['auditor', 'data_admin'])).toHaveLength(1);
    expect(roleSetProblems(['handler', 'reviewer'])).toEqual([]);
    expect(roleSetProblems(['finance'])).toEqual([]);
    expect(roleSetProblems(['auditor'])).toEqual([]);
    expect(roleSetProblems(['data_admin', 'province_admin'])).toEqual([]);
  });
});
