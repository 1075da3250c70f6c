import { Body, Controller, Get, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { noticeBatchesContract, OBJECTION_STATUSES, objectionDecisionContract, objectionPageContract, objectionReceiptContract, objectionSubmissionSchema, publishedNoticeContract, regionCodeSchema } from '@huimin/domain';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../../common/zod.js';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { NoticesService } from './notices.service.js';

const publishSchema = z.object({ regionCode: regionCodeSchema });
const publicQuery = z.object({ regionCode: regionCodeSchema.optional() });
const objectionListQuery = z.object({
  regionCode: regionCodeSchema.optional(),
  status: z.enum(OBJECTION_STATUSES, { error: '异议状态取值无效' }).optional(),
  page: z.coerce.number({ error: '页码应为正整数' }).int('页码应为正整数').min(1, '页码应为正整数').default(1),
  pageSize: z.coerce.number({ error: '每页条数应为1～100' }).int('每页条数应为1～100').min(1, '每页条数应为1～100').max(100, '每页条数应为1～100').default(20),
});
const objectionDecisionSchema = z.object({
  decision: z.enum(['uphold', 'dismiss'], { error: '处理结果应为 uphold 或 dismiss' }),
  reason: z.string({ error: '请填写核查结论' }).trim().min(1, '请填写核查结论').max(500, '核查结论不能超过500个字'),
});

/** Public notice of the skills subsidy (POLICY.md A15). */
@ApiTags('notices')
@Controller('v1')
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  @Post('skill-subsidy/notices')
  @ApiBearerAuth()
  @Roles('handler')
  @ApiOperation({ summary: '编制公示批次：本地区审核通过的申请列入公示（不少于5个工作日）' })
  @ApiZodBody(publishSchema)
  @ApiZodResponse(publishedNoticeContract, 201)
  publish(@Body(new ZodPipe(publishSchema)) body: z.output<typeof publishSchema>, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.notices.publish(user, body.regionCode, request.ip);
  }

  @Get('public/skill-subsidy/notices')
  @Public()
  @ApiOperation({ summary: '公示名单（公开；姓名、身份证号脱敏）' })
  @ApiZodQuery(publicQuery)
  @ApiZodResponse(noticeBatchesContract)
  list(@Query(new ZodPipe(publicQuery)) q: z.output<typeof publicQuery>) {
    return this.notices.publicList(q.regionCode);
  }

  @Post('public/skill-subsidy/notices/items/:itemId/objections')
  @Public()
  @ApiOperation({ summary: '对公示人员提出异议（公开；须留联系人和手机号）' })
  @ApiZodBody(objectionSubmissionSchema)
  @ApiZodResponse(objectionReceiptContract, 201)
  object(@Param('itemId') itemId: string, @Body(new ZodPipe(objectionSubmissionSchema)) body: z.output<typeof objectionSubmissionSchema>, @Req() request: FastifyRequest) {
    return this.notices.object(itemId, body, request.ip);
  }

  @Get('skill-subsidy/objections')
  @ApiBearerAuth()
  @ApiOperation({ summary: '异议列表（本地区；按状态筛选，附各状态数量）' })
  @ApiZodQuery(objectionListQuery)
  @ApiZodResponse(objectionPageContract)
  listObjections(@Query(new ZodPipe(objectionListQuery)) q: z.output<typeof objectionListQuery>, @CurrentUser() user: AuthenticatedUser) {
    return this.notices.listObjections(user, q);
  }

  @Post('skill-subsidy/objections/:id/decisions')
  @ApiBearerAuth()
  @Roles('handler', 'head')
  @ApiOperation({ summary: '异议核查结论：成立（取消补贴资格）或不成立' })
  @ApiZodBody(objectionDecisionSchema)
  @ApiZodResponse(objectionDecisionContract, 201)
  decide(@Param('id') id: string, @Body(new ZodPipe(objectionDecisionSchema)) body: z.output<typeof objectionDecisionSchema>, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.notices.decide(user, id, body.decision === 'uphold' ? 'upheld' : 'dismissed', body.reason, request.ip);
  }
}
