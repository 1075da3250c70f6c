import { Body, Controller, Get, Headers, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  bankFileLayoutSchema,
  bankFileLayoutsContract,
  bankResultSummaryContract,
  builtPaymentBatchContract,
  isoDateSchema,
  paymentBatchContract,
  paymentBatchSummariesContract,
  RECOVERY_STATUSES,
  recoveryOrderContract,
  recoveryOrderPageContract,
  regionBankFileLayoutContract,
  regionCodeSchema,
} from '@huimin/domain';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../../common/zod.js';
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

const reasonSchema = (what: string) =>
  z.object({ reason: z.string({ error: `请填写${what}原因` }).trim().min(1, `请填写${what}原因`).max(500, `${what}原因不能超过500个字`) });
const discardSchema = reasonSchema('作废');
const writeOffSchema = reasonSchema('核销');
const page = {
  page: z.coerce.number({ error: '页码应为正整数' }).int('页码应为正整数').min(1, '页码应为正整数').default(1),
  pageSize: z.coerce.number({ error: '每页条数应为1～100' }).int('每页条数应为1～100').min(1, '每页条数应为1～100').max(100, '每页条数应为1～100').default(20),
};
const recoveryListQuery = z.object({
  regionCode: regionCodeSchema.optional(),
  caseId: z.uuid({ error: '申请编号格式不正确' }).optional(),
  status: z.enum(RECOVERY_STATUSES, { error: '追回单状态取值无效' }).optional(),
  ...page,
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
  @ApiZodResponse(builtPaymentBatchContract, 201)
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
  @ApiZodResponse(paymentBatchSummariesContract)
  list(@Query(new ZodPipe(listQuery)) q: z.output<typeof listQuery>, @CurrentUser() user: AuthenticatedUser) {
    return this.payments.list(user, q.regionCode);
  }

  @Get('payment-batches/:id')
  @ApiOperation({ summary: '发放批次详情（明细、发放期限、是否超期）' })
  @ApiZodResponse(paymentBatchContract)
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.payments.get(user, id);
  }

  @Post('payment-batches/:id/approve')
  @Roles('finance')
  @ApiOperation({ summary: '审批发放批次（须由组批人以外的财务人员审批）' })
  @ApiZodResponse(paymentBatchContract, 201)
  approve(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.payments.approve(user, id, request.ip);
  }

  @Post('payment-batches/:id/discard')
  @Roles('finance')
  @ApiOperation({ summary: '作废未审批的发放批次（须写明原因；批次内案件可重新组批）' })
  @ApiZodBody(discardSchema)
  @ApiZodResponse(paymentBatchContract, 201)
  discard(@Param('id') id: string, @Body(new ZodPipe(discardSchema)) body: z.output<typeof discardSchema>, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.payments.discard(user, id, body.reason, request.ip);
  }

  @Get('bank-file-layouts')
  @ApiOperation({ summary: '银行代发文件格式：本地区已设置的格式及平台默认格式' })
  @ApiZodResponse(bankFileLayoutsContract)
  layouts(@CurrentUser() user: AuthenticatedUser) {
    return this.payments.listLayouts(user);
  }

  @Put('bank-file-layouts/:regionCode')
  @Roles('finance', 'province_admin')
  @ApiOperation({ summary: '设置某地区代发银行的文件格式（按格式定义校验，留痕）' })
  @ApiZodBody(bankFileLayoutSchema, '代发文件格式定义（逐项校验，错误逐字段返回）')
  @ApiZodResponse(regionBankFileLayoutContract)
  saveLayout(@Param('regionCode', new ZodPipe(regionCodeSchema)) regionCode: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.payments.saveLayout(user, regionCode, body, request.ip);
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
  @ApiZodResponse(bankResultSummaryContract, 201)
  importResult(@Param('id') id: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.payments.importResult(user, id, body as Buffer, request.ip);
  }

  @Post('applications/:id/recovery-orders')
  @Roles('handler', 'head')
  @ApiOperation({ summary: '发起追回：已发放的案件经查不符合条件（金额、原因、期限）' })
  @ApiZodBody(recoverySchema)
  @ApiZodResponse(recoveryOrderContract, 201)
  openRecovery(@Param('id') id: string, @Body(new ZodPipe(recoverySchema)) body: z.output<typeof recoverySchema>, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.recovery.open(user, id, body, request.ip);
  }

  @Get('recovery-orders')
  @ApiOperation({ summary: '追回单列表（本地区；应追、已追、欠款、是否逾期）' })
  @ApiZodQuery(recoveryListQuery)
  @ApiZodResponse(recoveryOrderPageContract)
  listRecovery(@Query(new ZodPipe(recoveryListQuery)) q: z.output<typeof recoveryListQuery>, @CurrentUser() user: AuthenticatedUser) {
    return this.recovery.list(user, q);
  }

  @Get('recovery-orders/:id')
  @ApiOperation({ summary: '追回单详情（还款记录、核销情况）' })
  @ApiZodResponse(recoveryOrderContract)
  getRecovery(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.recovery.get(user, id);
  }

  @Post('recovery-orders/:id/write-off')
  @Roles('head')
  @ApiOperation({ summary: '核销追回单：确实无法追回的，由负责人写明原因核销（享受记录保留）' })
  @ApiZodBody(writeOffSchema)
  @ApiZodResponse(recoveryOrderContract, 201)
  writeOff(@Param('id') id: string, @Body(new ZodPipe(writeOffSchema)) body: z.output<typeof writeOffSchema>, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.recovery.writeOff(user, id, body.reason, request.ip);
  }

  @Post('recovery-orders/:id/repayments')
  @Roles('finance')
  @ApiOperation({ summary: '登记追回还款；全部追回后案件为已追回，享受记录撤销' })
  @ApiZodBody(repaymentSchema)
  @ApiZodResponse(recoveryOrderContract, 201)
  repay(@Param('id') id: string, @Body(new ZodPipe(repaymentSchema)) body: z.output<typeof repaymentSchema>, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.recovery.repay(user, id, body, request.ip);
  }
}
