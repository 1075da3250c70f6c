import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { regionCodeSchema, serviceRatingPageContract } from '@huimin/domain';
import { ApiZodQuery, ApiZodResponse, ZodPipe } from '../../common/zod.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { ServiceRatingsService } from './service-ratings.service.js';

const listQuery = z.object({
  regionCode: regionCodeSchema.optional(),
  score: z.coerce.number({ error: '评分应为1～5的整数' }).int('评分应为1～5的整数').min(1, '评分应为1～5的整数').max(5, '评分应为1～5的整数').optional(),
  page: z.coerce.number({ error: '页码应为正整数' }).int('页码应为正整数').min(1, '页码应为正整数').default(1),
  pageSize: z.coerce.number({ error: '每页条数应为1～100' }).int('每页条数应为1～100').min(1, '每页条数应为1～100').max(100, '每页条数应为1～100').default(20),
});

/** 好差评 as the office reads it (issue 7). */
@ApiTags('skill-subsidy')
@ApiBearerAuth()
@Controller('v1/skill-subsidy/ratings')
export class ServiceRatingsController {
  constructor(private readonly ratings: ServiceRatingsService) {}

  @Get()
  @ApiOperation({ summary: '服务评价（好差评）列表及分布（本地区；申请人姓名脱敏）' })
  @ApiZodQuery(listQuery)
  @ApiZodResponse(serviceRatingPageContract)
  list(@Query(new ZodPipe(listQuery)) q: z.output<typeof listQuery>, @CurrentUser() user: AuthenticatedUser) {
    return this.ratings.list(user, q);
  }
}
