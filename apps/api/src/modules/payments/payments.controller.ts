import { Body, Controller, Get, Headers, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isoDateSchema, regionCodeSchema } from '@huimin/domain';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../../common/zod.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { PaymentsService } from './payments.service.js';
import { RecoveryService } from './recovery.service.js';

const buildSchema = z.object({ regionCode: regionCodeSchema });
const listQuery = z.object({ regionCode: regionCodeSchema.optional() });
const fen = (what: string) => z.number({ error: `${what}应为整数（分）` }).int(`${what}应为整数（分）`).positive(`${what}应大于0`).max(100_000_000, `${what}过大`);
const recoverySchema = z.object({
  amountFen: fen('追回金额').optional(),
  reason: z.string({ error: '请填写追回原因' }).trim().min(1, '请填写追回原因').max(500, '追回原因不能超过500个字'),
  dueOn: isoDateSchema,
});
const repaymentSchema = z.object({
  amountFen: fen('还款金额'),
  paidOn: isoDateSchema,
  reference: z.string({ error: '请填写还款凭证号' }).trim().min(1, '请填写还款凭证号').max(64, '还款凭证号过长'),
});

/** Payment of the skills subsidy (POLICY.md A16, D1, D2): batches by finance, approved by a second finance user. */
@ApiTags('skill-subsidy')
@ApiBearerAuth()
@Controller('v1/skill-subsidy')
export class PaymentsController {
  constructor(
    private readonly payments: PaymentsService,
    private readonly recovery: RecoveryService,
  ) {}

  @Post('payment-batches')
  @Roles('finance')
  @ApiOperation({ summary: '组建发放批次：本地区公示通过（及发放失败已更正）的案件，组批时复核条件' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '同一幂等键重复组批只组一次，返回首次的批次' })
  @ApiZodBody(buildSchema)
  async build(
    @Body(new ZodPipe(buildSchema)) body: z.output<typeof buildSchema>,
    @Headers('idempotency-key') key: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.payments.build(user, body.regionCode, key, request.ip);
    if (result.replayed) reply.header('idempotent-replayed', 'true');
    return result.body;
  }

  @Get('payment-batches')
  @ApiOperation({ summary: '发放批次列表' })
  @ApiZodQuery(listQuery)
  list(@Query(new ZodPipe(listQuery)) q: z.output<typeof listQuery>, @CurrentUser() user: AuthenticatedUser) {
    return this.payments.list(user, q.regionCode);
  }

  @Get('payment-batches/:id')
  @ApiOperation({ summary: '发放批次详情（明细、发放期限、是否超期）' })
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.payments.get(user, id);
  }

  @Post('payment-batches/:id/approve')
  @Roles('finance')
  @ApiOperation({ summary: '审批发放批次（须由组批人以外的财务人员审批）' })
  approve(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.payments.approve(user, id, request.ip);
  }

  @Get('payment-batches/:id/bank-file')
  @Roles('finance')
  @ApiOperation({ summary: '导出银行代发文件（CSV，惠民通用格式；导出留痕）' })
  async bankFile(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const file = await this.payments.bankFile(user, id, request.ip);
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="${file.filename}"`);
    reply.header('cache-control', 'no-store');
    return file.content;
  }

  @Post('payment-batches/:id/bank-result')
  @Roles('finance')
  @ApiConsumes('text/csv')
  @ApiOperation({ summary: '导入银行结果文件（按业务参考号逐笔核对：成功/失败及原因）' })
  importResult(@Param('id') id: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.payments.importResult(user, id, body as Buffer, request.ip);
  }

  @Post('applications/:id/recovery-orders')
  @Roles('handler', 'head')
  @ApiOperation({ summary: '发起追回：已发放的案件经查不符合条件（金额、原因、期限）' })
  @ApiZodBody(recoverySchema)
  openRecovery(@Param('id') id: string, @Body(new ZodPipe(recoverySchema)) body: z.output<typeof recoverySchema>, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.recovery.open(user, id, body, request.ip);
  }

  @Post('recovery-orders/:id/repayments')
  @Roles('finance')
  @ApiOperation({ summary: '登记追回还款；全部追回后案件为已追回，享受记录撤销' })
  @ApiZodBody(repaymentSchema)
  repay(@Param('id') id: string, @Body(new ZodPipe(repaymentSchema)) body: z.output<typeof repaymentSchema>, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.recovery.repay(user, id, body, request.ip);
  }
}
