import { z } from 'zod';
import { creditCodeSchema, idNumberSchema, mobilePhoneSchema, regionCodeSchema } from '@huimin/domain';

export const listPersonsQuery = z.object({
  regionCode: regionCodeSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** Looking a person up by ID number goes in a POST body: a number in a URL ends up in proxies' logs. */
export const personLookupSchema = z.object({ idNumber: idNumberSchema });

export const employerAccountSchema = z.object({
  creditCode: creditCodeSchema,
  contactName: z.string().trim().min(1, '请输入联系人姓名').max(50, '姓名过长'),
  contactPhone: mobilePhoneSchema,
});

/** A person in a list: ID number and phone masked (issue 4). */
export interface PersonListItem {
  id: string;
  idNumberMasked: string;
  name: string;
  sex: string;
  birthDate: string;
  phoneMasked: string | null;
  regionCode: string;
}

/** A person's record for staff handling it: the full numbers, and the read is audited. */
export interface PersonDetail {
  id: string;
  idNumber: string;
  name: string;
  sex: string;
  birthDate: string;
  phone: string | null;
  regionCode: string;
  address: string | null;
}
