import { Body, Controller, Get, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { staffAccountContract, staffAccountPageContract } from '@huimin/domain';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../../common/zod.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { UsersService } from './users.service.js';
import { createUserSchema, listUsersQuery, passwordResetSchema, updateUserSchema } from './users.types.js';

@ApiTags('users')
@ApiBearerAuth()
@Controller('v1/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles('system_admin', 'auditor')
  @ApiOperation({ summary: '工作人员账户列表（本人管辖地区内）' })
  @ApiZodQuery(listUsersQuery)
  @ApiZodResponse(staffAccountPageContract)
  list(@Query(new ZodPipe(listUsersQuery)) q: z.output<typeof listUsersQuery>, @CurrentUser() admin: AuthenticatedUser) {
    return this.users.list(admin, q.page, q.pageSize);
  }

  @Get(':id')
  @Roles('system_admin', 'auditor')
  @ApiOperation({ summary: '工作人员账户详情' })
  @ApiZodResponse(staffAccountContract)
  get(@Param('id') id: string, @CurrentUser() admin: AuthenticatedUser) {
    return this.users.get(admin, id);
  }

  @Post()
  @Roles('system_admin')
  @ApiOperation({
    summary: '开设工作人员账户（系统管理员）',
    description: '业务岗位（经办、复核、负责人）与财务岗位不能兼任，内控审计岗位不兼任其他岗位（D1）；首次登录须修改初始密码。',
  })
  @ApiZodBody(createUserSchema)
  @ApiZodResponse(staffAccountContract, 201)
  create(
    @Body(new ZodPipe(createUserSchema)) body: z.output<typeof createUserSchema>,
    @CurrentUser() admin: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ) {
    return this.users.create(admin, body, request.ip);
  }

  @Patch(':id')
  @Roles('system_admin')
  @ApiOperation({ summary: '修改账户：姓名、岗位、地区、停用（系统管理员）；岗位、地区变更或停用后原登录失效' })
  @ApiZodBody(updateUserSchema)
  @ApiZodResponse(staffAccountContract)
  update(
    @Param('id') id: string,
    @Body(new ZodPipe(updateUserSchema)) body: z.output<typeof updateUserSchema>,
    @CurrentUser() admin: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ) {
    return this.users.update(admin, id, body, request.ip);
  }

  @Post(':id/password-reset')
  @Roles('system_admin')
  @ApiOperation({ summary: '重置密码为临时密码并解锁（系统管理员）；用户下次登录须先修改密码' })
  @ApiZodBody(passwordResetSchema)
  @ApiZodResponse(staffAccountContract, 201)
  resetPassword(
    @Param('id') id: string,
    @Body(new ZodPipe(passwordResetSchema)) body: z.output<typeof passwordResetSchema>,
    @CurrentUser() admin: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ) {
    return this.users.resetPassword(admin, id, body.password, request.ip);
  }
}
