import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { PersonalDataCipher, type Database, type OtpPurpose } from '@huimin/db';
import { maskIdNumber, maskPhone } from '@huimin/domain';
import { ProblemException, unauthorized } from '../../common/problem.js';
import { AuditService } from '../audit/audit.service.js';
import { ApplicantAuthRepository } from './applicant-auth.repository.js';
import { AuthService } from './auth.service.js';
import { SMS_SENDER, type SmsSender } from './sms.js';

const CODE_TTL_SECONDS = 300;
const RESEND_AFTER_SECONDS = 60;
const MAX_CODES_PER_DAY = 10;
const MAX_ATTEMPTS = 5;
const BAD_CODE = '验证码错误或已过期，请重新获取';
const SENT_MESSAGE = '如所填信息与登记信息一致，验证码已发送至登记的手机号码，5分钟内有效';

export interface OtpAnswer {
  message: string;
  expiresInSeconds: number;
  resendAfterSeconds: number;
}

export interface ApplicantLoginResult {
  accessToken: string;
  expiresAt: string;
  applicant:
    | { kind: 'person'; name: string; idNumberMasked: string; regionCode: string }
    | { kind: 'employer'; creditCode: string; name: string | null; contactName: string | null; regionCode: string };
}

function codeHash(subjectKey: string, code: string): string {
  return createHash('sha256').update(`${subjectKey}:${code}`).digest('hex');
}

/**
 * Applicant identity (issue 4): a person logs in by real name — ID number, name and a one-time code sent to
 * the phone on record in the registry — and an employer by its credit code and a code sent to the contact
 * phone of its account. The answers never tell whether an ID number is on record or the name matched: a
 * challenge is recorded either way (so throttling looks the same), and the code goes out only on a match.
 */
@Injectable()
export class ApplicantAuthService {
  private readonly logger = new Logger('ApplicantAuth');

  constructor(
    private readonly repo: ApplicantAuthRepository,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly cipher: PersonalDataCipher,
    @Inject(SMS_SENDER) private readonly sms: SmsSender,
  ) {}

  async requestPersonCode(idNumber: string, name: string, ip: string | null): Promise<OtpAnswer> {
    const personKey = this.cipher.personKey(idNumber);
    const person = await this.repo.findPerson(personKey);
    const phone = person && person.name === name ? this.cipher.decryptOptional(person.phoneEnc) : null;
    return this.issueCode('person_login', personKey, phone, ip, idNumber);
  }

  async requestEmployerCode(creditCode: string, ip: string | null): Promise<OtpAnswer> {
    const found = await this.repo.findEmployerAccount(creditCode);
    const phone = found && !found.account.disabled ? this.cipher.decryptOptional(found.account.contactPhoneEnc) : null;
    return this.issueCode('employer_login', creditCode, phone, ip, creditCode);
  }

  async loginPerson(idNumber: string, name: string, code: string, ip: string | null): Promise<ApplicantLoginResult> {
    const personKey = this.cipher.personKey(idNumber);
    await this.checkCode('person_login', personKey, code, ip);
    const person = await this.repo.findPerson(personKey);
    // The code went out only on a match, so this holds unless the registry changed in the last five minutes.
    if (!person || person.name !== name) throw unauthorized(BAD_CODE);
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const account = await this.repo.upsertPersonAccount(personKey, person.regionCode, db);
      const session = await this.auth.createApplicantSession(account.id, db);
      await this.audit.record(
        { actor: `applicant:${account.id}`, action: 'applicant.login', entity: 'applicant_account', entityId: account.id, ip },
        db,
      );
      return {
        ...session,
        applicant: { kind: 'person' as const, name: person.name, idNumberMasked: maskIdNumber(idNumber), regionCode: person.regionCode },
      };
    });
  }

  async loginEmployer(creditCode: string, code: string, ip: string | null): Promise<ApplicantLoginResult> {
    await this.checkCode('employer_login', creditCode, code, ip);
    const found = await this.repo.findEmployerAccount(creditCode);
    if (!found || found.account.disabled) throw unauthorized(BAD_CODE);
    const { account } = found;
    return this.repo.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      await this.repo.touchAccount(account.id, db);
      const session = await this.auth.createApplicantSession(account.id, db);
      await this.audit.record(
        { actor: `applicant:${account.id}`, action: 'applicant.login', entity: 'applicant_account', entityId: account.id, ip },
        db,
      );
      return {
        ...session,
        applicant: {
          kind: 'employer' as const,
          creditCode,
          name: found.employerName,
          contactName: account.contactName,
          regionCode: account.regionCode,
        },
      };
    });
  }

  private async issueCode(
    purpose: OtpPurpose,
    subjectKey: string,
    phone: string | null,
    ip: string | null,
    subjectForLog: string,
  ): Promise<OtpAnswer> {
    if (!this.sms.available) {
      throw new ProblemException(503, '短信服务尚未配置，暂不能通过验证码登录，请到经办窗口办理', { type: '/problems/sms-unavailable' });
    }
    const last = await this.repo.latestChallenge(purpose, subjectKey);
    if (last && Date.now() - last.createdAt.getTime() < RESEND_AFTER_SECONDS * 1000) {
      const wait = Math.ceil(RESEND_AFTER_SECONDS - (Date.now() - last.createdAt.getTime()) / 1000);
      throw new ProblemException(429, `请${wait}秒后再获取验证码`, { type: '/problems/too-many-codes', extra: { retryAfterSeconds: wait } });
    }
    if ((await this.repo.countChallengesSince(purpose, subjectKey, new Date(Date.now() - 86_400_000))) >= MAX_CODES_PER_DAY) {
      throw new ProblemException(429, '今日获取验证码次数已达上限，请明天再试或到经办窗口办理', { type: '/problems/too-many-codes' });
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.repo.createChallenge({
      purpose,
      subjectKey,
      // Without a phone on record the code is never sent, so nobody can know it.
      codeHash: codeHash(subjectKey, phone ? code : `${code}:unsent:${randomInt(0, 1_000_000_000)}`),
      expiresAt: new Date(Date.now() + CODE_TTL_SECONDS * 1000),
    });
    if (phone) {
      try {
        await this.sms.send(phone, `【惠民】您的登录验证码为${code}，5分钟内有效。请勿告诉他人。`);
      } catch (err) {
        this.logger.error({ err }, 'SMS sending failed');
        throw new ProblemException(503, '短信发送失败，请稍后重试', { type: '/problems/sms-unavailable' });
      }
    }
    await this.audit.record({
      actor: purpose === 'person_login' ? `applicant:${maskIdNumber(subjectForLog)}` : `employer:${subjectForLog}`,
      action: 'applicant.otp.request',
      entity: purpose === 'person_login' ? 'person' : 'employer',
      entityId: subjectKey,
      ip,
      after: { sent: phone !== null, to: phone ? maskPhone(phone) : null },
    });
    return { message: SENT_MESSAGE, expiresInSeconds: CODE_TTL_SECONDS, resendAfterSeconds: RESEND_AFTER_SECONDS };
  }

  private async checkCode(purpose: OtpPurpose, subjectKey: string, code: string, ip: string | null): Promise<void> {
    const challenge = await this.repo.liveChallenge(purpose, subjectKey, MAX_ATTEMPTS);
    const given = Buffer.from(codeHash(subjectKey, code), 'hex');
    const ok = !!challenge && timingSafeEqual(given, Buffer.from(challenge.codeHash, 'hex'));
    if (!ok || !challenge || !(await this.repo.consume(challenge.id, this.repo.db))) {
      if (challenge && !ok) await this.repo.countAttempt(challenge.id);
      await this.audit.record({ actor: 'applicant', action: 'applicant.login.failure', entity: purpose === 'person_login' ? 'person' : 'employer', entityId: subjectKey, ip });
      throw unauthorized(BAD_CODE);
    }
  }
}
