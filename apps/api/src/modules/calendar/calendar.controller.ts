import { Body, Controller, Get, Param, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { calendarYearSchema, isoDateSchema, calendarYearSummariesContract, loadedCalendarYearContract, calendarStatusContract, workingDaysResultContract } from '@huimin/domain';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../../common/zod.js';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/auth.types.js';
import { CalendarService } from './calendar.service.js';

const addWorkingDaysQuery = z.object({
  from: isoDateSchema,
  days: z.coerce.number({ message: '天数应为整数' }).int('天数应为整数').min(0, '天数不能为负').max(366, '天数不能超过366'),
});

const yearParam = z.coerce.number().int('年份应为整数').min(2000, '年份应在2000—2100之间').max(2100, '年份应在2000—2100之间');

@ApiTags('calendar')
@Controller('v1/calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Public()
  @Get('years')
  @ApiOperation({ summary: '已载入的节假日安排年份' })
  @ApiZodResponse(calendarYearSummariesContract)
  years() {
    return this.calendar.listYears();
  }

  @Public()
  @Get('years/:year')
  @ApiOperation({ summary: '某年的节假日安排（放假日期与调休上班日期）' })
  @ApiZodResponse(loadedCalendarYearContract)
  year(@Param('year', new ZodPipe(yearParam)) year: number) {
    return this.calendar.getYear(year);
  }

  @Get('status')
  @ApiBearerAuth()
  @ApiOperation({ summary: '节假日安排载入情况（每年11月起提醒载入下一年）' })
  @ApiZodResponse(calendarStatusContract)
  status() {
    return this.calendar.status();
  }

  @Public()
  @Get('add-working-days')
  @ApiOperation({ summary: '计算第N个工作日（按国务院办公厅节假日安排）' })
  @ApiZodQuery(addWorkingDaysQuery)
  @ApiZodResponse(workingDaysResultContract)
  addWorkingDays(@Query(new ZodPipe(addWorkingDaysQuery)) q: z.output<typeof addWorkingDaysQuery>) {
    return this.calendar.addWorkingDays(q.from, q.days);
  }

  @Put('years/:year')
  @Roles('system_admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: '载入或更正某年的节假日安排（系统管理员）' })
  @ApiZodBody(calendarYearSchema)
  @ApiZodResponse(loadedCalendarYearContract)
  putYear(
    @Param('year', new ZodPipe(yearParam)) year: number,
    @Body() body: unknown,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ) {
    return this.calendar.putYear(year, body, user, request.ip);
  }
}
