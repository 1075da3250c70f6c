import { forbidden, type FieldError } from '../../common/problem.js';
import { BUSINESS_ROLES, type StaffRole } from '@huimin/domain';

/**
 * POLICY.md D1 on one account's roles: business and finance never together; the auditor (internal control)
 * holds no other role, because it reads everything and must change nothing. The database enforces the same
 * rules (users_roles_separation_check); this says why in words a system admin understands.
 */
export function roleSetProblems(roles: readonly StaffRole[]): FieldError[] {
  const problems: FieldError[] = [];
  const business = roles.filter((r) => (BUSINESS_ROLES as readonly StaffRole[]).includes(r));
  if (business.length > 0 && roles.includes('finance')) {
    problems.push({ path: 'roles', message: `业务岗位（${business.join('、')}）与财务岗位不能由同一账户兼任（内控要求 D1）` });
  }
  if (roles.includes('auditor') && roles.length > 1) {
    problems.push({ path: 'roles', message: '内控审计岗位只读不改，不能兼任其他岗位（内控要求 D1）' });
  }
  return problems;
}

/**
 * The same person never takes two steps of one matter (POLICY.md D1): a change request is not approved by
 * whoever asked for it; a case step is not taken by whoever took an earlier one. Compared by account id.
 */
export function assertSecondPerson(actorId: string, earlierActorIds: readonly string[], what: string): void {
  if (earlierActorIds.includes(actorId)) {
    throw forbidden(`${what}须由另一名工作人员办理：同一人不能办理同一事项的两个环节（内控要求 D1）`);
  }
}
