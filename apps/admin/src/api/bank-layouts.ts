// The agent banks' file layouts (POLICY.md A16, D2): the layouts set for the caller's regions, the platform
// default every other region uses, and setting one region's layout. The shapes are the API's own (generated
// from its OpenAPI document, where the body is the domain's bankFileLayoutSchema).
import type { BankFileLayoutBody } from '@huimin/api-client';
import { data, type HttpClient } from './http';

export type { BankFileLayouts as BankLayouts, RegionBankFileLayout as RegionLayout } from '@huimin/api-client';

export function createBankLayoutsApi(http: HttpClient) {
  return {
    list: () => data(http.GET('/api/v1/skill-subsidy/bank-file-layouts')),
    /** The API validates the layout with the same schema and answers 400 with field errors (`file.columns[0].title`). */
    save: (regionCode: string, layout: BankFileLayoutBody) =>
      data(http.PUT('/api/v1/skill-subsidy/bank-file-layouts/{regionCode}', { params: { path: { regionCode } }, body: layout })),
  };
}

export type BankLayoutsApi = ReturnType<typeof createBankLayoutsApi>;
