import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { regionCodeSchema } from '@huimin/domain';
import { ApiZodQuery, ZodPipe } from '../../common/zod.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { grantRecordHtml } from './grant-record-html.js';
import { StatisticsService } from './statistics.service.js';

const month = z.string({ error: '请填写报告月份' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应形如 2026-11');
const format = z.enum(['json', 'xlsx'], { error: '格式应为 json 或 xlsx' }).default('json');
const monthlyQuery = z.object({ regionCode: regionCodeSchema, month, format });
const quarterlyQuery = z.object({
  regionCode: regionCodeSchema,
  year: z.coerce.number().int('年份应为整数').min(2000, '年份应在2000—2100之间').max(2100, '年份应在2000—2100之间'),
  quarter: z.coerce.number().int('季度应为1—4').min(1, '季度应为1—4').max(4, '季度应为1—4'),
});
const recordQuery = z.object({ format: z.enum(['json', 'html'], { error: '格式应为 json 或 html' }).default('json') });

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const STATISTICS_READERS = ['handler', 'reviewer', 'head', 'finance', 'province_admin', 'auditor'] as const;

@ApiTags('skill-subsidy')
@ApiBearerAuth()
@Controller('v1/skill-subsidy')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get('statistics/monthly')
  @Roles(...STATISTICS_READERS)
  @ApiOperation({ summary: '技能提升补贴发放情况统计表（附件4，按月；format=xlsx 为表格原样式）' })
  @ApiZodQuery(monthlyQuery)
  async monthly(@Query(new ZodPipe(monthlyQuery)) q: z.output<typeof monthlyQuery>, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) reply: FastifyReply) {
    if (q.format === 'json') return this.statistics.monthly(user, q.regionCode, q.month);
    return send(reply, await this.statistics.monthlyXlsx(user, q.regionCode, q.month));
  }

  @Get('statistics/notice-list')
  @Roles(...STATISTICS_READERS)
  @ApiOperation({ summary: '技能提升补贴申请人员公示备案情况表（附件2，按公示开始月份；format=xlsx）' })
  @ApiZodQuery(monthlyQuery)
  async noticeList(@Query(new ZodPipe(monthlyQuery)) q: z.output<typeof monthlyQuery>, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) reply: FastifyReply) {
    if (q.format === 'json') return this.statistics.noticeList(user, q.regionCode, q.month);
    return send(reply, await this.statistics.noticeListXlsx(user, q.regionCode, q.month));
  }

  @Get('statistics/quarterly')
  @Roles(...STATISTICS_READERS)
  @ApiOperation({ summary: '季度补贴申领发放情况（黑龙江）' })
  @ApiZodQuery(quarterlyQuery)
  quarterly(@Query(new ZodPipe(quarterlyQuery)) q: z.output<typeof quarterlyQuery>, @CurrentUser() user: AuthenticatedUser) {
    return this.statistics.quarterly(user, q.regionCode, q.year, q.quarter);
  }

  @Get('persons/:personId/grant-record')
  @Roles('handler', 'reviewer', 'head', 'province_admin', 'auditor')
  @ApiOperation({ summary: '技能提升补贴享受情况证明（转移接续，A11；format=html 可打印）' })
  @ApiZodQuery(recordQuery)
  async grantRecord(@Param('personId') personId: string, @Query(new ZodPipe(recordQuery)) q: z.output<typeof recordQuery>, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const record = await this.statistics.grantRecord(user, personId);
    if (q.format === 'json') return record;
    reply.header('content-type', 'text/html; charset=utf-8');
    reply.header('cache-control', 'no-store');
    return grantRecordHtml(record);
  }
}

function send(reply: FastifyReply, file: { content: Buffer; filename: string }) {
  reply.header('content-type', XLSX);
  reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
  reply.header('cache-control', 'no-store');
  return file.content;
}
