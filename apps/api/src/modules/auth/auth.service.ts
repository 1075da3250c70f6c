import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@huimin/db';
import { badRequest, ProblemException, unauthorized } from '../../common/problem.js';
import { ENV } from '../../config/env.token.js';
import type { Env } from '../../config/env.js';
import type { ApplicantPrincipal } from '../access/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthRepository, type UserRow } from './auth.repository.js';
import type { AuthenticatedUser, LoginResult, StaffRole } from './auth.types.js';
import { passwordProblems } from './password-policy.js';
import { decoyHash, hashPassword, verifyPassword } from './passwords.js';

const FAILURE_LIMIT = 5;
const LOCK_MINUTES = 15;
const BAD_CREDENTIALS = '用户名或密码错误';
/**
 * The sliding expiry moves in steps of a minute: a request writes the session's new end only when it is at least
 * this much later than the stored one. Writing it on every request made each authenticated read also a write (a
 * WAL flush per request); with the step a busy user's session is written about once a minute, and an idle
 * session still ends between SESSION_TTL_MINUTES minus one minute and SESSION_TTL_MINUTES after its last use.
 */
const SESSION_TOUCH_STEP_MS = 60_000;
const touchDue = (next: Date, stored: Date) => next.getTime() - stored.getTime() >= SESSION_TOUCH_STEP_MS;

/** Applicant tokens carry a prefix so the guard knows which session table to ask (one look-up, not two). */
export const APPLICANT_TOKEN_PREFIX = 'ap_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isApplicantToken(token: string): boolean {
  return token.startsWith(APPLICANT_TOKEN_PREFIX);
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

const newToken = (prefix = '') => prefix + randomBytes(32).toString('base64url');

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
  async login(username: string, password: string, ip: string | null = null): Promise<LoginResult> {
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
        after: { failedLogins: state?.failedLogins ?? null, lockedUntil: state?.lockedUntil ?? null, disabled: user.disabled },
      });
      if (lockedNow) throw this.locked(state!.lockedUntil!);
      throw unauthorized(BAD_CREDENTIALS);
    }
    await this.repo.recordSuccess(user.id);
    const refreshExpiresAt = new Date(Date.now() + this.env.SESSION_MAX_HOURS * 3_600_000);
    const result = await this.repo.db.transaction(async (tx) => {
      const issued = await this.issue(user, refreshExpiresAt, tx as unknown as Database);
      await this.audit.record({ actor: username, action: 'auth.login', entity: 'user', entityId: user.id, ip }, tx as unknown as Database);
      return issued;
    });
    return result;
  }

  /**
   * Exchanges a refresh token for a new pair; the old pair dies. A refresh token presented a second time
   * means someone else holds a copy, so every session of that user is revoked.
   */
  async refresh(refreshToken: string, ip: string | null = null): Promise<LoginResult> {
    const session = await this.repo.findSessionByRefresh(hashToken(refreshToken));
    const expired = unauthorized('登录已过期，请重新登录');
    if (!session) throw expired;
    const user = await this.repo.findUserById(session.userId);
    if (!user || user.disabled) throw expired;
    if (session.revokedAt) {
      const revoked = await this.repo.revokeAllSessions(user.id);
      await this.audit.record({
        actor: user.username,
        action: 'auth.refresh.reused',
        entity: 'user',
        entityId: user.id,
        ip,
        after: { revokedSessions: revoked },
      });
      throw expired;
    }
    if (!session.refreshExpiresAt || session.refreshExpiresAt <= new Date()) throw expired;
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      // Only one of two concurrent refreshes wins the revocation.
      if (!(await this.repo.revokeSession(session.id, db))) throw expired;
      const issued = await this.issue(user, session.refreshExpiresAt!, db);
      await this.audit.record({ actor: user.username, action: 'auth.refresh', entity: 'user', entityId: user.id, ip }, db);
      return issued;
    });
  }

  /** Resolves a bearer token to its user, extending the session (idle timeout), or undefined. */
  async authenticate(token: string): Promise<{ user: AuthenticatedUser; mustChangePassword: boolean } | undefined> {
    const tokenHash = hashToken(token);
    const found = await this.repo.findLiveSessionWithUser(tokenHash);
    if (!found || found.user.disabled) return undefined;
    const { session, user } = found;
    const expiresAt = this.idleExpiry(session.refreshExpiresAt);
    if (touchDue(expiresAt, session.expiresAt)) await this.repo.touchSession(tokenHash, expiresAt);
    return { user: toAuthenticatedUser(user), mustChangePassword: user.mustChangePassword };
  }

  async logout(token: string, actor: string, ip: string | null = null): Promise<void> {
    await this.repo.revokeSession(hashToken(token));
    await this.audit.record({ actor, action: 'auth.logout', entity: 'user', ip });
  }

  /**
   * The user's own password change: the current password proves it is them, the new one follows the policy,
   * and every session of the account ends (a stolen token dies with the old password).
   */
  async changePassword(user: AuthenticatedUser, currentPassword: string, newPassword: string, ip: string | null): Promise<void> {
    const row = await this.repo.findUserById(user.id);
    if (!row || !(await verifyPassword(row.passwordHash, currentPassword))) {
      throw badRequest([{ path: 'currentPassword', message: '当前密码不正确' }]);
    }
    const problems = passwordProblems(newPassword, user.username, 'newPassword');
    if (currentPassword === newPassword) problems.push({ path: 'newPassword', message: '新密码不能与当前密码相同' });
    if (problems.length > 0) throw badRequest(problems);
    const passwordHash = await hashPassword(newPassword);
    await this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      await this.repo.setPassword(user.id, passwordHash, db);
      const revoked = await this.repo.revokeAllSessions(user.id, db);
      await this.audit.record(
        { actor: user.username, action: 'auth.password.change', entity: 'user', entityId: user.id, ip, after: { revokedSessions: revoked } },
        db,
      );
    });
  }

  // Applicant sessions (created by the applicant-auth service after a one-time code).

  async createApplicantSession(accountId: string, db?: Database): Promise<{ accessToken: string; expiresAt: string }> {
    const accessToken = newToken(APPLICANT_TOKEN_PREFIX);
    const expiresAt = this.idleExpiry(null);
    await this.repo.createApplicantSession(hashToken(accessToken), accountId, expiresAt, db);
    return { accessToken, expiresAt: expiresAt.toISOString() };
  }

  async authenticateApplicant(token: string): Promise<ApplicantPrincipal | undefined> {
    const tokenHash = hashToken(token);
    const row = await this.repo.findLiveApplicantSession(tokenHash);
    if (!row || row.account.disabled) return undefined;
    // An applicant session lives no longer than a staff login, however active.
    const hardEnd = new Date(row.session.createdAt.getTime() + this.env.SESSION_MAX_HOURS * 3_600_000);
    if (hardEnd <= new Date()) return undefined;
    const expiresAt = this.idleExpiry(hardEnd);
    if (touchDue(expiresAt, row.session.expiresAt)) await this.repo.touchApplicantSession(tokenHash, expiresAt);
    return {
      kind: row.account.kind,
      accountId: row.account.id,
      personKey: row.account.personKey,
      creditCode: row.account.creditCode,
      regionCode: row.account.regionCode,
    };
  }

  async logoutApplicant(token: string): Promise<void> {
    await this.repo.revokeApplicantSession(hashToken(token));
  }

  private async issue(user: UserRow, refreshExpiresAt: Date, db: Database): Promise<LoginResult> {
    const accessToken = newToken();
    const refreshToken = newToken('rt_');
    const expiresAt = this.idleExpiry(refreshExpiresAt);
    await this.repo.createSession(
      { tokenHash: hashToken(accessToken), refreshHash: hashToken(refreshToken), userId: user.id, expiresAt, refreshExpiresAt },
      db,
    );
    return {
      accessToken,
      refreshToken,
      expiresAt: expiresAt.toISOString(),
      refreshExpiresAt: refreshExpiresAt.toISOString(),
      mustChangePassword: user.mustChangePassword,
      user: toAuthenticatedUser(user),
    };
  }

  private idleExpiry(hardEnd: Date | null): Date {
    const idle = new Date(Date.now() + this.env.SESSION_TTL_MINUTES * 60_000);
    return hardEnd && hardEnd < idle ? hardEnd : idle;
  }

  private locked(until: Date): ProblemException {
    return new ProblemException(401, `密码连续错误${FAILURE_LIMIT}次，账户已锁定至 ${formatShanghaiTime(until)}（北京时间）`, {
      type: '/problems/account-locked',
      extra: { lockedUntil: until.toISOString() },
    });
  }
}
