import { Module } from '@nestjs/common';
import {
  JobStabilizationEvaluationController,
  SkillSubsidyEvaluationController,
  UnemploymentBenefitEvaluationController,
} from './evaluations.controller.js';

@Module({ controllers: [SkillSubsidyEvaluationController] })
export class SkillSubsidyEvaluationModule {}

@Module({ controllers: [UnemploymentBenefitEvaluationController] })
export class UnemploymentBenefitEvaluationModule {}

@Module({ controllers: [JobStabilizationEvaluationController] })
export class JobStabilizationEvaluationModule {}
