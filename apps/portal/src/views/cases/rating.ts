// 好差评 (issue 7): five levels, each said in words as the national 好差评 scale does, so a star is never the
// only cue; the comment is optional and as long as the API takes.
import type { RatingBody } from '../../api/applicant';

export const RATING_LABELS: Readonly<Record<number, string>> = {
  1: '非常不满意',
  2: '不满意',
  3: '基本满意',
  4: '满意',
  5: '非常满意',
};

export const RATING_COMMENT_MAX = 500;

export interface RatingForm {
  score: number | null;
  comment: string;
}

export type RatingErrors = Partial<Record<keyof RatingForm, string>>;

export function validateRating(form: RatingForm): { ok: true; request: RatingBody } | { ok: false; errors: RatingErrors } {
  const errors: RatingErrors = {};
  if (form.score === null || !Number.isInteger(form.score) || form.score < 1 || form.score > 5) errors.score = '请选择评价等级';
  const comment = form.comment.trim();
  if (comment.length > RATING_COMMENT_MAX) errors.comment = `评价内容不能超过${RATING_COMMENT_MAX}个字`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, request: { score: form.score as number, ...(comment ? { comment } : {}) } };
}
