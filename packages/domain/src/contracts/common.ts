import { z } from 'zod';

/**
 * Response contracts (issue 6): zod schemas of the JSON the API sends, one file per area. The API documents each
 * route's answer from them (the OpenAPI document the web apps' typed client is generated from) and, when
 * HUIMIN_CHECK_RESPONSES is on, checks every answer against them, so a contract cannot drift from what is sent.
 *
 * The objects are strict: a field the API sends but the contract does not name is a mismatch too, so nothing
 * (an internal key, a blind index) leaves the API undocumented. Nullable (`null` is sent) and optional (the key
 * is left out) are kept apart, as the web apps must handle each differently.
 */

/** Names of the contracts that become components of the OpenAPI document (`#/components/schemas/<id>`). */
export const apiContracts = z.registry<{ id: string; description?: string }>();

/** Registers a schema under a component name; the registry refuses a name given twice. */
export function contract<T extends z.ZodType>(id: string, schema: T, description?: string): T {
  apiContracts.add(schema, description === undefined ? { id } : { id, description });
  return schema;
}

/** YYYY-MM-DD (Asia/Shanghai calendar dates, DESIGN.md). */
export const isoDate = z.iso.date();
/** An instant as `Date.prototype.toISOString` writes it (UTC, `Z`). */
export const isoDateTime = z.iso.datetime();
export const uuid = z.uuid();
/** Money is integer fen. */
export const fen = z.int().min(0);
export const count = z.int().min(0);
export const regionCode = z.string().regex(/^\d{6}$/);
export const certificateLevel = z.int().min(1).max(5);

/** One page of a list: `page` and `pageSize` as the request asked (defaults applied), `total` over all pages. */
export function page<T extends z.ZodType>(item: T) {
  return z.strictObject({ items: z.array(item), total: count, page: z.int().min(1), pageSize: z.int().min(1) });
}

/** One bad row of an upload or import: `index` counts data rows from 0, `path` names the column or field. */
export const rowErrorContract = contract(
  'RowError',
  z.strictObject({ index: count, path: z.string(), message: z.string() }),
);
