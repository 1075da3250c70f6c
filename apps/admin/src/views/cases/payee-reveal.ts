// The payee account in clear (POLICY.md A16, D2): only for the roles the API lets see it, only with a reason
// (each reveal is an audit entry naming who saw which case's account and why), and only for a short while.

/** Roles of `POST …/applications/:id/payee-reveal` (the API answers 403 to anyone else). */
export const PAYEE_REVEAL_ROLES: readonly string[] = ['handler', 'finance', 'head'];

/** How long the full account stays on screen before it is masked again. */
export const REVEAL_SECONDS = 60;

/** The API's limit on the reason. */
export const REVEAL_REASON_MAX = 200;

export function canRevealPayee(roles: readonly string[]): boolean {
  return roles.some((role) => PAYEE_REVEAL_ROLES.includes(role));
}

/** The reason as sent (trimmed), or the Chinese message to show beside the field. */
export function checkRevealReason(input: string): { ok: true; value: string } | { ok: false; message: string } {
  const value = input.trim();
  if (value === '') return { ok: false, message: '请填写查看原因' };
  if (value.length > REVEAL_REASON_MAX) return { ok: false, message: `查看原因不能超过${REVEAL_REASON_MAX}个字` };
  return { ok: true, value };
}

/** An account number in groups of four, easier to read aloud to the applicant. */
export function groupAccount(accountNo: string): string {
  return accountNo.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Who opens the case page: the work-list roles, and finance, who reads a case (the API lets it) to check the
 * payee of a payment with the applicant.
 */
export const CASE_PAGE_ROLES: readonly string[] = ['handler', 'reviewer', 'head', 'finance'];
