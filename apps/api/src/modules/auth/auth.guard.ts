import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { forbidden, unauthorized } from '../../common/problem.js';
import { IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import type { AuthenticatedUser, StaffRole } from './auth.types.js';

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : undefined;
}

/**
 * Registered globally: a route is closed unless marked @Public(), so a new route cannot be left open by
 * forgetting a decorator. Role checks read @Roles().
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthenticatedUser }>();
    const token = bearerToken(request);
    if (!token) throw unauthorized('请先登录');
    const user = await this.auth.authenticate(token);
    if (!user) throw unauthorized('登录已过期，请重新登录');
    request.user = user;
    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.some((r) => user.roles.includes(r))) throw forbidden();
    return true;
  }
}
