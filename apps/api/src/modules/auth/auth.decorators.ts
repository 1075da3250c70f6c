import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { ApplicantPrincipal } from '../access/principal.js';
import type { AuthenticatedUser, StaffRole } from './auth.types.js';

export const IS_PUBLIC = 'huimin:public';
export const REQUIRED_ROLES = 'huimin:roles';

/**
 * Documentation beside the handler of what ROUTE_PERMISSIONS (modules/access) says: the guard decides from
 * that table alone, and the route matrix test fails when a handler's @Public()/@Roles() disagree with it.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** See Public(): must match the roles of the route's rule in ROUTE_PERMISSIONS. */
export const Roles = (...roles: StaffRole[]) => SetMetadata(REQUIRED_ROLES, roles);

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthenticatedUser => {
  const user = ctx.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
  // Only reachable if a staff route's rule were not a staff rule: fail loudly rather than act as nobody.
  if (!user) throw new Error('CurrentUser on a route without a staff rule');
  return user;
});

export const CurrentApplicant = createParamDecorator((_data: unknown, ctx: ExecutionContext): ApplicantPrincipal => {
  const applicant = ctx.switchToHttp().getRequest<{ applicant?: ApplicantPrincipal }>().applicant;
  if (!applicant) throw new Error('CurrentApplicant on a route without an applicant rule');
  return applicant;
});
