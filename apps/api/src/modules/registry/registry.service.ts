import { Injectable } from '@nestjs/common';
import { PersonalDataCipher, type Database, type PersonRow } from '@huimin/db';
import { maskIdNumber, maskPhone } from '@huimin/domain';
import { conflict, notFound } from '../../common/problem.js';
import type { ApplicantPrincipal } from '../access/principal.js';
import { assertInScope, scopePattern } from '../access/region-scope.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { RegistryRepository } from './registry.repository.js';
import type { PersonDetail, PersonListItem } from './registry.types.js';

const PERSON_NOT_FOUND = '未找到该参保人员';

/**
 * Reading the registry's personal data: lists masked, a single record in full for the staff handling it,
 * every read audited (issue 4: "every read of personal data"), and nothing outside the caller's regions
 * (404). Applicants read only their own record, through `/me`.
 */
@Injectable()
export class RegistryService {
  constructor(
    private readonly repo: RegistryRepository,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
  ) {}

  listItem(row: PersonRow): PersonListItem {
    const phone = this.cipher.decryptOptional(row.phoneEnc);
    return {
      id: row.id,
      idNumberMasked: maskIdNumber(this.cipher.decrypt(row.idNumberEnc)),
      name: row.name,
      sex: row.sex,
      birthDate: row.birthDate,
      phoneMasked: phone ? maskPhone(phone) : null,
      regionCode: row.regionCode,
    };
  }

  detail(row: PersonRow): PersonDetail {
    return {
      id: row.id,
      idNumber: this.cipher.decrypt(row.idNumberEnc),
      name: row.name,
      sex: row.sex,
      birthDate: row.birthDate,
      phone: this.cipher.decryptOptional(row.phoneEnc),
      regionCode: row.regionCode,
      address: row.address,
    };
  }

  async listPersons(user: AuthenticatedUser, regionCode: string | undefined, page: number, pageSize: number, ip: string | null) {
    if (regionCode) assertInScope(user.regionCode, regionCode, '未找到该地区的记录');
    const { rows, total } = await this.repo.listPersons(scopePattern(regionCode ?? user.regionCode), page, pageSize);
    await this.audit.record({
      actor: user.username,
      action: 'person.list',
      entity: 'person',
      ip,
      after: { regionCode: regionCode ?? user.regionCode, page, pageSize, ids: rows.map((r) => r.id) },
    });
    return { items: rows.map((r) => this.listItem(r)), total, page, pageSize };
  }

  async getPerson(user: AuthenticatedUser, id: string, ip: string | null): Promise<PersonDetail> {
    const row = await this.repo.findPersonById(id);
    if (!row) throw notFound(PERSON_NOT_FOUND);
    assertInScope(user.regionCode, row.regionCode, PERSON_NOT_FOUND);
    await this.audit.record({ actor: user.username, action: 'person.read', entity: 'person', entityId: row.id, ip });
    return this.detail(row);
  }

  async lookupPerson(user: AuthenticatedUser, idNumber: string, ip: string | null): Promise<PersonDetail> {
    const row = await this.repo.findPersonByKey(this.cipher.personKey(idNumber));
    if (!row) throw notFound(PERSON_NOT_FOUND);
    assertInScope(user.regionCode, row.regionCode, PERSON_NOT_FOUND);
    await this.audit.record({ actor: user.username, action: 'person.lookup', entity: 'person', entityId: row.id, ip });
    return this.detail(row);
  }

  /** One employer account per credit code, opened by a data admin of the employer's region. */
  async createEmployerAccount(
    user: AuthenticatedUser,
    input: { creditCode: string; contactName: string; contactPhone: string },
    ip: string | null,
  ) {
    const employer = await this.repo.findEmployer(input.creditCode);
    if (!employer) throw notFound('未找到该单位的参保登记');
    assertInScope(user.regionCode, employer.regionCode, '未找到该单位的参保登记');
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const contactPhoneEnc = this.cipher.encrypt(input.contactPhone);
      const row = await this.repo.insertEmployerAccount(
        { creditCode: input.creditCode, regionCode: employer.regionCode, contactName: input.contactName, contactPhoneEnc, createdBy: user.username },
        db,
      );
      if (!row) throw conflict('该单位已开设单位账户；联系人变更请提交变更申请');
      await this.audit.record(
        {
          actor: user.username,
          action: 'employer_account.create',
          entity: 'applicant_account',
          entityId: row.id,
          ip,
          after: { creditCode: input.creditCode, contactName: input.contactName, contactPhone: { masked: maskPhone(input.contactPhone), enc: contactPhoneEnc } },
        },
        db,
      );
      return {
        id: row.id,
        creditCode: input.creditCode,
        employerName: employer.name,
        contactName: input.contactName,
        contactPhoneMasked: maskPhone(input.contactPhone),
        regionCode: employer.regionCode,
      };
    });
  }

  // The applicant's own records. The key comes from the session, never from the request.

  async myPerson(applicant: ApplicantPrincipal, ip: string | null): Promise<PersonListItem & { address: string | null }> {
    const row = applicant.personKey ? await this.repo.findPersonByKey(applicant.personKey) : undefined;
    if (!row) throw notFound(PERSON_NOT_FOUND);
    await this.audit.record({ actor: `applicant:${applicant.accountId}`, action: 'person.read.self', entity: 'person', entityId: row.id, ip });
    return { ...this.listItem(row), address: row.address };
  }

  async myCertificates(applicant: ApplicantPrincipal) {
    const rows = applicant.personKey ? await this.repo.certificatesOf(applicant.personKey) : [];
    return rows.map(({ personKey: _omit, ...c }) => c);
  }

  async myCertificate(applicant: ApplicantPrincipal, certificateNo: string) {
    // Someone else's certificate is "not found", exactly like one that does not exist.
    const row = applicant.personKey ? await this.repo.certificateOf(applicant.personKey, certificateNo) : undefined;
    if (!row) throw notFound('未找到该证书');
    const { personKey: _omit, ...certificate } = row;
    return certificate;
  }

  async myEmployer(applicant: ApplicantPrincipal) {
    const employer = applicant.creditCode ? await this.repo.findEmployer(applicant.creditCode) : undefined;
    if (!employer) throw notFound('未找到该单位的参保登记');
    return { creditCode: employer.creditCode, name: employer.name, regionCode: employer.regionCode, industry: employer.industry, size: employer.size };
  }
}
