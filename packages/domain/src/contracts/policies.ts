import { z } from 'zod';
import { PROGRAM_IDS } from '../programs/index.js';
import { LAYER_KINDS, PARAMETER_MARKS, RULE_SET_BASES } from '../policies/schema.js';
import { contract, isoDate, regionCode } from './common.js';

export const parameterMarkContract = contract('ParameterMark', z.enum(PARAMETER_MARKS));

const ruleLayerShape = {
  id: z.string(),
  packId: z.string(),
  regionCode,
  kind: z.enum(LAYER_KINDS),
  documentNo: z.string(),
  title: z.string(),
  mark: parameterMarkContract,
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
};

/** One layer of a rule set as a decision reports it. */
export const ruleLayerContract = contract('RuleLayer', z.strictObject(ruleLayerShape));

/** A layer of a rule set in force, with the notes explaining it. */
export const policyLayerContract = contract('PolicyLayer', z.strictObject({ ...ruleLayerShape, notes: z.array(z.string()) }));

/** `GET /api/v1/policies`: one program's rule set in force in a region on a date. */
export const policyInForceContract = contract(
  'PolicyInForce',
  z.strictObject({
    program: z.enum(PROGRAM_IDS),
    programName: z.string(),
    regionCode,
    date: isoDate,
    basis: z.enum(RULE_SET_BASES),
    /** The most specific layer applied, and its document. */
    id: z.string(),
    source: z.string(),
    ruleSetId: z.string(),
    sources: z.array(z.string()),
    packIds: z.array(z.string()),
    layers: z.array(policyLayerContract),
    /** The program's parameters (numbers, lists and tables, per program). */
    params: z.record(z.string(), z.unknown()),
    /** Id of the layer that set each parameter. */
    paramLayers: z.record(z.string(), z.string()),
    marks: z.record(z.string(), parameterMarkContract),
    parameterLabels: z.record(z.string(), z.string()),
    warnings: z.array(z.string()),
  }),
);

export const policiesInForceContract = z.array(policyInForceContract);
