import { HttpException, HttpStatus } from '@nestjs/common';

/** One bad field of a request (API.md conventions): `path` like `certificate.level` or `priorGrants[0].level`. */
export interface FieldError {
  path: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: '请求参数有误',
  401: '未登录或登录已过期',
  403: '无权执行此操作',
  404: '未找到',
  405: '不支持的请求方法',
  409: '当前状态不允许此操作',
  413: '请求内容过大',
  415: '不支持的内容类型',
  422: '无法处理的请求',
  423: '账户已锁定',
  429: '请求过于频繁',
  500: '服务器内部错误',
  503: '服务暂不可用',
};

export function titleFor(status: number): string {
  return TITLES[status] ?? (status >= 500 ? '服务器内部错误' : '请求无法完成');
}

/**
 * An error answered as `application/problem+json` (RFC 9457). Services throw it; the global filter writes it.
 * `type` is a stable, relative URI naming the kind of problem so that clients can branch on it.
 */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    detail: string,
    options: { type?: string; title?: string; errors?: FieldError[]; extra?: Record<string, unknown> } = {},
  ) {
    const body: ProblemBody = {
      type: options.type ?? `about:blank`,
      title: options.title ?? titleFor(status),
      status,
      detail,
      ...(options.errors ? { errors: options.errors } : {}),
      ...(options.extra ?? {}),
    };
    super(body, status);
  }

  get problem(): ProblemBody {
    return this.getResponse() as ProblemBody;
  }
}

export const badRequest = (errors: FieldError[], detail = '请求参数有误，请按提示修改后重试') =>
  new ProblemException(HttpStatus.BAD_REQUEST, detail, { type: '/problems/validation', errors });
export const unauthorized = (detail = '请先登录') =>
  new ProblemException(HttpStatus.UNAUTHORIZED, detail, { type: '/problems/unauthorized' });
export const forbidden = (detail = '您的角色无权执行此操作') =>
  new ProblemException(HttpStatus.FORBIDDEN, detail, { type: '/problems/forbidden' });
export const notFound = (detail = '未找到该记录') =>
  new ProblemException(HttpStatus.NOT_FOUND, detail, { type: '/problems/not-found' });
export const conflict = (detail: string) =>
  new ProblemException(HttpStatus.CONFLICT, detail, { type: '/problems/conflict' });
export const unprocessable = (detail: string, type = '/problems/unprocessable', extra?: Record<string, unknown>) =>
  new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, detail, { type, ...(extra ? { extra } : {}) });
