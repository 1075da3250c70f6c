import { ArgumentsHost, Catch, HttpException, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { titleFor, type ProblemBody } from './problem.js';

/** Fastify's own client errors (bad JSON, wrong content type, body too large) carry a 4xx statusCode. */
interface FastifyClientError {
  statusCode?: number;
  code?: string;
  message?: string;
}

const FASTIFY_DETAILS: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: '不支持的内容类型，请以 application/json 提交',
  FST_ERR_CTP_EMPTY_JSON_BODY: '请求体为空，请提交 JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: '请求内容过大',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: '请求长度不正确',
};

/**
 * Every error leaves the API as application/problem+json (API.md). A client error never becomes a 500;
 * an unexpected error is logged with the request id and answered without internals.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const request = ctx.getRequest<FastifyRequest>();
    const body = this.toProblem(exception, request);
    void reply.status(body.status).header('content-type', 'application/problem+json; charset=utf-8').send(body);
  }

  private toProblem(exception: unknown, request: FastifyRequest): ProblemBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response !== null && 'detail' in response && 'status' in response) {
        return response as ProblemBody;
      }
      if (status === 404) {
        return { type: 'about:blank', title: titleFor(404), status, detail: `未找到 ${request.method} ${request.url.split('?')[0]}` };
      }
      // Nest's own 4xx (e.g. the body parser's) carry English text: name the problem in Chinese instead.
      if (status === 400 && /JSON/i.test(exception.message)) {
        return { type: '/problems/malformed-request', title: titleFor(400), status, detail: '请求体不是有效的 JSON' };
      }
      const detail = typeof response === 'string' ? response : exception.message;
      return { type: 'about:blank', title: titleFor(status), status, detail: status < 500 ? detail : titleFor(status) };
    }
    const fe = exception as FastifyClientError;
    if (fe?.code === 'HUIMIN_RATE_LIMITED') {
      return { type: '/problems/rate-limited', title: titleFor(429), status: 429, detail: fe.message ?? '请求过于频繁，请稍后再试' };
    }
    if (typeof fe?.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      const detail =
        (fe.code && FASTIFY_DETAILS[fe.code]) ??
        (fe.code === 'FST_ERR_CTP_INVALID_JSON' || /JSON/i.test(fe.message ?? '') ? '请求体不是有效的 JSON' : '请求无法处理');
      return { type: '/problems/malformed-request', title: titleFor(fe.statusCode), status: fe.statusCode, detail };
    }
    if (exception instanceof SyntaxError) {
      return { type: '/problems/malformed-request', title: titleFor(400), status: 400, detail: '请求体不是有效的 JSON' };
    }
    this.logger.error({ err: exception, reqId: request.id }, 'unhandled error');
    return {
      type: 'about:blank',
      title: titleFor(500),
      status: 500,
      detail: `服务器处理请求时出错，请稍后重试（请求编号 ${request.id}）`,
    };
  }
}
