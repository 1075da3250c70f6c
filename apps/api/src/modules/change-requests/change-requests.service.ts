import { Injectable } from '@nestjs/common';
import { PersonalDataCipher, type ChangeRequestRow, type ChangeRequestStatus, type Database, type PersonRow } from '@huimin/db';
import { maskName, maskPhone } from '@huimin/domain';
import { conflict, notFound } from '../../common/problem.js';
import { assertInScope, inScope, scopePattern } from '../access/region-scope.js';
import { assertSecondPerson } from '../access/separation.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { RegistryRepository } from '../registry/registry.repository.js';
import { ChangeRequestsRepository } from './change-requests.repository.js';
import type { PersonChanges } from './change-requests.types.js';

const NOT_FOUND = '未找到该变更申请';

/** A field's value as the audit log keeps it: masked for people, encrypted for a later investigation. */
interface AuditedValue {
  masked: string | null;
  enc: string | null;
}

/**
 * Changes to personal data go through a second person (POLICY.md D1: every data modification approved and
 * traceable). One staff member proposes the new values; another — never the proposer — approves, and only
 * then are they written, in the same transaction as the audit entry holding before and after. New values
 * wait encrypted; lists show only masked summaries.
 */
@Injectable()
export class ChangeRequestsService {
  constructor(
    private readonly repo: ChangeRequestsRepository,
    private readonly registry: RegistryRepository,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
  ) {}

  async create(
    user: AuthenticatedUser,
    input: { entity: 'person'; entityId: string; changes: PersonChanges; reason: string },
    ip: string | null,
  ) {
    const person = await this.registry.findPersonById(input.entityId);
    if (!person) throw notFound('未找到该参保人员');
    assertInScope(user.regionCode, person.regionCode, '未找到该参保人员');
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const row = await this.repo.insert(
        {
          entity: 'person',
          entityId: person.id,
          regionCode: person.regionCode,
          changesEnc: this.cipher.encrypt(JSON.stringify(input.changes)),
          summary: summarise(input.changes),
          reason: input.reason,
          requestedById: user.id,
          requestedBy: user.username,
        },
        db,
      );
      await this.audit.record(
        { actor: user.username, action: 'change_request.create', entity: 'change_request', entityId: row.id, ip, after: { entity: 'person', entityId: person.id, summary: row.summary, reason: input.reason } },
        db,
      );
      return view(row);
    });
  }

  async list(user: AuthenticatedUser, regionCode: string | undefined, status: ChangeRequestStatus | undefined, page: number, pageSize: number) {
    if (regionCode) assertInScope(user.regionCode, regionCode, '未找到该地区的记录');
    const { rows, total } = await this.repo.list(scopePattern(regionCode ?? user.regionCode), status, page, pageSize);
    return { items: rows.map(view), total, page, pageSize };
  }

  async get(user: AuthenticatedUser, id: string) {
    return view(await this.load(user, id));
  }

  async decide(user: AuthenticatedUser, id: string, decision: 'approve' | 'reject', reason: string | undefined, ip: string | null) {
    const request = await this.load(user, id);
    if (request.status !== 'pending') throw conflict('该变更申请已审批，不能再次审批');
    assertSecondPerson(user.id, [request.requestedById], '变更申请的审批');
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const decided = await this.repo.decide(
        id,
        { status: decision === 'approve' ? 'approved' : 'rejected', decidedById: user.id, decidedBy: user.username, decisionReason: reason ?? null },
        db,
      );
      if (!decided) throw conflict('该变更申请已审批，不能再次审批');
      await this.audit.record(
        { actor: user.username, action: `change_request.${decision}`, entity: 'change_request', entityId: id, ip, after: { reason: reason ?? null } },
        db,
      );
      if (decision === 'approve') await this.apply(user, request, ip, db);
      return view(decided);
    });
  }

  private async apply(user: AuthenticatedUser, request: ChangeRequestRow, ip: string | null, db: Database): Promise<void> {
    const person = await this.registry.findPersonById(request.entityId, db);
    if (!person) throw conflict('该参保人员的记录已不存在，变更无法执行');
    const changes = JSON.parse(this.cipher.decrypt(request.changesEnc)) as PersonChanges;
    const values: Partial<Pick<PersonRow, 'name' | 'phoneEnc' | 'address'>> = {};
    const before: Record<string, AuditedValue> = {};
    const after: Record<string, AuditedValue> = {};
    if (changes.name !== undefined) {
      values.name = changes.name;
      before['name'] = { masked: maskName(person.name), enc: this.cipher.encrypt(person.name) };
      after['name'] = { masked: maskName(changes.name), enc: this.cipher.encrypt(changes.name) };
    }
    if (changes.phone !== undefined) {
      const old = this.cipher.decryptOptional(person.phoneEnc);
      values.phoneEnc = this.cipher.encrypt(changes.phone);
      before['phone'] = { masked: old ? maskPhone(old) : null, enc: person.phoneEnc };
      after['phone'] = { masked: maskPhone(changes.phone), enc: values.phoneEnc };
    }
    if (changes.address !== undefined) {
      values.address = changes.address;
      before['address'] = { masked: null, enc: this.cipher.encryptOptional(person.address) };
      after['address'] = { masked: null, enc: this.cipher.encrypt(changes.address) };
    }
    await this.registry.updatePerson(person.id, values, db);
    await this.audit.record(
      {
        actor: user.username,
        action: 'person.change',
        entity: 'person',
        entityId: person.id,
        ip,
        before: { ...before, changeRequestId: request.id, requestedBy: request.requestedBy },
        after,
      },
      db,
    );
  }

  private async load(user: AuthenticatedUser, id: string): Promise<ChangeRequestRow> {
    const row = await this.repo.findById(id);
    if (!row || !inScope(user.regionCode, row.regionCode)) throw notFound(NOT_FOUND);
    return row;
  }
}

function summarise(changes: PersonChanges): Record<string, string> {
  const summary: Record<string, string> = {};
  if (changes.name !== undefined) summary['name'] = maskName(changes.name);
  if (changes.phone !== undefined) summary['phone'] = maskPhone(changes.phone);
  if (changes.address !== undefined) summary['address'] = '（已填写新地址）';
  return summary;
}

function view(row: ChangeRequestRow) {
  return {
    id: row.id,
    entity: row.entity,
    entityId: row.entityId,
    regionCode: row.regionCode,
    summary: row.summary,
    reason: row.reason,
    status: row.status,
    requestedBy: row.requestedBy,
    requestedAt: row.requestedAt.toISOString(),
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionReason: row.decisionReason,
  };
}
