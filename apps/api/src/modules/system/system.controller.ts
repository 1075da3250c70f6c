import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ProgramId } from '@huimin/domain';
import { systemInfoContract } from '@huimin/domain';
import { ApiZodResponse } from '../../common/zod.js';
import { ENV } from '../../config/env.token.js';
import type { Env } from '../../config/env.js';
import { Public } from '../auth/auth.decorators.js';
import { API_VERSION } from '../../version.js';

@ApiTags('system')
@Controller('v1/system')
export class SystemController {
  constructor(@Inject(ENV) private readonly env: Env) {}

  /** What this deployment offers, so both web apps show only the programs that are turned on. */
  @Public()
  @Get('info')
  @ApiOperation({ summary: '本部署开通的业务与运行模式' })
  @ApiZodResponse(systemInfoContract)
  info(): { programs: ProgramId[]; demo: boolean; version: string } {
    return { programs: this.env.HUIMIN_PROGRAMS, demo: this.env.HUIMIN_DEMO, version: API_VERSION };
  }
}
