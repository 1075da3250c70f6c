import { Module } from '@nestjs/common';
import { MeController } from './me.controller.js';
import { RegistryController } from './registry.controller.js';
import { RegistryRepository } from './registry.repository.js';
import { RegistryService } from './registry.service.js';

@Module({
  controllers: [RegistryController, MeController],
  providers: [RegistryRepository, RegistryService],
  exports: [RegistryService, RegistryRepository],
})
export class RegistryModule {}
