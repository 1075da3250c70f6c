import { z } from 'zod';
import { mobilePhoneSchema, regionCodeSchema } from '@huimin/domain';

/** The fields of a person's record a change request may change (the rest come from the core system). */
export const personChangesSchema = z
  .object({
    name: z.string().trim().min(1, '姓名不能为空').max(50, '姓名过长').optional(),
    phone: mobilePhoneSchema.optional(),
    address: z.string().trim().min(1, '地址不能为空').max(200, '地址过长').optional(),
  })
  .strict()
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: '请至少填写一项变更' });

export const createChangeRequestSchema = z.object({
  entity: z.literal('person', { message: '目前可变更的对象为参保人员（person）' }),
  entityId: z.string().uuid('应为记录编号'),
  changes: personChangesSchema,
  reason: z.string().trim().min(2, '请说明变更原因').max(500, '原因过长'),
});

export const decisionSchema = z.object({
  decision: z.enum(['approve', 'reject']),
  reason: z.string().trim().max(500, '原因过长').optional(),
});

export const listChangeRequestsQuery = z.object({
  regionCode: regionCodeSchema.optional(),
  status: z.enum(['pending', 'approved', 'rejected']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export type PersonChanges = z.output<typeof personChangesSchema>;
