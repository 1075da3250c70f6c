// 好差评 (POLICY.md D3): the ratings applicants gave their finished cases, with the summary of the filter. The
// shapes are the API's own (generated from its OpenAPI document).
import type { RatingListQuery } from '@huimin/api-client';
import { data, type HttpClient } from './http';

export type { ServiceRating as RatingItem, ServiceRatingPage as RatingPage } from '@huimin/api-client';

/** The scores a filter offers, best first. */
export const RATING_SCORES = [5, 4, 3, 2, 1] as const;
export type RatingScore = (typeof RATING_SCORES)[number];

/** The list's query as the screen sends it: a score from the list above, the page always set. */
export type RatingQuery = Omit<RatingListQuery, 'score'> & { score?: RatingScore; page: number; pageSize: number };

export function createRatingsApi(http: HttpClient) {
  return {
    list: (query: RatingQuery) => data(http.GET('/api/v1/skill-subsidy/ratings', { params: { query } })),
  };
}

export type RatingsApi = ReturnType<typeof createRatingsApi>;
