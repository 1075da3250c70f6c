// The baseline of the API load benchmark (issue 8): a bare Fastify server with a pg pool that runs the same SQL as
// the API for the same three requests — the staff session and user look-up and sliding expiry of every authenticated
// request, then the case and its steps (case page), or one page with its counts per status (worklist) —
// and the same engine call for the public calculator. No NestJS, no validation, no view building, no decryption,
// no access rules: what is left when the framework and the API's own work are taken away.
//
//   DATABASE_URL=… PORT=… node bench/bare-server.mjs
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import Fastify from 'fastify';
import { evaluateSkillSubsidy } from '@huimin/domain';

// pg is a dependency of @huimin/db (the API reaches PostgreSQL through it): the baseline takes the same driver.
const pg = createRequire(import.meta.resolve('@huimin/db'))('pg');

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });
const hash = (token) => createHash('sha256').update(token).digest('hex');

// The guard's statements (AuthRepository.findLiveSessionWithUser, then touchSession only when the sliding end is a
// minute behind: AuthService.authenticate). Column by column as drizzle writes them: the same bytes cross the wire.
const SESSION_WITH_USER = `select "sessions"."id", "sessions"."user_id", "sessions"."created_at", "sessions"."expires_at", "sessions"."refresh_hash",
    "sessions"."refresh_expires_at", "sessions"."revoked_at", "users"."id", "users"."username", "users"."display_name", "users"."password_hash",
    "users"."roles", "users"."region_code", "users"."disabled", "users"."failed_logins", "users"."locked_until", "users"."password_changed_at",
    "users"."must_change_password", "users"."created_at", "users"."updated_at"
  from "sessions" inner join "users" on "users"."id" = "sessions"."user_id"
  where ("sessions"."id" = $1 and "sessions"."revoked_at" is null and "sessions"."expires_at" > $2) limit $3`;
async function staff(request, reply) {
  const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
  const tokenHash = hash(token);
  const now = new Date();
  // rowMode array: the two tables share column names, as drizzle reads a join.
  const row = (await pool.query({ name: 'live_session_with_user', text: SESSION_WITH_USER, values: [tokenHash, now, 1], rowMode: 'array' })).rows[0];
  if (!row) return reply.code(401).send({ title: 'unauthorized' });
  const expiresAt = new Date(now.getTime() + 30 * 60_000);
  if (expiresAt.getTime() - row[3].getTime() >= 60_000) {
    await pool.query('update "sessions" set "expires_at" = $1 where "sessions"."id" = $2', [expiresAt, tokenHash]);
  }
  return { id: row[7], region_code: row[12] };
}

// The region scope as the API's range (regionScopeSql): `220100`–`220199` for a city.
function scope(code) {
  const prefix = code === '000000' ? '' : code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code;
  return [prefix.padEnd(6, '0'), prefix.padEnd(6, '9')];
}

app.get('/case/:id', async (request, reply) => {
  const user = await staff(request, reply);
  if (!user) return;
  // Named statements, like the API's prepared reads of the case page (CasesRepository).
  const row = (await pool.query({ name: 'case_by_id', text: 'select * from "cases" where "cases"."id" = $1 limit $2', values: [request.params.id, 1] })).rows[0];
  if (!row) return reply.code(404).send({ title: 'not found' });
  const steps = (await pool.query({ name: 'steps_of_case', text: 'select * from "case_steps" where "case_steps"."case_id" = $1 order by "case_steps"."seq" asc', values: [row.id] })).rows;
  return { ...row, steps };
});

app.get('/worklist', async (request, reply) => {
  const user = await staff(request, reply);
  if (!user) return;
  const page = Number(request.query.page ?? 1);
  const [from, to] = scope(user.region_code);
  // The page as the API reads it (caseListPage of @huimin/db): the ids by an index-only walk, then the line's columns;
  // named statements like the API's (executeNamed), so each is parsed and planned once per connection.
  const rows = (
    await pool.query({
      name: 'worklist_page',
      text: `select "cases"."id", "cases"."status", "cases"."channel", "cases"."region_code", "cases"."applicant_name", "cases"."facts"->'person'->>'idNumberMasked' as "id_number_masked",
              "cases"."certificate_no", "cases"."certificate_kind", "cases"."occupation", "cases"."level", "cases"."amount_fen", "cases"."application_date", "cases"."due_kind", "cases"."due_on", "cases"."created_at"
         from "cases" inner join (select "id" from "cases" where "cases"."region_code" BETWEEN $1 AND $2 order by "cases"."created_at" desc, "cases"."id" asc limit $3 offset $4) "page_ids" on "cases"."id" = "page_ids"."id"
        order by "cases"."created_at" desc, "cases"."id" asc`,
      values: [from, to, 20, (page - 1) * 20],
    })
  ).rows;
  // The counts per status as the API reads them (the maintained counts of migration 0008), the total their sum.
  const counts = (
    await pool.query({
      name: 'worklist_counts',
      text: 'select "status", sum("n")::int as n from "case_status_counts" where ("case_status_counts"."program" = $1 and "case_status_counts"."region_code" between $2 and $3) group by "case_status_counts"."status"',
      values: ['skill-subsidy', from, to],
    })
  ).rows;
  return { items: rows, total: counts.reduce((sum, c) => sum + c.n, 0), page, pageSize: 20, counts };
});

app.post('/calculator', async (request) => evaluateSkillSubsidy(request.body));

await app.listen({ port: Number(process.env.PORT ?? 3001), host: '127.0.0.1' });
process.send?.('ready');
