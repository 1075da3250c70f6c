// 好差评 (D3) as plain functions: the list's state in the URL and the summary's shares.
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { RATING_SCORES, type RatingPage, type RatingQuery, type RatingScore } from '../../api/ratings';
import { firstOf, pagingFromQuery, pagingToQuery } from '../common/list-query';

export interface RatingListState {
  score: RatingScore | null;
  page: number;
  pageSize: number;
}

export function ratingsFromQuery(query: LocationQuery): RatingListState {
  const score = Number(firstOf(query.score));
  return { score: (RATING_SCORES as readonly number[]).includes(score) ? (score as RatingScore) : null, ...pagingFromQuery(query) };
}

export function ratingsToQuery(state: RatingListState, region: string, userRegion: string): LocationQueryRaw {
  return { ...(region !== userRegion ? { region } : {}), ...(state.score !== null ? { score: String(state.score) } : {}), ...pagingToQuery(state) };
}

export function listQueryOf(state: RatingListState, regionCode: string): RatingQuery {
  return { regionCode, ...(state.score !== null ? { score: state.score } : {}), page: state.page, pageSize: state.pageSize };
}

/** Each score's count and share of all ratings (whole percent), highest score first. */
export function distribution(summary: RatingPage['summary']): { score: RatingScore; count: number; percent: number }[] {
  return RATING_SCORES.map((score) => {
    const count = summary.byScore[String(score) as '1'] ?? 0;
    return { score, count, percent: summary.count > 0 ? Math.round((count / summary.count) * 100) : 0 };
  });
}

/** 满意 (4–5) and 不满意 (1–2) as 好差评 reports them. */
export function satisfaction(summary: RatingPage['summary']): { good: number; bad: number } {
  const n = (s: string) => summary.byScore[s as '1'] ?? 0;
  return { good: n('4') + n('5'), bad: n('1') + n('2') };
}
