import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ProblemException, unauthorized } from '../../common/problem.js';
import { ENV } from '../../config/env.token.js';
import type { Env } from '../../config/env.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthRepository, type UserRow } from './auth.repository.js';
import type { AuthenticatedUser, StaffRole } from './auth.types.js';
import { decoyHash, verifyPassword } from './passwords.js';

const FAILURE_LIMIT = 5;
const LOCK_MINUTES = 15;
const BAD_CREDENTIALS = '用户名或密码错误';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function toAuthenticatedUser(row: UserRow): AuthenticatedUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles as StaffRole[],
    regionCode: row.regionCode,
  };
}

function formatShanghaiTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

@Injectable()
export class AuthService {
  constructor(
    private readonly repo: AuthRepository,
    private readonly audit: AuditService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /**
   * Staff login. An unknown user and a wrong password get the same answer and the same work (a decoy
   * verification), so usernames cannot be probed; five failures lock the account for 15 minutes.
   */
  async login(username: string, password: string, ip: string | null = null): Promise<{ accessToken: string; user: AuthenticatedUser }> {
    const user = await this.repo.findUserByUsername(username);
    if (!user) {
      await verifyPassword(await decoyHash(), password);
      await this.audit.record({ actor: username, action: 'auth.login.unknown_user', entity: 'user', ip });
      throw unauthorized(BAD_CREDENTIALS);
    }
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      await this.audit.record({ actor: username, action: 'auth.login.while_locked', entity: 'user', entityId: user.id, ip });
      throw this.locked(user.lockedUntil);
    }
    const ok = !user.disabled && (await verifyPassword(user.passwordHash, password));
    if (!ok) {
      const state = await this.repo.recordFailure(user.id, FAILURE_LIMIT, LOCK_MINUTES);
      const lockedNow = !!state?.lockedUntil && state.lockedUntil > new Date();
      await this.audit.record({
        actor: username,
        action: lockedNow ? 'auth.lockout' : 'auth.login.failure',
        entity: 'user',
        entityId: user.id,
        ip,
        after: { failedLogins: state?.failedLogins ?? null, lockedUntil: state?.lockedUntil ?? null },
      });
      if (lockedNow) throw this.locked(state!.lockedUntil!);
      throw unauthorized(BAD_CREDENTIALS);
    }
    await this.repo.recordSuccess(user.id);
    const accessToken = randomBytes(32).toString('base64url');
    await this.repo.createSession(hashToken(accessToken), user.id, this.expiry());
    await this.audit.record({ actor: username, action: 'auth.login', entity: 'user', entityId: user.id, ip });
    return { accessToken, user: toAuthenticatedUser(user) };
  }

  /** Resolves a bearer token to its user, extending the session (idle timeout), or undefined. */
  async authenticate(token: string): Promise<AuthenticatedUser | undefined> {
    const tokenHash = hashToken(token);
    const session = await this.repo.findLiveSession(tokenHash);
    if (!session) return undefined;
    const user = await this.repo.findUserById(session.userId);
    if (!user || user.disabled) return undefined;
    await this.repo.touchSession(tokenHash, this.expiry());
    return toAuthenticatedUser(user);
  }

  async logout(token: string): Promise<void> {
    await this.repo.revokeSession(hashToken(token));
  }

  private expiry(): Date {
    return new Date(Date.now() + this.env.SESSION_TTL_MINUTES * 60_000);
  }

  private locked(until: Date): ProblemException {
    return new ProblemException(401, `密码连续错误${FAILURE_LIMIT}次，账户已锁定至 ${formatShanghaiTime(until)}（北京时间）`, {
      type: '/problems/account-locked',
      extra: { lockedUntil: until.toISOString() },
    });
  }
}
