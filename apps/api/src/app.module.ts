import { Module, type DynamicModule, type Type } from '@nestjs/common';
import type { DbHandle } from '@huimin/db';
import type { ProgramId } from '@huimin/domain';
import type { Env } from './config/env.js';
import { ENV } from './config/env.token.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { DatabaseModule } from './modules/database/database.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { SystemModule } from './modules/system/system.module.js';
import { PROGRAM_MODULES, SHARED_MODULES } from './programs.js';

@Module({})
export class AppModule {
  /**
   * The modules of the programs this deployment turned on (HUIMIN_PROGRAMS); a program that is off
   * contributes no controller, so its routes answer 404.
   */
  static forRoot(env: Env, handle: DbHandle): DynamicModule {
    const programModules = env.HUIMIN_PROGRAMS.flatMap((p: ProgramId) => PROGRAM_MODULES[p]);
    const imports: Type[] = [HealthModule, SystemModule, AuthModule, ...SHARED_MODULES, ...new Set(programModules)];
    return {
      module: AppModule,
      global: true,
      imports: [DatabaseModule.forHandle(handle), ...imports],
      providers: [{ provide: ENV, useValue: env }],
      exports: [ENV],
    };
  }
}
