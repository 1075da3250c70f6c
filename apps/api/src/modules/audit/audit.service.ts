import { Injectable } from '@nestjs/common';
import type { Database } from '@huimin/db';
import { chainHash } from '@huimin/db';
import { AuditRepository } from './audit.repository.js';

export interface AuditEvent {
  actor: string;
  action: string;
  entity: string;
  entityId?: string | null;
  ip?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditVerification {
  valid: boolean;
  entries: number;
  /** Id of the first entry whose hash or link does not match, or null. */
  firstBrokenAt: number | null;
}

@Injectable()
export class AuditService {
  constructor(private readonly repo: AuditRepository) {}

  record(event: AuditEvent, tx?: Database): Promise<void> {
    return this.repo.append(
      {
        at: new Date(),
        actor: event.actor,
        action: event.action,
        entity: event.entity,
        entityId: event.entityId ?? null,
        ip: event.ip ?? null,
        before: event.before ?? null,
        after: event.after ?? null,
      },
      tx,
    );
  }

  async list(
    filter: Parameters<AuditRepository['list']>[0],
    page: number,
    pageSize: number,
  ) {
    const { rows, total } = await this.repo.list(filter, page, pageSize);
    return {
      items: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
      total,
      page,
      pageSize,
    };
  }

  /** Recomputes every link of the chain. */
  async verify(): Promise<AuditVerification> {
    let prev: string | null = null;
    let entries = 0;
    for await (const row of this.repo.entries()) {
      entries++;
      const expected = chainHash(prev, {
        at: row.at,
        actor: row.actor,
        action: row.action,
        entity: row.entity,
        entityId: row.entityId,
        ip: row.ip,
        before: row.before,
        after: row.after,
      });
      if (row.prevHash !== prev || row.hash !== expected) return { valid: false, entries, firstBrokenAt: row.id };
      prev = row.hash;
    }
    return { valid: true, entries, firstBrokenAt: null };
  }
}
