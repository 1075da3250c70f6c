import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  filedMonthlyStatisticsContract,
  grantRecordContract,
  monthlyStatisticsContract,
  noticeListStatisticsContract,
  quarterlyStatisticsContract,
  regionCodeSchema,
  statisticsTrendContract,
  todayInShanghai,
} from '@huimin/domain';
import { ApiZodQuery, ApiZodResponse, ZodPipe } from '../../common/zod.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { grantRecordHtml } from './grant-record-html.js';
import { FiledStatisticsService } from './statistics-filed.service.js';
import { StatisticsService } from './statistics.service.js';
import { monthCount, TREND_MAX_MONTHS } from './statistics-trend.js';

const month = z.string({ error: '请填写报告月份' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应形如 2026-11');
const format = z.enum(['json', 'xlsx'], { error: '格式应为 json 或 xlsx' }).default('json');
const monthlyQuery = z.object({ regionCode: regionCodeSchema, month, format });
const filedQuery = z.object({ regionCode: regionCodeSchema, month });
const quarterlyQuery = z.object({
  regionCode: regionCodeSchema,
  year: z.coerce.number().int('年份应为整数').min(2000, '年份应在2000—2100之间').max(2100, '年份应在2000—2100之间'),
  quarter: z.coerce.number().int('季度应为1—4').min(1, '季度应为1—4').max(4, '季度应为1—4'),
});
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const trendMonth = (label: string) => z.string({ error: `请填写${label}` }).regex(MONTH, `${label}应形如 2026-11`);
const trendFields = z.object({ regionCode: regionCodeSchema, from: trendMonth('起始月份'), to: trendMonth('结束月份') });
const trendQuery = trendFields.superRefine((q, ctx) => {
  // zod runs this after a field's own issue too: a malformed month has been named already.
  if (!MONTH.test(q.from) || !MONTH.test(q.to)) return;
  if (q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束月份不能早于起始月份' });
  else if (monthCount(q.from, q.to) > TREND_MAX_MONTHS) ctx.addIssue({ code: 'custom', path: ['to'], message: `统计区间不能超过${TREND_MAX_MONTHS}个月` });
  // A month that has not begun has no figures yet; refusing it keeps "0" from reading as a result.
  if (q.to > todayInShanghai().slice(0, 7)) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束月份不能晚于本月' });
});
const recordQuery = z.object({ format: z.enum(['json', 'html'], { error: '格式应为 json 或 html' }).default('json') });

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const STATISTICS_READERS = ['handler', 'reviewer', 'head', 'finance', 'province_admin', 'auditor'] as const;

@ApiTags('skill-subsidy')
@ApiBearerAuth()
@Controller('v1/skill-subsidy')
export class StatisticsController {
  constructor(
    private readonly statistics: StatisticsService,
    private readonly filed: FiledStatisticsService,
  ) {}

  @Get('statistics/monthly/filed')
  @Roles(...STATISTICS_READERS)
  @ApiOperation({ summary: '已报送的月度统计表（附件4，每月初自动生成上月表，报送后不再改写）' })
  @ApiZodQuery(filedQuery)
  @ApiZodResponse(filedMonthlyStatisticsContract)
  filedMonthly(@Query(new ZodPipe(filedQuery)) q: z.output<typeof filedQuery>, @CurrentUser() user: AuthenticatedUser) {
    return this.filed.monthly(user, q.regionCode, q.month);
  }

  @Get('statistics/monthly')
  @Roles(...STATISTICS_READERS)
  @ApiOperation({ summary: '技能提升补贴发放情况统计表（附件4，按月；format=xlsx 为表格原样式）' })
  @ApiZodQuery(monthlyQuery)
  @ApiZodResponse(monthlyStatisticsContract, 200, '附件4（format=json）；format=xlsx 时为表格文件')
  async monthly(@Query(new ZodPipe(monthlyQuery)) q: z.output<typeof monthlyQuery>, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) reply: FastifyReply) {
    if (q.format === 'json') return this.statistics.monthly(user, q.regionCode, q.month);
    return send(reply, await this.statistics.monthlyXlsx(user, q.regionCode, q.month));
  }

  @Get('statistics/notice-list')
  @Roles(...STATISTICS_READERS)
  @ApiOperation({ summary: '技能提升补贴申请人员公示备案情况表（附件2，按公示开始月份；format=xlsx）' })
  @ApiZodQuery(monthlyQuery)
  @ApiZodResponse(noticeListStatisticsContract, 200, '附件2（format=json）；format=xlsx 时为表格文件')
  async noticeList(@Query(new ZodPipe(monthlyQuery)) q: z.output<typeof monthlyQuery>, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) reply: FastifyReply) {
    if (q.format === 'json') return this.statistics.noticeList(user, q.regionCode, q.month);
    return send(reply, await this.statistics.noticeListXlsx(user, q.regionCode, q.month));
  }

  @Get('statistics/quarterly')
  @Roles(...STATISTICS_READERS)
  @ApiOperation({ summary: '季度补贴申领发放情况（黑龙江）' })
  @ApiZodQuery(quarterlyQuery)
  @ApiZodResponse(quarterlyStatisticsContract)
  quarterly(@Query(new ZodPipe(quarterlyQuery)) q: z.output<typeof quarterlyQuery>, @CurrentUser() user: AuthenticatedUser) {
    return this.statistics.quarterly(user, q.regionCode, q.year, q.quarter);
  }

  @Get('statistics/trend')
  @Roles(...STATISTICS_READERS)
  @ApiOperation({ summary: '按月、按下级地区的申请、审核、发放金额和超期在办案件（统计图表）' })
  @ApiZodQuery(trendFields)
  @ApiZodResponse(statisticsTrendContract)
  trend(@Query(new ZodPipe(trendQuery)) q: z.output<typeof trendQuery>, @CurrentUser() user: AuthenticatedUser) {
    return this.statistics.trend(user, q.regionCode, q.from, q.to);
  }

  @Get('persons/:personId/grant-record')
  @Roles('handler', 'reviewer', 'head', 'province_admin', 'auditor')
  @ApiOperation({ summary: '技能提升补贴享受情况证明（转移接续，A11；format=html 可打印）' })
  @ApiZodQuery(recordQuery)
  @ApiZodResponse(grantRecordContract, 200, '享受情况（format=json）；format=html 时为可打印页面')
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
