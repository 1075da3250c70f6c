import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { PersonalDataCipher, type DbHandle } from '@huimin/db';
import type { ProgramId } from '@huimin/domain';
import type { Env } from './config/env.js';
import { ENV } from './config/env.token.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { SMS_SENDER, smsSenderFromEnv, type SmsSender } from './modules/auth/sms.js';
import { ChangeRequestsModule } from './modules/change-requests/change-requests.module.js';
import { DatabaseModule } from './modules/database/database.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { RegistryModule } from './modules/registry/registry.module.js';
import { RegistryImportModule } from './modules/registry-import/registry-import.module.js';
import { SystemModule } from './modules/system/system.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { PROGRAM_MODULES, SHARED_MODULES } from './programs.js';

/** Identity, access and personal data: on in every deployment, whatever programs are on. */
const IDENTITY_MODULES: Type[] = [AuthModule, UsersModule, RegistryModule, RegistryImportModule, ChangeRequestsModule];

export interface AppModuleOptions {
  /** Where one-time codes go; tests pass a recorder, otherwise the environment decides (sms.ts). */
  smsSender?: SmsSender;
}

@Module({})
export class AppModule {
  /**
   * The modules of the programs this deployment turned on (HUIMIN_PROGRAMS); a program that is off
   * contributes no controller, so its routes answer 404.
   */
  static forRoot(env: Env, handle: DbHandle, options: AppModuleOptions = {}): DynamicModule {
    const programModules = env.HUIMIN_PROGRAMS.flatMap((p: ProgramId) => PROGRAM_MODULES[p]);
    const imports: Type[] = [HealthModule, SystemModule, ...IDENTITY_MODULES, ...SHARED_MODULES, ...new Set(programModules)];
    return {
      module: AppModule,
      global: true,
      imports: [DatabaseModule.forHandle(handle), ...imports],
      providers: [
        { provide: ENV, useValue: env },
        // The keys come from the environment once (env.ts); everything that encrypts gets this one instance.
        { provide: PersonalDataCipher, useValue: new PersonalDataCipher(env.keyRing) },
        { provide: SMS_SENDER, useValue: options.smsSender ?? smsSenderFromEnv(env) },
      ],
      exports: [ENV, PersonalDataCipher, SMS_SENDER],
    };
  }
}
