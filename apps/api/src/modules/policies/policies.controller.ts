import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { isoDateSchema, listPoliciesInForce, regionCodeSchema, todayInShanghai, policiesInForceContract } from '@huimin/domain';
import { ApiZodQuery, ApiZodResponse, ZodPipe } from '../../common/zod.js';
import { ENV } from '../../config/env.token.js';
import type { Env } from '../../config/env.js';
import { Public } from '../auth/auth.decorators.js';

const policiesQuery = z.object({
  regionCode: regionCodeSchema,
  /** Default: today in Asia/Shanghai. */
  date: isoDateSchema.optional(),
});

@ApiTags('policies')
@Controller('v1/policies')
export class PoliciesController {
  constructor(@Inject(ENV) private readonly env: Env) {}

  /** The rule sets in force in a region on a date, with parameters, sources and marks (API.md), for the programs this deployment runs. */
  @Public()
  @Get()
  @ApiOperation({ summary: '某地某日有效的政策（参数、文号、核实标记）' })
  @ApiZodQuery(policiesQuery)
  @ApiZodResponse(policiesInForceContract)
  list(@Query(new ZodPipe(policiesQuery)) q: z.output<typeof policiesQuery>) {
    const date = q.date ?? todayInShanghai();
    return listPoliciesInForce(q.regionCode, date).filter((p) => this.env.HUIMIN_PROGRAMS.includes(p.program));
  }
}
