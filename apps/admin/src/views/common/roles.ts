// Who opens which of the oversight screens, mirroring the API's permission table (the auditor — internal
// control, 内控审计 — reads everything and changes nothing, POLICY.md D1). Kept apart from the screens so the
// router and the menu load these few constants without the screens themselves.

/** 统计分析: the statistics readers of the API (monthly, quarterly and trend routes). */
export const STATISTICS_ROLES: readonly string[] = ['handler', 'reviewer', 'head', 'finance', 'province_admin', 'auditor'];
/** 审计日志: internal control only. */
export const AUDIT_ROLES: readonly string[] = ['auditor'];
/** 异议处理: the list is read by the case staff and internal control; handlers and heads decide (D1). */
export const OBJECTION_ROLES: readonly string[] = ['handler', 'reviewer', 'head', 'auditor'];
export const OBJECTION_DECIDERS: readonly string[] = ['handler', 'head'];
/** 追回管理: handlers and heads open orders, finance books repayments, the head writes off (A17). */
export const RECOVERY_ROLES: readonly string[] = ['handler', 'head', 'finance', 'auditor'];
export const REPAYMENT_ROLES: readonly string[] = ['finance'];
export const WRITE_OFF_ROLES: readonly string[] = ['head'];
/** 好差评: heads and internal control watch the service (D3). */
export const RATING_ROLES: readonly string[] = ['head', 'auditor'];

export function hasAnyRole(roles: readonly string[], allowed: readonly string[]): boolean {
  return roles.some((role) => allowed.includes(role));
}
