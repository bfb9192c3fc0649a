// The floors of the database figures (issue 20, "The benchmark"): the same aggregate as the endpoint, written as
// one SQL statement and run on the same database, so that a figure can be read against what the engine itself
// needs. They return the rows so that a floor that finds nothing is an error, not a fast zero.
import { sql } from 'kysely';
import type { Database } from '../src/db/connection.ts';
import { todayInVietnam } from '../src/domain/dates/local-date.ts';

/**
 * The committee overview (`GET /orgs/{id}/plans`): every cell under the unit with its name, its parent's, its
 * plan, the steps overdue today and its reports of the year (from the summaries).
 */
export async function overviewFloor(database: Database, unitId: string, year: number): Promise<number> {
  const today = todayInVietnam();
  const { rows } = await sql<{ cell_id: string }>`
    SELECT u.id AS cell_id, u.name, parent.name AS parent_name, p.id AS plan_id, p.status, p.adopted_on,
           p.submitted_at, p.reviewed_at, s.first_submitted_on, s.reports, s.reports_last_on,
           (SELECT COALESCE(SUM(d.steps), 0) FROM cell_step_due d
             WHERE d.cell_id = u.id AND d.year = ${year} AND d.due_on < ${today} AND d.open_until >= ${today}) AS overdue
      FROM org_closure c
      JOIN org_unit u ON u.id = c.descendant_id
      LEFT JOIN org_unit parent ON parent.id = u.parent_id
      LEFT JOIN plan p ON p.cell_id = u.id AND p.year = ${year}
      LEFT JOIN cell_year_summary s ON s.cell_id = u.id AND s.year = ${year}
     WHERE c.ancestor_id = ${unitId} AND u.kind = 'cell'
     ORDER BY parent.name, u.name`.execute(database.db);
  if (rows.length === 0) throw new Error('the overview floor found no cells');
  return rows.length;
}

/**
 * The oversight dashboard (`GET /orgs/{id}/oversight`): a row per unit directly under the committee with its
 * cells, plans, meetings held in the year and attendance (present / expected), rolled up in one statement.
 */
export async function oversightFloor(database: Database, unitId: string, year: number): Promise<number> {
  const { rows } = await sql<{ child_id: string }>`
    SELECT child.id AS child_id, child.name,
           COUNT(DISTINCT cell.id) AS cells,
           COUNT(DISTINCT p.id) AS plans,
           COUNT(DISTINCT m.id) AS meetings,
           COALESCE(SUM(CASE WHEN a.state = 'present' THEN 1 ELSE 0 END), 0) AS present,
           COUNT(a.person_id) AS expected
      FROM org_unit child
      JOIN org_closure c ON c.ancestor_id = child.id
      JOIN org_unit cell ON cell.id = c.descendant_id AND cell.kind = 'cell'
      LEFT JOIN plan p ON p.cell_id = cell.id AND p.year = ${year}
      LEFT JOIN meeting m ON m.cell_id = cell.id AND m.status = 'ended'
                         AND m.held_on >= ${`${year}-01-01`} AND m.held_on <= ${`${year}-12-31`}
      LEFT JOIN meeting_attendance a ON a.meeting_id = m.id
     WHERE child.parent_id = ${unitId}
     GROUP BY child.id, child.name
     ORDER BY child.name`.execute(database.db);
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
