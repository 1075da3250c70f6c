import { z } from 'zod';
import type { StaffRole } from '@huimin/domain';

export { STAFF_ROLES, type StaffRole } from '@huimin/domain';

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64, '用户名过长'),
  password: z.string().min(1, '请输入密码').max(256, '密码过长'),
});

export const refreshRequestSchema = z.object({
  refreshToken: z.string().min(1, '请提供刷新令牌').max(256, '刷新令牌无效'),
});

export const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1, '请输入当前密码').max(256, '密码过长'),
  newPassword: z.string().min(1, '请输入新密码').max(256, '密码过长'),
});

export interface AuthenticatedUser {
  id: string;
  username: string;
  displayName: string;
  roles: StaffRole[];
  regionCode: string;
}

/** The answer of login and refresh: API.md's `{ accessToken, user }` plus what a client needs to stay logged in. */
export interface LoginResult {
  accessToken: string;
  /** Exchanged once at `POST /api/v1/auth/refresh` for a new pair, until `refreshExpiresAt`. */
  refreshToken: string;
  /** When the access token expires if unused (idle timeout); each request pushes it forward. */
  expiresAt: string;
  refreshExpiresAt: string;
  /** True after an administrator reset the password: only the password change is open until it is done. */
  mustChangePassword: boolean;
  user: AuthenticatedUser;
}
