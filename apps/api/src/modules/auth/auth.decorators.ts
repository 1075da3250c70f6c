import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedUser, StaffRole } from './auth.types.js';

export const IS_PUBLIC = 'huimin:public';
export const REQUIRED_ROLES = 'huimin:roles';

/** A route anyone may call without logging in (calculator, calendar, health). Every other route needs a login. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The route needs at least one of these roles. */
export const Roles = (...roles: StaffRole[]) => SetMetadata(REQUIRED_ROLES, roles);

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthenticatedUser => {
  return ctx.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user;
});
