// The floors of the database figures (issue 20, "The benchmark"): the same aggregate as the endpoint, written as
// one SQL statement and run on the same database, so that a figure can be read against what the engine itself
// needs. They return the rows so that a floor that finds nothing is an error, not a fast zero.
import { sql } from 'kysely';
import type { Database } from '../src/db/connection.ts';
import { todayInVietnam } from '../src/domain/dates/local-date.ts';

/**
 * The committee overview (`GET /orgs/{id}/plans`), rolled up per direct child (issue 20), in one statement: each
 * cell right under the unit with its name, its plan, the steps it has due (counted overdue as the route does) and
 * its reports of the year (from the summaries); each committee right under it with its cells, their plans per
 * state, the cells late against their committee's deadline (the nearest guidance above, earliest date), the steps
 * overdue today and in how many cells, and their reports.
 */
export async function overviewFloor(database: Database, unitId: string, year: number): Promise<number> {
  const today = todayInVietnam();
  const hasPlan = sql`s.plan_id IS NOT NULL AND s.plan_status IS NOT NULL`;
  const state = (status: string) =>
    sql`SUM(CASE WHEN ${hasPlan} AND s.plan_status = ${status} THEN 1 ELSE 0 END)`;
  const { rows } = await sql<{ id: string }>`
    WITH found AS (
      SELECT k.descendant_id AS committee_id, up.depth, MIN(g.plan_deadline) AS deadline
        FROM org_closure k
        JOIN org_unit ku ON ku.id = k.descendant_id AND ku.kind = 'committee'
        JOIN org_closure up ON up.descendant_id = k.descendant_id
        JOIN guidance g ON g.committee_id = up.ancestor_id AND g.year = ${year}
       WHERE k.ancestor_id = ${unitId} AND k.depth >= 1
       GROUP BY k.descendant_id, up.depth
    ), deadline AS (
      SELECT f.committee_id, f.deadline FROM found f
       WHERE f.depth = (SELECT MIN(n.depth) FROM found n WHERE n.committee_id = f.committee_id)
    )
    SELECT 'cell' AS kind, u.id, u.name, s.plan_id, s.plan_status, s.plan_adopted_on, s.plan_submitted_at,
           s.plan_reviewed_at, s.first_submitted_on, s.reports, s.reports_last_on, s.steps_due,
           NULL AS cells, NULL AS none, NULL AS draft, NULL AS adopted, NULL AS submitted, NULL AS returned,
           NULL AS acknowledged, NULL AS late, NULL AS overdue_steps, NULL AS overdue_cells
      FROM org_closure c
      JOIN org_unit u ON u.id = c.descendant_id AND u.kind = 'cell'
      LEFT JOIN cell_year_summary s ON s.cell_id = u.id AND s.year = ${year}
     WHERE c.ancestor_id = ${unitId} AND c.depth <= 1
    UNION ALL
    SELECT 'committee', k.id, k.name, NULL, NULL, NULL, NULL, NULL, NULL, COALESCE(SUM(s.reports), 0), NULL, NULL,
           COUNT(*), SUM(CASE WHEN ${hasPlan} THEN 0 ELSE 1 END), ${state('draft')}, ${state('adopted')},
           ${state('submitted')}, ${state('returned')}, ${state('acknowledged')},
           SUM(CASE WHEN COALESCE(CASE WHEN ${hasPlan} THEN s.first_submitted_on END, ${today}) > dl.deadline
                    THEN 1 ELSE 0 END),
           (SELECT SUM(o.steps) FROM org_closure oc JOIN cell_step_due o ON o.cell_id = oc.descendant_id
             WHERE oc.ancestor_id = k.id AND o.year = ${year} AND o.due_on < ${today} AND o.open_until >= ${today}),
           (SELECT COUNT(DISTINCT o.cell_id) FROM org_closure oc JOIN cell_step_due o ON o.cell_id = oc.descendant_id
             WHERE oc.ancestor_id = k.id AND o.year = ${year} AND o.due_on < ${today} AND o.open_until >= ${today})
      FROM org_closure ch
      JOIN org_unit k ON k.id = ch.descendant_id AND k.kind = 'committee'
      JOIN org_closure d ON d.ancestor_id = k.id
      JOIN org_unit u ON u.id = d.descendant_id AND u.kind = 'cell'
      LEFT JOIN cell_year_summary s ON s.cell_id = u.id AND s.year = ${year}
      LEFT JOIN deadline dl ON dl.committee_id = u.parent_id
     WHERE ch.ancestor_id = ${unitId} AND ch.depth = 1
     GROUP BY k.id, k.name
     ORDER BY kind DESC, name`.execute(database.db);
  if (rows.length === 0) throw new Error('the overview floor found no rows');
  return rows.length;
}

/**
 * The oversight dashboard (`GET /orgs/{id}/oversight`) as ONE statement over the same maintained summaries the
 * route reads: per unit directly under the committee, its cells, the year's meetings, study minutes and attendance
 * (`cell_month_activity`), plans adopted and reports (`cell_year_summary`), open and overdue assignments
 * (`cell_task_due`) — the sums without the route's per-cell judgements (held per quarter, lateness, due days).
 */
export async function oversightFloor(database: Database, unitId: string, year: number): Promise<number> {
  const today = todayInVietnam();
  const { rows } = await sql<{ child_id: string }>`
    WITH cells AS (
      SELECT child.id AS child_id, cell.id AS cell_id
        FROM org_unit child
        JOIN org_closure k ON k.ancestor_id = child.id
        JOIN org_unit cell ON cell.id = k.descendant_id AND cell.kind = 'cell'
       WHERE child.parent_id = ${unitId}),
    months AS (
      SELECT cells.child_id, SUM(a.thematic) AS thematic, SUM(a.regular) AS regular,
             SUM(a.study_minutes) AS study_minutes, SUM(a.present) AS present, SUM(a.expected) AS expected
        FROM cells JOIN cell_month_activity a ON a.cell_id = cells.cell_id AND a.year = ${year}
       GROUP BY cells.child_id),
    plans AS (
      SELECT cells.child_id, COUNT(*) AS cells,
             SUM(CASE WHEN s.plan_status = 'adopted' THEN 1 ELSE 0 END) AS adopted, SUM(s.reports) AS reports
        FROM cells LEFT JOIN cell_year_summary s ON s.cell_id = cells.cell_id AND s.year = ${year}
       GROUP BY cells.child_id),
    tasks AS (
      SELECT cells.child_id, SUM(t.tasks) AS open,
             SUM(CASE WHEN t.due_on < ${today} THEN t.tasks ELSE 0 END) AS overdue
        FROM cells JOIN cell_task_due t ON t.cell_id = cells.cell_id AND t.year = ${year}
       GROUP BY cells.child_id)
    SELECT u.id AS child_id, u.name, plans.cells, plans.adopted, plans.reports, months.thematic, months.regular,
           months.study_minutes, months.present, months.expected, tasks.open, tasks.overdue
      FROM org_unit u
      LEFT JOIN plans ON plans.child_id = u.id
      LEFT JOIN months ON months.child_id = u.id
      LEFT JOIN tasks ON tasks.child_id = u.id
     WHERE u.parent_id = ${unitId}
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
