import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { changeRequestContract, changeRequestPageContract } from '@huimin/domain';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../../common/zod.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { ChangeRequestsService } from './change-requests.service.js';
import { createChangeRequestSchema, decisionSchema, listChangeRequestsQuery } from './change-requests.types.js';

@ApiTags('change-requests')
@ApiBearerAuth()
@Controller('v1/change-requests')
export class ChangeRequestsController {
  constructor(private readonly changes: ChangeRequestsService) {}

  @Post()
  @ApiOperation({ summary: '提出个人信息变更申请（须由另一名工作人员审批后生效，D1）' })
  @ApiZodBody(createChangeRequestSchema)
  @ApiZodResponse(changeRequestContract, 201)
  create(
    @Body(new ZodPipe(createChangeRequestSchema)) body: z.output<typeof createChangeRequestSchema>,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ) {
    return this.changes.create(user, body, request.ip);
  }

  @Get()
  @ApiOperation({ summary: '变更申请列表（本人管辖地区）' })
  @ApiZodQuery(listChangeRequestsQuery)
  @ApiZodResponse(changeRequestPageContract)
  list(@Query(new ZodPipe(listChangeRequestsQuery)) q: z.output<typeof listChangeRequestsQuery>, @CurrentUser() user: AuthenticatedUser) {
    return this.changes.list(user, q.regionCode, q.status, q.page, q.pageSize);
  }

  @Get(':id')
  @ApiOperation({ summary: '变更申请详情（新值脱敏显示）' })
  @ApiZodResponse(changeRequestContract)
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.changes.get(user, id);
  }

  @Post(':id/decisions')
  @HttpCode(200)
  @ApiOperation({ summary: '审批变更申请（审批人不能是申请人）' })
  @ApiZodBody(decisionSchema)
  @ApiZodResponse(changeRequestContract)
  decide(
    @Param('id') id: string,
    @Body(new ZodPipe(decisionSchema)) body: z.output<typeof decisionSchema>,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ) {
    return this.changes.decide(user, id, body.decision, body.reason, request.ip);
  }
}
