import { sql } from 'drizzle-orm';
import { check, index, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Administrative divisions (GB/T 2260) the deployment knows: the nation (`000000`, the scope of national
 * roles such as the auditor), provinces, pooling regions (cities) and, where useful, counties. Loaded from
 * @huimin/domain's REGIONS by `seedReference`; other tables carry the 6-digit code without a foreign key so
 * that registry imports from the core system never fail on a division we have not listed (DESIGN.md).
 */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level').notNull(),
    parentCode: text('parent_code'),
  },
  (t) => [
    check('regions_code_check', sql`${t.code} ~ '^[0-9]{6}$'`),
    check('regions_level_check', sql`${t.level} IN ('national', 'province', 'city', 'county')`),
    index('regions_parent_code_idx').on(t.parentCode),
  ],
);

export type RegionRow = typeof regions.$inferSelect;
export type NewRegionRow = typeof regions.$inferInsert;
