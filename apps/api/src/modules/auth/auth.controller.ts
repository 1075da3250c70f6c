import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiZodBody, ZodPipe } from '../../common/zod.js';
import { CurrentUser, Public } from './auth.decorators.js';
import { bearerToken } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { loginRequestSchema, type AuthenticatedUser } from './auth.types.js';
import { z } from 'zod';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: '工作人员登录' })
  @ApiZodBody(loginRequestSchema)
  login(@Body(new ZodPipe(loginRequestSchema)) body: z.output<typeof loginRequestSchema>, @Req() request: FastifyRequest) {
    return this.auth.login(body.username, body.password, request.ip);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: '当前登录用户' })
  me(@CurrentUser() user: AuthenticatedUser) {
    return user;
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: '退出登录（令牌立即失效）' })
  async logout(@Req() request: FastifyRequest): Promise<void> {
    const token = bearerToken(request);
    if (token) await this.auth.logout(token);
  }
}
