import { z } from 'zod';

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

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64, '用户名过长'),
  password: z.string().min(1, '请输入密码').max(256, '密码过长'),
});

export interface AuthenticatedUser {
  id: string;
  username: string;
  displayName: string;
  roles: StaffRole[];
  regionCode: string;
}
