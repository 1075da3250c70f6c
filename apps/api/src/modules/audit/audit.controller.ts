import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { auditVerificationContract, auditEntryPageContract } from '@huimin/domain';
import { ApiZodQuery, ApiZodResponse, ZodPipe } from '../../common/zod.js';
import { Roles } from '../auth/auth.decorators.js';
import { AuditService } from './audit.service.js';

const entriesQuery = z.object({
  entity: z.string().max(64).optional(),
  entityId: z.string().max(128).optional(),
  actor: z.string().max(128).optional(),
  action: z.string().max(128).optional(),
  from: z.iso.datetime({ offset: true, message: '应为 ISO 8601 时间' }).optional(),
  to: z.iso.datetime({ offset: true, message: '应为 ISO 8601 时间' }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

@ApiTags('audit')
@ApiBearerAuth()
@Controller('v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('verify')
  @Roles('auditor')
  @ApiOperation({ summary: '校验审计日志哈希链' })
  @ApiZodResponse(auditVerificationContract)
  verify() {
    return this.audit.verify();
  }

  @Get('entries')
  @Roles('auditor')
  @ApiOperation({ summary: '查阅审计日志（谁、何时、做了什么、从何处，写操作含前后值）' })
  @ApiZodQuery(entriesQuery)
  @ApiZodResponse(auditEntryPageContract)
  entries(@Query(new ZodPipe(entriesQuery)) q: z.output<typeof entriesQuery>) {
    const { page, pageSize, from, to, ...filter } = q;
    return this.audit.list({ ...filter, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined }, page, pageSize);
  }
}
