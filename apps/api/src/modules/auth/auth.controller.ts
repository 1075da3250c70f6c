import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { staffLoginContract, sessionUserContract } from '@huimin/domain';
import { ApiZodBody, ApiZodResponse, ZodPipe } from '../../common/zod.js';
import { CurrentUser, Public } from './auth.decorators.js';
import { bearerToken } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { loginRequestSchema, passwordChangeSchema, refreshRequestSchema, type AuthenticatedUser } from './auth.types.js';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: '工作人员登录',
    description: '返回访问令牌（空闲超时后失效）与一次性刷新令牌；密码连续错误5次锁定15分钟。',
  })
  @ApiZodBody(loginRequestSchema)
  @ApiZodResponse(staffLoginContract)
  login(@Body(new ZodPipe(loginRequestSchema)) body: z.output<typeof loginRequestSchema>, @Req() request: FastifyRequest) {
    return this.auth.login(body.username, body.password, request.ip);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: '用刷新令牌换取新的令牌（刷新令牌只能使用一次）' })
  @ApiZodBody(refreshRequestSchema)
  @ApiZodResponse(staffLoginContract)
  refresh(@Body(new ZodPipe(refreshRequestSchema)) body: z.output<typeof refreshRequestSchema>, @Req() request: FastifyRequest) {
    return this.auth.refresh(body.refreshToken, request.ip);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: '当前登录用户' })
  @ApiZodResponse(sessionUserContract)
  me(@CurrentUser() user: AuthenticatedUser) {
    return user;
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: '退出登录（令牌立即失效）' })
  async logout(@Req() request: FastifyRequest, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    const token = bearerToken(request);
    if (token) await this.auth.logout(token, user.username, request.ip);
  }

  @Post('password')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({
    summary: '修改本人密码',
    description: '密码至少10位，含大写字母、小写字母、数字、符号中的至少三类，且不能包含用户名；修改后本账户所有登录失效。',
  })
  @ApiZodBody(passwordChangeSchema)
  async changePassword(
    @Body(new ZodPipe(passwordChangeSchema)) body: z.output<typeof passwordChangeSchema>,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.auth.changePassword(user, body.currentPassword, body.newPassword, request.ip);
  }
}
