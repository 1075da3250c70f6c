import { Module } from '@nestjs/common';
import { RegistryImportController } from './registry-import.controller.js';
import { RegistryImportRepository } from './registry-import.repository.js';
import { RegistryImportService } from './registry-import.service.js';

@Module({
  controllers: [RegistryImportController],
  providers: [RegistryImportRepository, RegistryImportService],
})
export class RegistryImportModule {}
