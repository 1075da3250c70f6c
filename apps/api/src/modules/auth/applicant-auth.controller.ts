import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { otpAnswerContract, personLoginContract, employerLoginContract } from '@huimin/domain';
import { ApiZodBody, ApiZodResponse, ZodPipe } from '../../common/zod.js';
import { ApplicantAuthService } from './applicant-auth.service.js';
import { employerLoginSchema, employerOtpSchema, personLoginSchema, personOtpSchema } from './applicant-auth.types.js';
import { Public } from './auth.decorators.js';
import { bearerToken } from './auth.guard.js';
import { AuthService } from './auth.service.js';

@ApiTags('applicant-auth')
@Controller('v1/applicant-auth')
export class ApplicantAuthController {
  constructor(
    private readonly applicants: ApplicantAuthService,
    private readonly auth: AuthService,
  ) {}

  @Public()
  @Post('otp')
  @HttpCode(202)
  @ApiOperation({
    summary: '个人实名登录：获取短信验证码',
    description: '身份证号与姓名须与社保登记信息一致，验证码发送至登记的手机号码；无论是否一致，回答相同。',
  })
  @ApiZodBody(personOtpSchema)
  @ApiZodResponse(otpAnswerContract, 202)
  personOtp(@Body(new ZodPipe(personOtpSchema)) body: z.output<typeof personOtpSchema>, @Req() request: FastifyRequest) {
    return this.applicants.requestPersonCode(body.idNumber, body.name, request.ip);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: '个人实名登录：身份证号＋姓名＋短信验证码' })
  @ApiZodBody(personLoginSchema)
  @ApiZodResponse(personLoginContract)
  personLogin(@Body(new ZodPipe(personLoginSchema)) body: z.output<typeof personLoginSchema>, @Req() request: FastifyRequest) {
    return this.applicants.loginPerson(body.idNumber, body.name, body.code, request.ip);
  }

  @Public()
  @Post('employer-otp')
  @HttpCode(202)
  @ApiOperation({ summary: '单位账户登录：获取短信验证码（发送至单位账户登记的联系人手机）' })
  @ApiZodBody(employerOtpSchema)
  @ApiZodResponse(otpAnswerContract, 202)
  employerOtp(@Body(new ZodPipe(employerOtpSchema)) body: z.output<typeof employerOtpSchema>, @Req() request: FastifyRequest) {
    return this.applicants.requestEmployerCode(body.creditCode, request.ip);
  }

  @Public()
  @Post('employer-login')
  @HttpCode(200)
  @ApiOperation({ summary: '单位账户登录：统一社会信用代码＋短信验证码' })
  @ApiZodBody(employerLoginSchema)
  @ApiZodResponse(employerLoginContract)
  employerLogin(@Body(new ZodPipe(employerLoginSchema)) body: z.output<typeof employerLoginSchema>, @Req() request: FastifyRequest) {
    return this.applicants.loginEmployer(body.creditCode, body.code, request.ip);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: '申请人退出登录' })
  async logout(@Req() request: FastifyRequest): Promise<void> {
    const token = bearerToken(request);
    if (token) await this.auth.logoutApplicant(token);
  }
}
