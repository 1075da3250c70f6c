import { it } from 'vitest';
import { listPoliciesInForce, resolveRuleSet } from './index.js';
it('probe', () => {
  const r = resolveRuleSet('skill-subsidy', '220100', '2024-05-01');
  console.log(r?.ruleSetId, r?.warnings, r?.params.minContributionMonths);
  console.log(resolveRuleSet('skill-subsidy', '220100', '2027-05-01')?.warnings);
  console.log(resolveRuleSet('skill-subsidy', '150100', '2017-05-01')?.warnings);
  console.log(JSON.stringify(listPoliciesInForce('371500', '2024-03-01')).slice(0, 600));
});
