import { Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { ProblemException } from './problem.js';
import { RESPONSE_CONTRACTS, zodFieldErrors, type ResponseContracts } from './zod.js';

/** Bodies that are not JSON the handler built: files (Buffer), streams, and text such as a printable page. */
function isJsonBody(data: unknown, reply: FastifyReply): boolean {
  if (data === undefined || typeof data === 'string' || Buffer.isBuffer(data) || data instanceof Uint8Array) return false;
  if (typeof (data as { pipe?: unknown } | null)?.pipe === 'function') return false;
  const type = reply.getHeader('content-type');
  return type === undefined || /json/i.test(String(type));
}

/**
 * The response check (issue 6, HUIMIN_CHECK_RESPONSES=on; every medium test runs with it): each JSON answer of a
 * route that declares its contracts (`@ApiZodResponse`) is parsed as the client will receive it — after JSON
 * serialisation, so dates are the strings actually sent — against the contract of the status it is sent with.
 * A mismatch, or a status the route did not declare, is a 500 whose log names the bad paths: the document the
 * web apps are generated from would otherwise be wrong without anyone noticing. The answer sent is never altered.
 */
@Injectable()
export class ResponseContractInterceptor implements NestInterceptor {
  private readonly logger = new Logger('ResponseContract');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const declared = Reflect.getMetadata(RESPONSE_CONTRACTS, context.getHandler()) as ResponseContracts | undefined;
    if (!declared || context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    return next.handle().pipe(
      map((data: unknown) => {
        if (!isJsonBody(data, reply)) return data;
        const status = reply.statusCode;
        const route = `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`;
        const schema = declared[status];
        if (!schema) {
          this.logger.error({ route, status, declared: Object.keys(declared) }, 'response status not declared in the contract');
          throw new ProblemException(500, `接口返回了未声明的状态码 ${status}（请求编号 ${request.id}）`, { type: '/problems/response-contract' });
        }
        const sent: unknown = JSON.parse(JSON.stringify(data));
        const result = schema.safeParse(sent);
        if (!result.success) {
          // Paths and zod's messages only: the values may be personal data and never reach the log.
          const errors = zodFieldErrors(result.error);
          this.logger.error({ route, status, paths: errors.map((e) => `${e.path || '(root)'}: ${e.message}`) }, 'response does not match its contract');
          throw new ProblemException(500, `接口返回的数据不符合接口约定（请求编号 ${request.id}）`, { type: '/problems/response-contract', errors });
        }
        return data;
      }),
    );
  }
}
