import 'reflect-metadata';
import { Injectable, type PipeTransform } from '@nestjs/common';
import { ApiBody, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';
import { apiContracts } from '@huimin/domain';
import { badRequest, type FieldError } from './problem.js';

/** `certificate.level`, `priorGrants[0].level`: the path format of API.md errors. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

export function zodFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: localise(issue) }));
}

/** zod's default English messages for the common structural issues, said in Chinese for applicants and staff. */
function localise(issue: z.core.$ZodIssue): string {
  // A schema's own message is already written for people (in Chinese); only zod's defaults need saying again.
  if (/[\u4e00-\u9fa5]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '必填项' : `类型不正确，应为${typeName(issue.expected)}`;
    case 'invalid_value':
      return `取值无效，可选：${issue.values.map(String).join('、')}`;
    case 'too_small':
      return issue.origin === 'string' ? `长度不能少于${String(issue.minimum)}` : `不能小于${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' ? `长度不能超过${String(issue.maximum)}` : `不能大于${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_format':
      return '格式不正确';
    default:
      return issue.message;
  }
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: '文本',
    number: '数字',
    int: '整数',
    boolean: '布尔值',
    object: '对象',
    array: '数组',
    date: '日期',
  };
  return names[expected] ?? expected;
}

/** Validates a body, query or param with a shared zod schema; a failure is a 400 naming every bad field. */
@Injectable()
export class ZodPipe<T extends z.ZodType> implements PipeTransform<unknown, z.output<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown): z.output<T> {
    if (value === undefined || value === null) {
      throw badRequest([{ path: '', message: '请求体不能为空' }]);
    }
    const result = this.schema.safeParse(value);
    if (!result.success) throw badRequest(zodFieldErrors(result.error));
    return result.data;
  }
}

/** JSON Schema (OpenAPI 3.0 flavour, like the document) of what a client sends, for the OpenAPI document. */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

export const ApiZodBody = (schema: z.ZodType, description?: string) =>
  ApiBody({ schema: jsonSchemaOf(schema) as never, ...(description ? { description } : {}) });

/** Documents each property of a query schema as a query parameter. */
export function ApiZodQuery(schema: z.ZodObject): MethodDecorator {
  const decorators = Object.entries(schema.shape).map(([name, field]) =>
    ApiQuery({ name, required: !(field as z.ZodType).safeParse(undefined).success, schema: jsonSchemaOf(field as z.ZodType) as never }),
  );
  return (target, key, descriptor) => {
    for (const d of decorators) d(target, key, descriptor);
  };
}

/** Metadata key of the response contracts a route declares (status → schema), read by the response check. */
export const RESPONSE_CONTRACTS = 'huimin:response-contracts';

export type ResponseContracts = Readonly<Record<number, z.ZodType>>;

/**
 * The named contracts met so far, as OpenAPI component schemas (`#/components/schemas/<id>`). Filled as the
 * controllers' decorators run at import; the OpenAPI document takes them in (openapi.ts).
 */
const componentSchemas = new Map<string, Record<string, unknown>>();

export function responseComponentSchemas(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(componentSchemas);
}

const DEFINITIONS = '#/definitions/';
const COMPONENTS = '#/components/schemas/';

/** Points zod's `#/definitions/<id>` references at the document's components. */
function toComponentRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toComponentRefs);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === '$ref' && typeof value === 'string' && value.startsWith(DEFINITIONS) ? COMPONENTS + value.slice(DEFINITIONS.length) : toComponentRefs(value);
  }
  return out;
}

/**
 * JSON Schema (OpenAPI 3.0 flavour) of what the API sends: the output side of the schema, with each named
 * contract (`contract()` in @huimin/domain) moved to the components and referenced from here. Two different
 * schemas under one name would make the document lie, so that stops the start-up.
 */
export function responseJsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const raw = z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'output', metadata: apiContracts, unrepresentable: 'any' }) as Record<string, unknown>;
  const { definitions, ...root } = raw as { definitions?: Record<string, unknown> };
  for (const [id, definition] of Object.entries(definitions ?? {})) {
    const converted = toComponentRefs(definition) as Record<string, unknown>;
    const known = componentSchemas.get(id);
    if (known && JSON.stringify(known) !== JSON.stringify(converted)) {
      throw new Error(`response contract "${id}" is defined twice with different schemas`);
    }
    componentSchemas.set(id, converted);
  }
  return toComponentRefs(root) as Record<string, unknown>;
}

/**
 * Declares what a route answers with `status`: documented in the OpenAPI document (the web apps' typed client is
 * generated from it) and recorded for the response check, which (HUIMIN_CHECK_RESPONSES=on) parses every JSON
 * answer of the route against it. A route that answers with more than one status declares each.
 */
export function ApiZodResponse(schema: z.ZodType, status = 200, description?: string): MethodDecorator {
  const documented = ApiResponse({
    status,
    description: description ?? (apiContracts.get(schema)?.description || (status === 201 ? '已创建' : '成功')),
    schema: responseJsonSchemaOf(schema) as never,
  });
  return (target, key, descriptor) => {
    const handler = descriptor.value as object;
    const declared = (Reflect.getMetadata(RESPONSE_CONTRACTS, handler) as ResponseContracts | undefined) ?? {};
    if (declared[status]) throw new Error(`${String(key)}: response ${status} is declared twice`);
    Reflect.defineMetadata(RESPONSE_CONTRACTS, { ...declared, [status]: schema }, handler);
    documented(target, key, descriptor);
  };
}
