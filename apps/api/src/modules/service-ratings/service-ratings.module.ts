import { Module } from '@nestjs/common';
import { ServiceRatingsController } from './service-ratings.controller.js';
import { ServiceRatingsRepository } from './service-ratings.repository.js';
import { ServiceRatingsService } from './service-ratings.service.js';

/** The office's view of the skills subsidy's service ratings (the applicant rates through the case routes). */
@Module({
  controllers: [ServiceRatingsController],
  providers: [ServiceRatingsRepository, ServiceRatingsService],
})
export class ServiceRatingsModule {}
