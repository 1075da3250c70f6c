import { skillSubsidyCaseMachine } from '@huimin/domain';

/**
 * The SQL of the trigger that lets a case's status move only along the workflow's (from, to) pairs
 * (`skillSubsidyCaseMachine.transitionPairs()`), so that no code path and no ad-hoc UPDATE can skip a step
 * (DESIGN.md: "review as a state machine, enforced by the database as well"). The committed migration holds
 * this text verbatim; `case-transitions.spec.ts` fails when the domain's workflow and the migration disagree,
 * and a new migration with the regenerated text is then due.
 */
/**
 * The trigger function alone: a migration that changes the workflow's pairs replaces the function with this
 * text (`CREATE OR REPLACE`), and the trigger of 0003 keeps calling it.
 */
export function caseTransitionFunctionSql(): string {
  const pairs = skillSubsidyCaseMachine
    .transitionPairs()
    .map((p) => `    ('${p.from}', '${p.to}')`)
    .join(',\n');
  return `-- Allowed status changes of a skills-subsidy case, generated from skillSubsidyCaseMachine.transitionPairs()
-- (packages/db/src/schema/case-transitions.ts). A status change outside these pairs is refused.
CREATE OR REPLACE FUNCTION "cases_status_transition_check"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT EXISTS (
    SELECT 1 FROM (VALUES
${pairs}
    ) AS allowed(from_status, to_status)
    WHERE allowed.from_status = OLD.status AND allowed.to_status = NEW.status
  ) THEN
    RAISE EXCEPTION 'case status change % -> % is not allowed', OLD.status, NEW.status
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
`;
}
