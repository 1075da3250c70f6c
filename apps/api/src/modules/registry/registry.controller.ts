import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { personPageContract, personRecordContract, employerAccountContract } from '@huimin/domain';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../../common/zod.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { RegistryService } from './registry.service.js';
import { employerAccountSchema, listPersonsQuery, personLookupSchema } from './registry.types.js';

@ApiTags('registry')
@ApiBearerAuth()
@Controller('v1')
export class RegistryController {
  constructor(private readonly registry: RegistryService) {}

  @Get('registry/persons')
  @ApiOperation({ summary: '参保人员列表（身份证号、手机号脱敏；仅本人管辖地区）' })
  @ApiZodQuery(listPersonsQuery)
  @ApiZodResponse(personPageContract)
  list(@Query(new ZodPipe(listPersonsQuery)) q: z.output<typeof listPersonsQuery>, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.registry.listPersons(user, q.regionCode, q.page, q.pageSize, request.ip);
  }

  @Get('registry/persons/:id')
  @ApiOperation({ summary: '参保人员详情（查看完整个人信息，记入审计日志）' })
  @ApiZodResponse(personRecordContract)
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.registry.getPerson(user, id, request.ip);
  }

  @Post('registry/persons/lookup')
  @HttpCode(200)
  @ApiOperation({ summary: '按身份证号查找参保人员（身份证号放在请求体中，不进入网址）' })
  @ApiZodBody(personLookupSchema)
  @ApiZodResponse(personRecordContract)
  lookup(@Body(new ZodPipe(personLookupSchema)) body: z.output<typeof personLookupSchema>, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.registry.lookupPerson(user, body.idNumber, request.ip);
  }

  @Post('employer-accounts')
  @ApiOperation({ summary: '为单位开设单位账户（每个统一社会信用代码一个，用于批量申报）' })
  @ApiZodBody(employerAccountSchema)
  @ApiZodResponse(employerAccountContract, 201)
  createEmployerAccount(
    @Body(new ZodPipe(employerAccountSchema)) body: z.output<typeof employerAccountSchema>,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ) {
    return this.registry.createEmployerAccount(user, body, request.ip);
  }
}
