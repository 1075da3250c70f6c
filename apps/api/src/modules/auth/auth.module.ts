import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApplicantAuthController } from './applicant-auth.controller.js';
import { ApplicantAuthRepository } from './applicant-auth.repository.js';
import { ApplicantAuthService } from './applicant-auth.service.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthRepository } from './auth.repository.js';
import { AuthService } from './auth.service.js';

@Module({
  controllers: [AuthController, ApplicantAuthController],
  providers: [
    AuthRepository,
    AuthService,
    ApplicantAuthRepository,
    ApplicantAuthService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, AuthRepository],
})
export class AuthModule {}
