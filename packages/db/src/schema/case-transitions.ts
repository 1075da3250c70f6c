import { skillSubsidyCaseMachine } from '@huimin/domain';

/**
 * The SQL of the trigger that lets a case's status move only along the workflow's (from, to) pairs
 * (`skillSubsidyCaseMachine.transitionPairs()`), so that no code path and no ad-hoc UPDATE can skip a step
 * (DESIGN.md: "review as a state machine, enforced by the database as well"). The committed migration holds
 * this text verbatim; `case-transitions.spec.ts` fails when the domain's workflow and the migration disagree,
 * and a new migration with the regenerated text is then due.
 */
export function caseTransitionTriggerSql(): string {
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
--> statement-breakpoint
CREATE TRIGGER "cases_status_transition"
  BEFORE UPDATE OF "status" ON "cases"
  FOR EACH ROW EXECUTE FUNCTION "cases_status_transition_check"();
--> statement-breakpoint
-- A case's history is append-only: a step is never rewritten or removed (D1 留痕可溯).
CREATE OR REPLACE FUNCTION "case_steps_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_steps is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "case_steps_no_update_delete"
  BEFORE UPDATE OR DELETE ON "case_steps"
  FOR EACH ROW EXECUTE FUNCTION "case_steps_append_only"();
`;
}
