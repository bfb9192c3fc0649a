// The floors of the database figures (issue 20, "The benchmark"): the same aggregate as the endpoint, written as
// one SQL statement and run on the same database, so that a figure can be read against what the engine itself
// needs. They return the rows so that a floor that finds nothing is an error, not a fast zero.
import { sql } from 'kysely';
import type { Database } from '../src/db/connection.ts';
import { todayInVietnam } from '../src/domain/dates/local-date.ts';

/**
 * The committees below a unit with the unit's child they sit under, walked down by `org_unit (parent_id, kind)`,
 * and the plan deadline their cells work under (the nearest guidance above, earliest date): the common tables of
 * both floors, as the routes find them (db/rollups-under.ts).
 */
const committeesBelow = (unitId: string, year: number) => sql`
  WITH RECURSIVE below(committee_id, child_id) AS (
    SELECT id, id FROM org_unit WHERE parent_id = ${unitId} AND kind = 'committee'
    UNION ALL
    SELECT u.id, b.child_id FROM below b JOIN org_unit u ON u.parent_id = b.committee_id AND u.kind = 'committee'
  ), found AS (
    SELECT b.committee_id, up.depth, MIN(g.plan_deadline) AS deadline
      FROM below b
      JOIN org_closure up ON up.descendant_id = b.committee_id
      JOIN guidance g ON g.committee_id = up.ancestor_id AND g.year = ${year}
     GROUP BY b.committee_id, up.depth
  ), deadline AS (
    SELECT f.committee_id, f.deadline FROM found f
     WHERE f.depth = (SELECT MIN(n.depth) FROM found n WHERE n.committee_id = f.committee_id)
  ), cells AS (
    SELECT b.committee_id, b.child_id, SUM(c.cells) AS cells
      FROM below b JOIN committee_cell_day c ON c.committee_id = b.committee_id
     GROUP BY b.committee_id, b.child_id
  )`;

/**
 * The committee overview (`GET /orgs/{id}/plans`), rolled up per direct child (issue 20), in one statement: each
 * cell right under the unit with its name, its plan, the steps it has due and its reports of the year (from its
 * summary); each committee right under it from the committee roll-ups of its subtree (db/committee-rollups.ts):
 * its cells, their plans per state, the cells late against their committee's deadline, the steps overdue today and
 * in how many cells, and their reports.
 */
export async function overviewFloor(database: Database, unitId: string, year: number): Promise<number> {
  const today = todayInVietnam();
  const { rows } = await sql<{ id: string }>`
    ${committeesBelow(unitId, year)}, years AS (
      SELECT cells.child_id, cells.cells, SUM(y.draft) AS draft, SUM(y.adopted) AS adopted,
             SUM(y.submitted) AS submitted, SUM(y.returned) AS returned, SUM(y.acknowledged) AS acknowledged,
             SUM(y.reports) AS reports,
             COALESCE(SUM(y.plan_sent_late), 0) + CASE WHEN ${today} > MAX(dl.deadline)
               THEN cells.cells - COALESCE(SUM(y.plan_sent), 0) ELSE 0 END AS late
        FROM cells
        LEFT JOIN committee_year_rollup y ON y.committee_id = cells.committee_id AND y.year = ${year}
        LEFT JOIN deadline dl ON dl.committee_id = cells.committee_id
       GROUP BY cells.committee_id, cells.child_id, cells.cells
    ), due AS (
      SELECT b.child_id, SUM(CASE WHEN u.kind = 'step' THEN u.n ELSE 0 END) AS steps,
             SUM(CASE WHEN u.kind = 'step_cell' THEN u.n ELSE 0 END) AS step_cells
        FROM below b JOIN committee_due u ON u.committee_id = b.committee_id AND u.year = ${year}
       WHERE u.kind IN ('step', 'step_cell') AND u.due_on < ${today} AND u.open_until >= ${today}
       GROUP BY b.child_id
    )
    SELECT 'cell' AS kind, u.id, u.name, s.plan_id, s.plan_status, s.plan_adopted_on, s.plan_submitted_at,
           s.plan_reviewed_at, s.first_submitted_on, s.reports, s.reports_last_on, s.steps_due,
           NULL AS cells, NULL AS draft, NULL AS adopted, NULL AS submitted, NULL AS returned,
           NULL AS acknowledged, NULL AS late, NULL AS overdue_steps, NULL AS overdue_cells
      FROM org_unit u
      LEFT JOIN cell_year_summary s ON s.cell_id = u.id AND s.year = ${year}
     WHERE (u.parent_id = ${unitId} OR u.id = ${unitId}) AND u.kind = 'cell'
    UNION ALL
    SELECT 'committee', k.id, k.name, NULL, NULL, NULL, NULL, NULL, NULL, SUM(y.reports), NULL, NULL,
           SUM(y.cells), SUM(y.draft), SUM(y.adopted), SUM(y.submitted), SUM(y.returned), SUM(y.acknowledged),
           SUM(y.late), MAX(due.steps), MAX(due.step_cells)
      FROM org_unit k
      JOIN years y ON y.child_id = k.id
      LEFT JOIN due ON due.child_id = k.id
     WHERE k.parent_id = ${unitId} AND k.kind = 'committee'
     GROUP BY k.id, k.name
     ORDER BY kind DESC, name`.execute(database.db);
  if (rows.length === 0) throw new Error('the overview floor found no rows');
  return rows.length;
}

/**
 * The oversight dashboard (`GET /orgs/{id}/oversight`) of a committee with committees under it as ONE statement
 * over the same committee roll-ups the route reads: per child committee its cells, plans adopted, reports and
 * quarters held (`committee_year_rollup`), the year's meetings, study minutes and attendance
 * (`committee_month_rollup`), open and overdue assignments (`committee_due`) — the sums without the route's
 * judgements of today (late plans and reports, cells held to each month and deadline).
 */
export async function oversightFloor(database: Database, unitId: string, year: number): Promise<number> {
  const today = todayInVietnam();
  const { rows } = await sql<{ child_id: string }>`
    ${committeesBelow(unitId, year)}, plans AS (
      SELECT cells.child_id, SUM(cells.cells) AS cells, SUM(y.adopted) AS adopted, SUM(y.reports) AS reports,
             SUM(y.held_q1 + y.held_q2 + y.held_q3 + y.held_q4) AS held
        FROM cells LEFT JOIN committee_year_rollup y ON y.committee_id = cells.committee_id AND y.year = ${year}
       GROUP BY cells.child_id
    ), months AS (
      SELECT b.child_id, SUM(m.regular) AS regular, SUM(m.study_minutes) AS study_minutes,
             SUM(m.present) AS present, SUM(m.expected) AS expected
        FROM below b JOIN committee_month_rollup m ON m.committee_id = b.committee_id AND m.year = ${year}
       GROUP BY b.child_id
    ), tasks AS (
      SELECT b.child_id, SUM(t.n) AS open, SUM(CASE WHEN t.due_on < ${today} THEN t.n ELSE 0 END) AS overdue
        FROM below b JOIN committee_due t ON t.committee_id = b.committee_id AND t.year = ${year} AND t.kind = 'task'
       GROUP BY b.child_id
    )
    SELECT u.id AS child_id, u.name, plans.cells, plans.adopted, plans.reports, plans.held, months.regular,
           months.study_minutes, months.present, months.expected, tasks.open, tasks.overdue
      FROM org_unit u
      LEFT JOIN plans ON plans.child_id = u.id
      LEFT JOIN months ON months.child_id = u.id
      LEFT JOIN tasks ON tasks.child_id = u.id
     WHERE u.parent_id = ${unitId} AND u.kind = 'committee'
     ORDER BY u.name`.execute(database.db);
  if (rows.length === 0) throw new Error('the oversight floor found no units');
  return rows.length;
}

/**
 * The first level of the org tree a signed-in person sees (`GET /orgs`): the units where they hold a role and the
 * units right under them, each with its head count and number of children.
 */
export async function orgsFloor(database: Database, personId: string): Promise<number> {
  const today = todayInVietnam();
  const { rows } = await sql<{ id: string }>`
    SELECT u.id, u.parent_id, u.kind, u.name,
           (SELECT count(*) FROM person p WHERE p.unit_id = u.id AND p.status IN ('official', 'probationary', 'exempt', 'staff')) AS member_count,
           (SELECT count(*) FROM org_unit k WHERE k.parent_id = u.id) AS child_count
      FROM org_unit u
     WHERE u.id IN (SELECT r.unit_id FROM role_assignment r WHERE r.person_id = ${personId} AND r.started_on <= ${today}
                      AND (r.ended_on IS NULL OR r.ended_on > ${today}))
        OR u.parent_id IN (SELECT r.unit_id FROM role_assignment r WHERE r.person_id = ${personId} AND r.started_on <= ${today}
                      AND (r.ended_on IS NULL OR r.ended_on > ${today}))
     ORDER BY u.name`.execute(database.db);
  if (rows.length === 0) throw new Error('the org tree floor found no units');
  return rows.length;
}
