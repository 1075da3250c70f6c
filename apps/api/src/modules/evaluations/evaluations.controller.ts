import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { evaluateJobStabilization, evaluateSkillSubsidy, evaluateUnemploymentBenefit, jobStabilizationEvaluationRequestSchema, skillSubsidyEvaluationRequestSchema, unemploymentBenefitEvaluationRequestSchema, type JobStabilizationEvaluationRequest, type SkillSubsidyEvaluationRequest, type UnemploymentBenefitEvaluationRequest, skillSubsidyEvaluationContract, unemploymentBenefitEvaluationContract, jobStabilizationEvaluationContract } from '@huimin/domain';
import { ApiZodBody, ApiZodResponse, ZodPipe } from '../../common/zod.js';
import { Public } from '../auth/auth.decorators.js';

/*
 * The public policy calculator (API.md "Evaluation"): pure functions of the facts sent, nothing stored.
 * The same engine decides real applications. One controller per program, so that a deployment without a
 * program has no route for it.
 */

@ApiTags('evaluations')
@Controller('v1/evaluations')
export class SkillSubsidyEvaluationController {
  @Public()
  @Post('skill-upgrade-subsidy')
  @HttpCode(200)
  @ApiOperation({ summary: '技能提升补贴测算（公开，不保存）' })
  @ApiZodBody(skillSubsidyEvaluationRequestSchema)
  @ApiZodResponse(skillSubsidyEvaluationContract)
  evaluate(@Body(new ZodPipe(skillSubsidyEvaluationRequestSchema)) body: SkillSubsidyEvaluationRequest) {
    return evaluateSkillSubsidy(body);
  }
}

@ApiTags('evaluations')
@Controller('v1/evaluations')
export class UnemploymentBenefitEvaluationController {
  @Public()
  @Post('unemployment-benefit')
  @HttpCode(200)
  @ApiOperation({ summary: '失业保险金测算（公开，不保存）' })
  @ApiZodBody(unemploymentBenefitEvaluationRequestSchema)
  @ApiZodResponse(unemploymentBenefitEvaluationContract)
  evaluate(@Body(new ZodPipe(unemploymentBenefitEvaluationRequestSchema)) body: UnemploymentBenefitEvaluationRequest) {
    return evaluateUnemploymentBenefit(body);
  }
}

@ApiTags('evaluations')
@Controller('v1/evaluations')
export class JobStabilizationEvaluationController {
  @Public()
  @Post('job-stabilization')
  @HttpCode(200)
  @ApiOperation({ summary: '稳岗返还测算（公开，不保存）' })
  @ApiZodBody(jobStabilizationEvaluationRequestSchema)
  @ApiZodResponse(jobStabilizationEvaluationContract)
  evaluate(@Body(new ZodPipe(jobStabilizationEvaluationRequestSchema)) body: JobStabilizationEvaluationRequest) {
    return evaluateJobStabilization(body);
  }
}
