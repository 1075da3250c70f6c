import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { caseDetailContract, caseListContract, employerBatchResultContract } from '@huimin/domain';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../../common/zod.js';
import type { RequestWithPrincipal } from '../access/principal.js';
import { Roles } from '../auth/auth.decorators.js';
import { CasesService, type CaseCaller } from './cases.service.js';
import { rowsFromUpload, UPLOAD_MIMES } from '../registry-import/registry-files.js';
import { applicationSchema, batchQuery, decisionSchema, listQuery, optionalReasonSchema, payeeCorrectionSchema, ratingSchema, reasonSchema } from './cases.types.js';

/** The caller the guard put on the request: staff user or applicant (the route's rule said which may come). */
function callerOf(request: FastifyRequest & RequestWithPrincipal): CaseCaller {
  if (request.user) return { kind: 'staff', user: request.user };
  if (request.applicant) return { kind: 'applicant', applicant: request.applicant };
  throw new Error('case route reached without a principal');
}

/** API.md "Skills-upgrade subsidy cases". */
@ApiTags('skill-subsidy')
@ApiBearerAuth()
@Controller('v1/skill-subsidy/applications')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Post()
  @ApiOperation({ summary: '提交技能提升补贴申请（在线/窗口/单位集中/代办；事实取自登记数据并固化）' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '同一幂等键重复提交只受理一次，返回首次结果' })
  @ApiZodBody(applicationSchema)
  @ApiZodResponse(caseDetailContract, 201)
  async submit(
    @Body(new ZodPipe(applicationSchema)) body: z.output<typeof applicationSchema>,
    @Headers('idempotency-key') key: string | undefined,
    @Req() request: FastifyRequest & RequestWithPrincipal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.cases.submit(callerOf(request), body, key, request.ip);
    reply.status(result.statusCode);
    if (result.replayed) reply.header('idempotent-replayed', 'true');
    return result.body;
  }

  @Get()
  @ApiOperation({ summary: '申请列表（按状态、渠道、职业、等级、日期、是否超期筛选；含各状态数量）' })
  @ApiZodQuery(listQuery)
  @ApiZodResponse(caseListContract)
  list(@Query(new ZodPipe(listQuery)) q: z.output<typeof listQuery>, @Req() request: FastifyRequest & RequestWithPrincipal) {
    return this.cases.list(callerOf(request), q);
  }

  @Get(':id')
  @ApiOperation({ summary: '申请详情（固化的事实、测算结果、环节、期限、可办操作）' })
  @ApiZodResponse(caseDetailContract)
  get(@Param('id') id: string, @Req() request: FastifyRequest & RequestWithPrincipal) {
    return this.cases.get(callerOf(request), id);
  }

  @Post(':id/decisions')
  @Roles('handler', 'reviewer', 'head')
  @ApiOperation({ summary: '审核（经办→复核→负责人，各环节由不同人员办理；不通过须填写理由）' })
  @ApiZodBody(decisionSchema)
  @ApiZodResponse(caseDetailContract, 201)
  decide(@Param('id') id: string, @Body(new ZodPipe(decisionSchema)) body: z.output<typeof decisionSchema>, @Req() request: FastifyRequest & RequestWithPrincipal) {
    return this.cases.act(callerOf(request), id, body.decision, body.reason, request.ip);
  }

  @Post(':id/appeal')
  @ApiOperation({ summary: '申请人对审核不通过申请复核（限一次，由其他人员重新审核）' })
  @ApiZodBody(reasonSchema)
  @ApiZodResponse(caseDetailContract, 201)
  appeal(@Param('id') id: string, @Body(new ZodPipe(reasonSchema)) body: z.output<typeof reasonSchema>, @Req() request: FastifyRequest & RequestWithPrincipal) {
    return this.cases.act(callerOf(request), id, 'appeal', body.reason, request.ip);
  }

  @Post(':id/withdraw')
  @ApiOperation({ summary: '申请人撤回申请（审核通过前）' })
  @ApiZodBody(optionalReasonSchema)
  @ApiZodResponse(caseDetailContract, 201)
  withdraw(@Param('id') id: string, @Body(new ZodPipe(optionalReasonSchema)) body: z.output<typeof optionalReasonSchema>, @Req() request: FastifyRequest & RequestWithPrincipal) {
    return this.cases.act(callerOf(request), id, 'withdraw', body.reason, request.ip);
  }

  @Post(':id/rating')
  @ApiOperation({ summary: '申请人对办结的申请进行服务评价（好差评，1～5分，每个申请一次）' })
  @ApiZodBody(ratingSchema)
  @ApiZodResponse(caseDetailContract, 201)
  rate(@Param('id') id: string, @Body(new ZodPipe(ratingSchema)) body: z.output<typeof ratingSchema>, @Req() request: FastifyRequest & RequestWithPrincipal) {
    return this.cases.rate(callerOf(request), id, body, request.ip);
  }

  @Post(':id/payee')
  @Roles('handler')
  @ApiOperation({ summary: '更正收款信息（公示通过待发放或发放失败的案件；更正后由财务重新发放）' })
  @ApiZodBody(payeeCorrectionSchema)
  @ApiZodResponse(caseDetailContract, 201)
  correctPayee(@Param('id') id: string, @Body(new ZodPipe(payeeCorrectionSchema)) body: z.output<typeof payeeCorrectionSchema>, @Req() request: FastifyRequest & RequestWithPrincipal) {
    return this.cases.correctPayee(request.user!, id, body.payee, body.reason, request.ip);
  }
}

/** Issue 7 "Employer area": an employer account applies for its insured staff from a spreadsheet. */
@ApiTags('skill-subsidy')
@ApiBearerAuth()
@Controller('v1/skill-subsidy/employer-batches')
export class EmployerBatchesController {
  constructor(private readonly cases: CasesService) {}

  @Post()
  @HttpCode(200)
  @ApiConsumes(...UPLOAD_MIMES)
  @ApiBody({ description: '申报表文件本身（CSV 或 Excel），不是 JSON', schema: { type: 'string', format: 'binary' } })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '同一幂等键重复提交只受理一次，返回首次结果（预检不使用幂等键）' })
  @ApiZodQuery(batchQuery)
  @ApiOperation({
    summary: '单位集中申请：上传CSV或Excel（首行为 idNumber、certificateNo、payeeKind、accountNo、bankName、phone）',
    description: '每行按单位集中申请（employer_batch）受理为一个申请，或返回该行的错误；dryRun=1 只预检不创建。',
  })
  @ApiZodResponse(employerBatchResultContract)
  async submit(
    @Body() body: unknown,
    @Query(new ZodPipe(batchQuery)) q: z.output<typeof batchQuery>,
    @Headers('content-type') contentType: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Req() request: FastifyRequest & RequestWithPrincipal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { rows } = await rowsFromUpload(contentType, body);
    const { replayed, ...answer } = await this.cases.submitBatch(callerOf(request), rows, q.dryRun, key, request.ip);
    if (replayed) reply.header('idempotent-replayed', 'true');
    return answer;
  }
}
