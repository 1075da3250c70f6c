// The statistics routes (POLICY.md A18, D5): 附件4 by month (as data or as the printed .xlsx), the quarterly
// figures and the trend behind the dashboard's charts. The shapes are the API's own (generated from its OpenAPI
// document).
import { data, downloaded, type DownloadedFile, type HttpClient } from './http';

export type {
  MonthlyStatistics as MonthlyTable,
  QuarterlyStatistics as QuarterlyFigures,
  StatisticsTrend as Trend,
  TrendRegion,
  TrendRow,
} from '@huimin/api-client';

export function createStatisticsApi(http: HttpClient) {
  return {
    monthly: (regionCode: string, month: string) => data(http.GET('/api/v1/skill-subsidy/statistics/monthly', { params: { query: { regionCode, month } } })),
    /** 附件4 as the .xlsx in the printed layout, with the file name the API gives. */
    monthlyXlsx: (regionCode: string, month: string): Promise<DownloadedFile> =>
      downloaded(http.GET('/api/v1/skill-subsidy/statistics/monthly', { params: { query: { regionCode, month, format: 'xlsx' } }, parseAs: 'blob' })),
    quarterly: (regionCode: string, year: number, quarter: number) =>
      data(http.GET('/api/v1/skill-subsidy/statistics/quarterly', { params: { query: { regionCode, year, quarter } } })),
    trend: (regionCode: string, from: string, to: string) => data(http.GET('/api/v1/skill-subsidy/statistics/trend', { params: { query: { regionCode, from, to } } })),
  };
}

export type StatisticsApi = ReturnType<typeof createStatisticsApi>;
