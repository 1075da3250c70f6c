import { Controller, Get, Param, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { applicantSelfContract, myPersonContract, myCertificatesContract, myCertificateContract, myEmployerContract } from '@huimin/domain';
import { ApiZodResponse } from '../../common/zod.js';
import type { ApplicantPrincipal } from '../access/principal.js';
import { CurrentApplicant } from '../auth/auth.decorators.js';
import { RegistryService } from './registry.service.js';

/** The applicant's own records. Nothing here takes a person from the request: it is the session's person. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('v1/me')
export class MeController {
  constructor(private readonly registry: RegistryService) {}

  @Get()
  @ApiOperation({ summary: '当前申请人（个人或单位）' })
  @ApiZodResponse(applicantSelfContract)
  me(@CurrentApplicant() applicant: ApplicantPrincipal) {
    return { kind: applicant.kind, regionCode: applicant.regionCode, creditCode: applicant.creditCode };
  }

  @Get('person')
  @ApiOperation({ summary: '本人的参保登记信息（脱敏）' })
  @ApiZodResponse(myPersonContract)
  person(@CurrentApplicant() applicant: ApplicantPrincipal, @Req() request: FastifyRequest) {
    return this.registry.myPerson(applicant, request.ip);
  }

  @Get('certificates')
  @ApiOperation({ summary: '本人的职业资格证书、职业技能等级证书' })
  @ApiZodResponse(myCertificatesContract)
  certificates(@CurrentApplicant() applicant: ApplicantPrincipal) {
    return this.registry.myCertificates(applicant);
  }

  @Get('certificates/:certificateNo')
  @ApiOperation({ summary: '本人的一本证书（他人的证书回答未找到）' })
  @ApiZodResponse(myCertificateContract)
  certificate(@CurrentApplicant() applicant: ApplicantPrincipal, @Param('certificateNo') certificateNo: string) {
    return this.registry.myCertificate(applicant, certificateNo);
  }

  @Get('employer')
  @ApiOperation({ summary: '本单位的参保登记信息' })
  @ApiZodResponse(myEmployerContract)
  employer(@CurrentApplicant() applicant: ApplicantPrincipal) {
    return this.registry.myEmployer(applicant);
  }
}
