import { Body, Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { importResultContract } from '@huimin/domain';
import { ApiZodResponse, ZodPipe } from '../../common/zod.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { rowsFromUpload, UPLOAD_MIMES } from './registry-files.js';
import { RegistryImportService } from './registry-import.service.js';
import { REGISTRY_KINDS, type RegistryKind } from './registry-import.types.js';

const kindParam = z.enum(REGISTRY_KINDS, { error: '导入类型应为 employers、persons、contributions 或 certificates' });

/** API.md "Registry import" (role data_admin, own regions only): JSON arrays, and the same from CSV/Excel files. */
@ApiTags('registry')
@ApiBearerAuth()
@Controller('v1/registry')
export class RegistryImportController {
  constructor(private readonly imports: RegistryImportService) {}

  @Post('employers')
  @HttpCode(200)
  @Roles('data_admin')
  @ApiOperation({ summary: '导入参保单位（按统一社会信用代码新增或更新，最多10000条）' })
  @ApiZodResponse(importResultContract)
  employers(@Body() body: unknown, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.imports.import('employers', user, body, request.ip);
  }

  @Post('persons')
  @HttpCode(200)
  @Roles('data_admin')
  @ApiOperation({ summary: '导入参保人员（按身份证号新增或更新，最多10000条）' })
  @ApiZodResponse(importResultContract)
  persons(@Body() body: unknown, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.imports.import('persons', user, body, request.ip);
  }

  @Post('contributions')
  @HttpCode(200)
  @Roles('data_admin')
  @ApiOperation({ summary: '导入缴费记录（按身份证号+月份新增或更新，最多10000条）' })
  @ApiZodResponse(importResultContract)
  contributions(@Body() body: unknown, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.imports.import('contributions', user, body, request.ip);
  }

  @Post('certificates')
  @HttpCode(200)
  @Roles('data_admin')
  @ApiOperation({ summary: '导入职业资格/职业技能等级证书（按证书编号新增或更新，最多10000条）' })
  @ApiZodResponse(importResultContract)
  certificates(@Body() body: unknown, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.imports.import('certificates', user, body, request.ip);
  }

  @Post('imports/:kind')
  @HttpCode(200)
  @Roles('data_admin')
  @ApiConsumes(...UPLOAD_MIMES)
  @ApiBody({ description: '导出文件本身（CSV 或 Excel），不是 JSON', schema: { type: 'string', format: 'binary' } })
  @ApiParam({ name: 'kind', enum: REGISTRY_KINDS, description: '导入类型' })
  @ApiOperation({ summary: '从核心系统导出的CSV或Excel文件导入（首行为字段名，与JSON导入相同）' })
  @ApiZodResponse(importResultContract)
  async file(
    // Typed `string` for the decorator metadata (the pipe has checked it is a kind): a zod type here would be
    // emitted as zod's own function by some compilers and give the OpenAPI document a bogus schema.
    @Param('kind', new ZodPipe(kindParam)) kind: string,
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ) {
    const { rows, source } = await rowsFromUpload(contentType, body);
    return this.imports.import(kind as RegistryKind, user, rows, request.ip, source);
  }
}
