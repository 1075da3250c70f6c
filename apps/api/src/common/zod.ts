import { Injectable, type PipeTransform } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
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

/** JSON Schema of what a client sends, for the OpenAPI document. */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
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
