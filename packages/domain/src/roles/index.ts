/**
 * Staff roles of API.md "Staff login", defined once for the database's CHECK constraint, the API's permission
 * table and the console's labels.
 */
export const STAFF_ROLES = [
  'handler',
  'reviewer',
  'head',
  'finance',
  'auditor',
  'data_admin',
  'province_admin',
  'system_admin',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Roles that decide cases; never on the same account as `finance` (POLICY.md D1). */
export const BUSINESS_ROLES = ['handler', 'reviewer', 'head'] as const;
export type BusinessRole = (typeof BUSINESS_ROLES)[number];

export const STAFF_ROLE_LABELS: Readonly<Record<StaffRole, string>> = {
  handler: '经办人',
  reviewer: '复核人',
  head: '负责人',
  finance: '财务人员',
  auditor: '内控审计',
  data_admin: '数据管理员',
  province_admin: '省级管理员',
  system_admin: '系统管理员',
};

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}
