import type { ApplicantKind } from '@huimin/db';
import type { AuthenticatedUser } from '../auth/auth.types.js';

/**
 * Who is calling. Staff carry roles and a region scope; applicants (a person after real-name login, or an
 * employer account) carry only themselves: they see their own records and nothing else.
 */
export interface ApplicantPrincipal {
  kind: ApplicantKind;
  accountId: string;
  /** The person's blind index (kind `person`). */
  personKey: string | null;
  /** The employer's credit code (kind `employer`). */
  creditCode: string | null;
  regionCode: string;
}

export interface RequestWithPrincipal {
  user?: AuthenticatedUser;
  applicant?: ApplicantPrincipal;
}
