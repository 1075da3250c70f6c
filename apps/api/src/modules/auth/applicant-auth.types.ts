import { z } from 'zod';
import { creditCodeSchema, idNumberSchema } from '@huimin/domain';

const code = z.string().trim().regex(/^\d{6}$/, '验证码为6位数字');
const name = z.string().trim().min(1, '请输入姓名').max(50, '姓名过长');

export const personOtpSchema = z.object({ idNumber: idNumberSchema, name });
export const personLoginSchema = z.object({ idNumber: idNumberSchema, name, code });
export const employerOtpSchema = z.object({ creditCode: creditCodeSchema });
export const employerLoginSchema = z.object({ creditCode: creditCodeSchema, code });
