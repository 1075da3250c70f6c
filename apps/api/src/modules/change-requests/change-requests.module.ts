import { Module } from '@nestjs/common';
import { RegistryModule } from '../registry/registry.module.js';
import { ChangeRequestsController } from './change-requests.controller.js';
import { ChangeRequestsRepository } from './change-requests.repository.js';
import { ChangeRequestsService } from './change-requests.service.js';

@Module({
  imports: [RegistryModule],
  controllers: [ChangeRequestsController],
  providers: [ChangeRequestsRepository, ChangeRequestsService],
})
export class ChangeRequestsModule {}
