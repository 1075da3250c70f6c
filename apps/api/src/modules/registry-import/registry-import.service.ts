import { Injectable } from '@nestjs/common';
import type { Database } from '@huimin/db';
import { z } from 'zod';
import { badRequest } from '../../common/problem.js';
import { zodFieldErrors } from '../../common/zod.js';
import { inScope } from '../access/region-scope.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { RegistryImportRepository } from './registry-import.repository.js';
import {
  importBodySchema,
  ROW_SCHEMAS,
  type CertificateImportRow,
  type ContributionImportRow,
  type EmployerImportRow,
  type ImportResult,
  type PersonImportRow,
  type RegistryKind,
  type RowError,
} from './registry-import.types.js';

const OUT_OF_SCOPE = '该记录所属地区不在您的管辖范围内';

/**
 * Registry imports (API.md "Registry import"): every row validated on its own, rows outside the data admin's
 * regions refused, a key repeated within one request refused after its first row (one statement cannot
 * update a row twice), the rest upserted in one transaction with one audit entry (counts only: the rows are
 * personal data and stay out of the log).
 */
@Injectable()
export class RegistryImportService {
  constructor(
    private readonly repo: RegistryImportRepository,
    private readonly audit: AuditService,
  ) {}

  async import(kind: RegistryKind, user: AuthenticatedUser, body: unknown, ip: string | null, source: 'json' | 'csv' | 'xlsx' = 'json'): Promise<ImportResult> {
    const parsed = importBodySchema.safeParse(body);
    if (!parsed.success) throw badRequest(zodFieldErrors(parsed.error));
    const errors: RowError[] = [];
    const good: { index: number; row: unknown }[] = [];
    const schema: z.ZodType = ROW_SCHEMAS[kind];
    const seen = new Set<string>();
    parsed.data.forEach((raw, index) => {
      const r = schema.safeParse(raw);
      if (!r.success) {
        for (const e of zodFieldErrors(r.error)) errors.push({ index, path: e.path, message: e.message });
        return;
      }
      const key = this.#key(kind, r.data);
      if (seen.has(key)) {
        errors.push({ index, path: this.#keyPath(kind), message: '与本次导入的前一条记录重复，已跳过' });
        return;
      }
      seen.add(key);
      good.push({ index, row: r.data });
    });

    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const accepted = await this.#scope(kind, user, good, errors, db);
      const counts = await this.#upsert(kind, accepted, db);
      errors.sort((a, b) => a.index - b.index);
      await this.audit.record(
        {
          actor: user.username,
          action: `registry.import.${kind}`,
          entity: 'registry',
          ip,
          after: { source, rows: parsed.data.length, ...counts, errors: errors.length },
        },
        db,
      );
      return { ...counts, errors };
    });
  }

  #key(kind: RegistryKind, row: unknown): string {
    switch (kind) {
      case 'employers':
        return (row as EmployerImportRow).creditCode;
      case 'persons':
        return (row as PersonImportRow).idNumber;
      case 'contributions':
        return `${(row as ContributionImportRow).idNumber}|${(row as ContributionImportRow).month}`;
      case 'certificates':
        return (row as CertificateImportRow).certificateNo;
    }
  }

  #keyPath(kind: RegistryKind): string {
    return { employers: 'creditCode', persons: 'idNumber', contributions: 'month', certificates: 'certificateNo' }[kind];
  }

  /** Own regions only: the row's region, and for a record already on file its current region too. */
  async #scope(kind: RegistryKind, user: AuthenticatedUser, rows: { index: number; row: unknown }[], errors: RowError[], db: Database) {
    const out: unknown[] = [];
    const refuse = (index: number, path: string) => errors.push({ index, path, message: OUT_OF_SCOPE });
    if (kind === 'employers') {
      const existing = await this.repo.employerRegions(rows.map((r) => (r.row as EmployerImportRow).creditCode), db);
      for (const { index, row } of rows) {
        const e = row as EmployerImportRow;
        const before = existing.get(e.creditCode);
        if (!inScope(user.regionCode, e.regionCode)) refuse(index, 'regionCode');
        else if (before && !inScope(user.regionCode, before)) refuse(index, 'creditCode');
        else out.push(e);
      }
    } else if (kind === 'persons' || kind === 'contributions') {
      // A person transferred in (A11) is re-registered by the new region: the row's region decides.
      for (const { index, row } of rows) {
        const p = row as PersonImportRow | ContributionImportRow;
        if (!inScope(user.regionCode, p.regionCode)) refuse(index, 'regionCode');
        else out.push(p);
      }
    } else {
      // Certificates carry no region: the holder's registry record decides when there is one.
      const typed = rows.map((r) => ({ ...r, cert: r.row as CertificateImportRow, key: this.repo.personKey((r.row as CertificateImportRow).idNumber) }));
      const holders = await this.repo.certificateHolders(typed.map((r) => r.cert.certificateNo), db);
      const regions = await this.repo.personRegions([...new Set([...typed.map((r) => r.key), ...holders.values()])], db);
      for (const { index, cert, key } of typed) {
        const region = regions.get(key);
        const previousHolder = holders.get(cert.certificateNo);
        const previousRegion = previousHolder ? regions.get(previousHolder) : undefined;
        if (region && !inScope(user.regionCode, region)) refuse(index, 'idNumber');
        else if (previousRegion && !inScope(user.regionCode, previousRegion)) refuse(index, 'certificateNo');
        else out.push(cert);
      }
    }
    return out;
  }

  #upsert(kind: RegistryKind, rows: unknown[], db: Database) {
    if (rows.length === 0) return Promise.resolve({ inserted: 0, updated: 0 });
    switch (kind) {
      case 'employers':
        return this.repo.upsertEmployers(rows as EmployerImportRow[], db);
      case 'persons':
        return this.repo.upsertPersons(rows as PersonImportRow[], db);
      case 'contributions':
        return this.repo.upsertContributions(rows as ContributionImportRow[], db);
      case 'certificates':
        return this.repo.upsertCertificates(rows as CertificateImportRow[], db);
    }
  }
}
