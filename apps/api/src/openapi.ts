import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { API_VERSION } from './version.js';

/** The OpenAPI document is generated from the controllers and their zod schemas: /api/docs and /api/docs-json. */
export function setUpOpenApi(app: NestFastifyApplication): void {
  const config = new DocumentBuilder()
    .setTitle('惠民 Huimin API')
    .setDescription('失业保险技能提升补贴、失业保险金、稳岗返还经办平台接口。金额单位为分，日期为 YYYY-MM-DD（北京时间）。')
    .setVersion(API_VERSION)
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
