import { Body, Controller, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { counterPreviewContract, creditCodeSchema, employerBatchResultContract, idNumberSchema, revealedPayeeContract } from '@huimin/domain';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../../common/zod.js';
import { rowsFromUpload, UPLOAD_MIMES } from '../registry-import/registry-files.js';
import { batchQuery } from './cases.types.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { CasesService } from './cases.service.js';

const previewSchema = z.object({ idNumber: idNumberSchema });
const counterBatchQuery = batchQuery.extend({ creditCode: creditCodeSchema });
const revealSchema = z.object({
  reason: z.string({ error: '请填写查看原因' }).trim().min(1, '请填写查看原因').max(200, '查看原因不能超过200个字'),
});

/** The counter's screens (issue 6): what the registry holds for a walk-in applicant, and the audited payee reveal. */
@ApiTags('skill-subsidy')
@ApiBearerAuth()
@Controller('v1/skill-subsidy')
export class CounterController {
  constructor(private readonly cases: CasesService) {}

  @Post('counter-preview')
  @Roles('handler')
  @ApiOperation({ summary: '窗口受理预览：按身份证号取登记信息、名下证书及每本证书的测算结果和在办申请（身份证号放在请求体中；留痕）' })
  @ApiZodBody(previewSchema)
  @ApiZodResponse(counterPreviewContract, 201)
  preview(@Body(new ZodPipe(previewSchema)) body: z.output<typeof previewSchema>, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.cases.counterPreview(user, body.idNumber, request.ip);
  }

  @Post('counter-batches')
  @HttpCode(200)
  @Roles('handler')
  @ApiConsumes(...UPLOAD_MIMES)
  @ApiBody({ description: '单位报来的申报表文件本身（CSV 或 Excel），不是 JSON', schema: { type: 'string', format: 'binary' } })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '同一幂等键重复提交只受理一次，返回首次结果（预检不使用幂等键）' })
  @ApiZodQuery(counterBatchQuery)
  @ApiOperation({
    summary: '窗口代单位集中申请：上传单位报来的CSV或Excel（与单位集中申请同一模板），dryRun=1 只预检，逐行返回错误',
    description: '每行按该单位的单位集中申请（employer_batch）受理，须为该单位参保职工；受理人记为经办人。',
  })
  @ApiZodResponse(employerBatchResultContract)
  async counterBatch(
    @Body() body: unknown,
    @Query(new ZodPipe(counterBatchQuery)) q: z.output<typeof counterBatchQuery>,
    @Headers('content-type') contentType: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const readRows = async () => (await rowsFromUpload(contentType, body)).rows;
    const { replayed, ...answer } = await this.cases.submitBatchForEmployer(user, q.creditCode, readRows, q.dryRun, key, request.ip);
    if (replayed) reply.header('idempotent-replayed', 'true');
    return answer;
  }

  @Post('applications/:id/payee-reveal')
  @Roles('handler', 'finance', 'head')
  @ApiOperation({ summary: '查看完整收款账号（须写明原因；每次查看记入审计日志）' })
  @ApiZodBody(revealSchema)
  @ApiZodResponse(revealedPayeeContract, 201)
  reveal(@Param('id') id: string, @Body(new ZodPipe(revealSchema)) body: z.output<typeof revealSchema>, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.cases.revealPayee(user, id, body.reason, request.ip);
  }
}
