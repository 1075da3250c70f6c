import 'reflect-metadata';
import { Controller, Get, Header, HttpCode, Logger, Post } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiContracts } from '@huimin/domain';
import { ProblemFilter } from './problem.filter.js';
import { ResponseContractInterceptor } from './response-contract.interceptor.js';
import { ApiZodResponse, responseComponentSchemas } from './zod.js';

const inner = z.strictObject({ on: z.iso.date(), note: z.string().nullable() });
apiContracts.add(inner, { id: 'SpecInner' });
const answer = z.strictObject({ id: z.string(), at: z.iso.datetime(), items: z.array(inner), extra: z.int().optional() });

@Controller('v1/spec')
class SpecController {
  @Get('good')
  @ApiZodResponse(answer)
  good() {
    // A Date is sent as its ISO string: the check reads the answer as the client receives it.
    return { id: 'a', at: new Date('2026-01-05T02:00:00Z'), items: [{ on: '2026-01-05', note: null }] };
  }

  @Get('extra-field')
  @ApiZodResponse(answer)
  extraField() {
    return { id: 'a', at: '2026-01-05T02:00:00.000Z', items: [], personKey: 'ab12' };
  }

  @Get('wrong-type')
  @ApiZodResponse(answer)
  wrongType() {
    return { id: 'a', at: '2026-01-05T02:00:00.000Z', items: [{ on: '2026-13-40', note: undefined }] };
  }

  @Post('created')
  @ApiZodResponse(answer)
  created() {
    // Declared 200 but answered 201 (a POST without @HttpCode): the document would name the wrong status.
    return { id: 'a', at: '2026-01-05T02:00:00.000Z', items: [] };
  }

  @Post('accepted')
  @HttpCode(202)
  @ApiZodResponse(answer, 202)
  accepted() {
    return { id: 'b', at: '2026-01-05T02:00:00.000Z', items: [] };
  }

  @Get('file')
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiZodResponse(answer)
  file() {
    return Buffer.from('a,b\n1,2\n');
  }

  @Get('undeclared')
  undeclared() {
    return { anything: true };
  }
}

async function boot(check: boolean): Promise<NestFastifyApplication> {
  const moduleRef = await Test.createTestingModule({ controllers: [SpecController] }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new ProblemFilter());
  if (check) app.useGlobalInterceptors(new ResponseContractInterceptor());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

describe('the response check (HUIMIN_CHECK_RESPONSES=on)', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    // The mismatches below are logged as errors on purpose; keep the output for real failures.
    Logger.overrideLogger(false);
    app = await boot(true);
  });
  afterAll(async () => {
    await app.close();
  });

  const get = (url: string, method: 'GET' | 'POST' = 'GET') => app.inject({ method, url: `/api/v1/spec/${url}` });

  it('passes an answer that matches its contract, unchanged', async () => {
    const res = await get('good');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: 'a', at: '2026-01-05T02:00:00.000Z', items: [{ on: '2026-01-05', note: null }] });
    expect((await get('accepted', 'POST')).statusCode).toBe(202);
  });

  it('turns a field the contract does not name into a 500 naming where it is', async () => {
    const res = await get('extra-field');
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ type: '/problems/response-contract', errors: [{ path: '', message: expect.stringContaining('personKey') }] });
  });

  it('names every bad path of a wrong answer, a missing key apart from a null one', async () => {
    const res = await get('wrong-type');
    expect(res.statusCode).toBe(500);
    const paths = (res.json() as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths).toEqual(['items[0].on', 'items[0].note']);
  });

  it('refuses a status the route did not declare', async () => {
    const res = await get('created', 'POST');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ type: '/problems/response-contract', detail: expect.stringContaining('201') });
  });

  it('leaves files and routes without a contract alone', async () => {
    const file = await get('file');
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('a,b\n1,2\n');
    expect((await get('undeclared')).json()).toEqual({ anything: true });
  });
});

describe('without the check (the default)', () => {
  it('sends whatever the handler returns', async () => {
    const app = await boot(false);
    const res = await app.inject({ method: 'GET', url: '/api/v1/spec/extra-field' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toHaveProperty('personKey');
    await app.close();
  });
});

describe('the documented contract', () => {
  it('puts the answer in the OpenAPI document, named contracts as components', async () => {
    const app = await boot(false);
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    await app.close();
    const good = document.paths['/api/v1/spec/good']?.get?.responses['200'] as { content: Record<string, { schema: { properties: Record<string, unknown>; required: string[] } }> };
    const schema = good.content['application/json']!.schema;
    expect(schema.required).toEqual(['id', 'at', 'items']);
    expect(schema.properties['items']).toEqual({ type: 'array', items: { $ref: '#/components/schemas/SpecInner' } });
    expect(responseComponentSchemas()['SpecInner']).toMatchObject({
      type: 'object',
      required: ['on', 'note'],
      properties: { note: { type: 'string', nullable: true } },
      additionalProperties: false,
    });
    expect(document.paths['/api/v1/spec/accepted']?.post?.responses['202']).toBeDefined();
  });
});
