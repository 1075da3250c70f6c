import { Injectable } from '@nestjs/common';
import { databaseErrorCode, type Database, type UserRow } from '@huimin/db';
import { badRequest, conflict, notFound, type FieldError } from '../../common/problem.js';
import { assertInScope, inScope, scopePattern } from '../access/region-scope.js';
import { roleSetProblems } from '../access/separation.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthRepository } from '../auth/auth.repository.js';
import type { AuthenticatedUser, StaffRole } from '../auth/auth.types.js';
import { passwordProblems } from '../auth/password-policy.js';
import { hashPassword } from '../auth/passwords.js';
import { UsersRepository } from './users.repository.js';
import type { UserView } from './users.types.js';

function view(row: UserRow): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles,
    regionCode: row.regionCode,
    disabled: row.disabled,
    lockedUntil: row.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil.toISOString() : null,
    mustChangePassword: row.mustChangePassword,
    passwordChangedAt: row.passwordChangedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** What an audit entry may hold about a user: never the password hash. */
function auditable(row: UserRow) {
  return { username: row.username, displayName: row.displayName, roles: row.roles, regionCode: row.regionCode, disabled: row.disabled };
}

/**
 * User administration by system_admin (issue 4): create, disable, reset, assign roles and region, within the
 * admin's own region scope and the D1 rules. Every change is audited with before and after; a change of
 * roles, region or status ends the user's sessions, so new permissions apply at once.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly repo: UsersRepository,
    private readonly sessions: AuthRepository,
    private readonly audit: AuditService,
  ) {}

  async list(admin: AuthenticatedUser, page: number, pageSize: number) {
    const { rows, total } = await this.repo.list(scopePattern(admin.regionCode), page, pageSize);
    return { items: rows.map(view), total, page, pageSize };
  }

  async get(admin: AuthenticatedUser, id: string): Promise<UserView> {
    return view(await this.load(admin, id));
  }

  async create(
    admin: AuthenticatedUser,
    input: { username: string; displayName: string; roles: StaffRole[]; regionCode: string; password: string },
    ip: string | null,
  ): Promise<UserView> {
    const problems: FieldError[] = [...roleSetProblems(input.roles), ...passwordProblems(input.password, input.username)];
    if (!inScope(admin.regionCode, input.regionCode)) problems.push({ path: 'regionCode', message: '只能在本人管辖的地区内开设账户' });
    if (problems.length > 0) throw badRequest(problems);
    if (await this.repo.findByUsername(input.username)) throw conflict(`用户名“${input.username}”已存在`);
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.repo.db.transaction(async (tx) => {
        const db = tx as unknown as Database;
        const row = await this.repo.insert(
          {
            username: input.username,
            displayName: input.displayName,
            roles: [...new Set(input.roles)],
            regionCode: input.regionCode,
            passwordHash,
            // Someone else chose this password: the user must replace it before working.
            mustChangePassword: true,
          },
          db,
        );
        await this.audit.record({ actor: admin.username, action: 'user.create', entity: 'user', entityId: row.id, ip, after: auditable(row) }, db);
        return view(row);
      });
    } catch (err) {
      if (databaseErrorCode(err) === '23505') throw conflict(`用户名“${input.username}”已存在`);
      throw err;
    }
  }

  async update(
    admin: AuthenticatedUser,
    id: string,
    input: { displayName?: string | undefined; roles?: StaffRole[] | undefined; regionCode?: string | undefined; disabled?: boolean | undefined },
    ip: string | null,
  ): Promise<UserView> {
    const before = await this.load(admin, id);
    const problems: FieldError[] = [];
    if (input.roles) problems.push(...roleSetProblems(input.roles));
    if (input.regionCode && !inScope(admin.regionCode, input.regionCode)) {
      problems.push({ path: 'regionCode', message: '只能分配本人管辖范围内的地区' });
    }
    if (problems.length > 0) throw badRequest(problems);
    if (before.id === admin.id && (input.disabled === true || (input.roles && !input.roles.includes('system_admin')))) {
      throw conflict('不能停用自己的账户或撤销自己的系统管理员岗位，请由另一名系统管理员办理');
    }
    const values = {
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.roles !== undefined ? { roles: [...new Set(input.roles)] } : {}),
      ...(input.regionCode !== undefined ? { regionCode: input.regionCode } : {}),
      ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
    };
    const accessChanged = input.roles !== undefined || input.regionCode !== undefined || input.disabled === true;
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const after = await this.repo.update(id, values, db);
      const revoked = accessChanged ? await this.sessions.revokeAllSessions(id, db) : 0;
      await this.audit.record(
        {
          actor: admin.username,
          action: input.disabled === true ? 'user.disable' : 'user.update',
          entity: 'user',
          entityId: id,
          ip,
          before: auditable(before),
          after: { ...auditable(after), revokedSessions: revoked },
        },
        db,
      );
      return view(after);
    });
  }

  /** Sets a temporary password the user must change at the next login, unlocks the account and ends its sessions. */
  async resetPassword(admin: AuthenticatedUser, id: string, password: string, ip: string | null): Promise<UserView> {
    const before = await this.load(admin, id);
    if (before.id === admin.id) throw conflict('请通过“修改密码”修改本人密码');
    const problems = passwordProblems(password, before.username);
    if (problems.length > 0) throw badRequest(problems);
    const passwordHash = await hashPassword(password);
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const after = await this.repo.update(
        id,
        { passwordHash, mustChangePassword: true, passwordChangedAt: new Date(), failedLogins: 0, lockedUntil: null },
        db,
      );
      const revoked = await this.sessions.revokeAllSessions(id, db);
      await this.audit.record(
        { actor: admin.username, action: 'user.password.reset', entity: 'user', entityId: id, ip, after: { revokedSessions: revoked } },
        db,
      );
      return view(after);
    });
  }

  /** A user outside the admin's scope does not exist for the admin (404). */
  private async load(admin: AuthenticatedUser, id: string): Promise<UserRow> {
    const row = /^[0-9a-f-]{36}$/.test(id) ? await this.repo.findById(id) : undefined;
    if (!row) throw notFound('未找到该用户');
    assertInScope(admin.regionCode, row.regionCode, '未找到该用户');
    return row;
  }
}
