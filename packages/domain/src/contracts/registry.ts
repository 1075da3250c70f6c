import { z } from 'zod';
import { CERTIFICATE_KINDS } from '../engine/requests.js';
import { certificateLevel, contract, count, isoDate, page, regionCode, rowErrorContract, uuid } from './common.js';

const sex = z.enum(['male', 'female']);

const personSummaryShape = {
  id: uuid,
  idNumberMasked: z.string(),
  name: z.string(),
  sex,
  birthDate: isoDate,
  phoneMasked: z.string().nullable(),
  regionCode,
};

/** An insured person in a list: ID number and phone masked. */
export const personSummaryContract = contract('PersonSummary', z.strictObject(personSummaryShape));

export const personPageContract = contract('PersonPage', page(personSummaryContract));

/** One person's record for the staff handling it: the full numbers (the read is audited). */
export const personRecordContract = contract(
  'PersonRecord',
  z.strictObject({
    id: uuid,
    idNumber: z.string(),
    name: z.string(),
    sex,
    birthDate: isoDate,
    phone: z.string().nullable(),
    regionCode,
    address: z.string().nullable(),
  }),
);

/** `GET /api/v1/me/person`: the applicant's own record, masked. */
export const myPersonContract = contract('MyPerson', z.strictObject({ ...personSummaryShape, address: z.string().nullable() }));

/** `GET /api/v1/me/certificates`: a certificate the applicant holds. */
export const myCertificateContract = contract(
  'MyCertificate',
  z.strictObject({
    certificateNo: z.string(),
    kind: z.enum(CERTIFICATE_KINDS),
    /** National level: 5 初级 … 1 高级技师. */
    level: certificateLevel,
    occupation: z.string(),
    issueDate: isoDate,
    issuer: z.string(),
  }),
);

export const myCertificatesContract = z.array(myCertificateContract);

/** `GET /api/v1/me/employer`: the employer account's registry record. */
export const myEmployerContract = contract(
  'MyEmployer',
  z.strictObject({ creditCode: z.string(), name: z.string(), regionCode, industry: z.string(), size: z.enum(['large', 'sme', 'micro']) }),
);

/** `POST /api/v1/employer-accounts`: the account opened for an employer. */
export const employerAccountContract = contract(
  'EmployerAccount',
  z.strictObject({
    id: uuid,
    creditCode: z.string(),
    employerName: z.string(),
    contactName: z.string(),
    contactPhoneMasked: z.string(),
    regionCode,
  }),
);

/** `POST /api/v1/registry/*`: rows stored, and the rows refused with why. */
export const importResultContract = contract(
  'ImportResult',
  z.strictObject({ inserted: count, updated: count, errors: z.array(rowErrorContract) }),
);
