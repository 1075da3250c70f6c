import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { forbidden, ProblemException, unauthorized } from '../../common/problem.js';
import type { RequestWithPrincipal } from '../access/principal.js';
import { ruleFor, routeKey } from '../access/route-permissions.js';
import { AuthService, isApplicantToken } from './auth.service.js';

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : undefined;
}

/** Routes a user whose password was reset may still call: to change it, see who they are, or leave. */
const OPEN_BEFORE_PASSWORD_CHANGE = new Set([
  'POST /api/v1/auth/password',
  'POST /api/v1/auth/logout',
  'GET /api/v1/auth/me',
]);

/**
 * Registered globally, so every route goes through it: it finds the route's rule in ROUTE_PERMISSIONS (the
 * one place permissions are declared) and lets the request through only if the caller fits. A route with no
 * rule is closed to everyone. Region scope and ownership are checked by the services on the records
 * themselves (404 outside the caller's regions), with the helpers of modules/access.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('AuthGuard');

  constructor(private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithPrincipal>();
    const path = request.routeOptions.url ?? '';
    const rule = ruleFor(request.method, path);
    if (!rule) {
      this.logger.error(`no permission rule for ${routeKey(request.method, path)}: closed`);
      throw forbidden('该接口尚未声明访问权限，暂不可用');
    }
    if (rule.access === 'public') return true;

    const token = bearerToken(request);
    if (!token) throw unauthorized('请先登录');

    if (rule.access === 'applicant') {
      if (!isApplicantToken(token)) {
        if (await this.auth.authenticate(token)) throw forbidden('此功能仅供申请人（个人或单位）使用');
        throw unauthorized('登录已过期，请重新登录');
      }
      const applicant = await this.auth.authenticateApplicant(token);
      if (!applicant) throw unauthorized('登录已过期，请重新登录');
      if (!rule.kinds.includes(applicant.kind)) {
        throw forbidden(applicant.kind === 'person' ? '此功能仅供单位账户使用' : '此功能仅供个人使用');
      }
      request.applicant = applicant;
      return true;
    }

    if (isApplicantToken(token)) {
      const applicant = await this.auth.authenticateApplicant(token);
      if (applicant && rule.applicants?.kinds.includes(applicant.kind)) {
        request.applicant = applicant;
        return true;
      }
      if (applicant) throw forbidden('申请人账户不能使用经办系统的功能');
      throw unauthorized('登录已过期，请重新登录');
    }
    const session = await this.auth.authenticate(token);
    if (!session) throw unauthorized('登录已过期，请重新登录');
    request.user = session.user;
    if (session.mustChangePassword && !OPEN_BEFORE_PASSWORD_CHANGE.has(routeKey(request.method, path))) {
      throw new ProblemException(403, '管理员已重置您的密码，请先修改密码', { type: '/problems/password-change-required' });
    }
    if (rule.roles !== 'any' && !rule.roles.some((r) => session.user.roles.includes(r))) throw forbidden();
    return true;
  }
}
