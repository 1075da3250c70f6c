import { z } from 'zod';
import { regionCodeSchema } from '@huimin/domain';
import { STAFF_ROLES } from '../auth/auth.types.js';

const roles = z.array(z.enum(STAFF_ROLES)).min(1, '至少分配一个岗位').max(STAFF_ROLES.length);

export const createUserSchema = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, '用户名为3至32位小写字母、数字、点、横线或下划线'),
  displayName: z.string().trim().min(1, '请输入姓名').max(50, '姓名过长'),
  roles,
  regionCode: regionCodeSchema,
  /** The initial password, handed over in person; the user must change it at first login. */
  password: z.string().min(1, '请输入初始密码').max(256, '密码过长'),
});

export const updateUserSchema = z
  .object({
    displayName: z.string().trim().min(1, '请输入姓名').max(50, '姓名过长').optional(),
    roles: roles.optional(),
    regionCode: regionCodeSchema.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: '请至少修改一项', path: [] });

export const passwordResetSchema = z.object({
  password: z.string().min(1, '请输入临时密码').max(256, '密码过长'),
});

export const listUsersQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  regionCode: string;
  disabled: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  passwordChangedAt: string | null;
  createdAt: string;
}
