import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@huimin/db';
import { healthContract } from '@huimin/domain';
import { ApiZodResponse } from '../../common/zod.js';
import { ProblemException } from '../../common/problem.js';
import { Public } from '../auth/auth.decorators.js';
import { DB } from '../database/database.module.js';

@ApiTags('system')
@Controller('health')
export class HealthController {
  constructor(@Inject(DB) private readonly handle: DbHandle) {}

  /** 200 only once the database answers (API.md), so a load balancer never routes to an instance without one. */
  @Public()
  @Get()
  @ApiOperation({ summary: '健康检查（数据库可用时返回 ok）' })
  @ApiZodResponse(healthContract)
  async health(): Promise<{ status: 'ok' }> {
    try {
      await this.handle.db.execute(sql`select 1`);
    } catch {
      throw new ProblemException(503, '数据库暂不可用', { type: '/problems/unavailable' });
    }
    return { status: 'ok' };
  }
}
