import { type Kysely, sql } from 'kysely';
import { rebuildActivitySummaries } from '../src/db/activity-summaries.ts';
import { rebuildCommitteeRollups } from '../src/db/committee-rollups.ts';
import type { DB } from '../src/db/schema.ts';
import { rebuildSummaries } from '../src/db/summaries.ts';
import { rebuildUnitNames } from '../src/db/unit-names.ts';

/**
 * The national shape (issue 20), 2025 structure with no district level (DOMAIN.md, Quy định 294-QĐ/TW): the
 * central committee above 34 provinces, ~3,321 communes, ~250,000 cells and ~5.6 million members — 22 or 23 a
 * cell, 22.4 on average. `fraction` scales communes and cells (the 34 provinces stay) so a run can be small.
 */
export const NATIONAL = { provinces: 34, communes: 3_321, cells: 250_000 } as const;

export interface NationalOptions {
  /** Share of the national size, 1 = 250,000 cells (BENCH_NATIONAL_FRACTION). */
  fraction?: number;
  /** A year of meetings in every cell (11, monthly, combined at quarter ends) with their tasks; default true. */
  meetings?: boolean;
  /** The roll of every member at the combined quarter-end meetings (3 a cell, ~17 M rows nationally); default true. */
  attendance?: boolean;
  /** Cells written per statement. */
  chunk?: number;
  /** Progress lines (one per table and chunk group). */
  log?: (line: string) => void;
}

export interface NationalResult {
  /** The central committee: the national roll-up's unit. */
  root: string;
  /** The first province: one province's dashboard. */
  province: string;
  provinces: string[];
  cells: string[];
  units: number;
  people: number;
  topics: number;
  /** The fourth-quarter topic of the first cell (the heaviest topic page of bench/run.ts). */
  busyTopic: string;
  meetings: number;
  attendance: number;
  /** Rows written per table and the seconds each took, for rows/s. */
  tables: { table: string; rows: number; seconds: number }[];
  seconds: number;
}

/**
 * Writes the national tree into PostgreSQL without a round trip per row: every table is one `INSERT … SELECT`
 * over `generate_series` per chunk of cells, the ids made in SQL (in UUID form from a run salt, the kind and the
 * index, so a unit's parent id is computed, never looked up). Same rows as bench/generate.ts (province, plans,
 * meeting year) — then the summaries are rebuilt, as after any direct write.
 */
export async function generateNational(
  db: Kysely<DB>,
  options: NationalOptions = {},
): Promise<NationalResult> {
  // One connection for the whole load, so that its session setting holds: the rows are consistent by
  // construction (every parent id is computed from the same index), so the foreign-key triggers' row-by-row
  // lookups are skipped where the role may (`session_replication_role` needs a superuser, as the embedded
  // PostgreSQL's is; elsewhere the checks stay and the load is slower). Reset before the connection goes back.
  return db.connection().execute(async (conn) => {
    const replica = await sql`SET session_replication_role = replica`.execute(conn).then(
      () => true,
      () => false,
    );
    try {
      return await load(conn, options, replica);
    } finally {
      if (replica) await sql`SET session_replication_role = DEFAULT`.execute(conn);
    }
  });
}

async function load(db: Kysely<DB>, options: NationalOptions, replica: boolean): Promise<NationalResult> {
  const fraction = options.fraction ?? Number(process.env.BENCH_NATIONAL_FRACTION ?? 1);
  if (!(fraction > 0 && fraction <= 1)) throw new Error(`fraction must be in (0, 1], got ${fraction}`);
  const log = options.log ?? (() => undefined);
  const P = NATIONAL.provinces;
  const K = Math.max(P, Math.round(NATIONAL.communes * fraction));
  const N = Math.max(K, Math.round(NATIONAL.cells * fraction));
  const chunk = options.chunk ?? 25_000;
  const withMeetings = options.meetings ?? true;
  const withAttendance = withMeetings && (options.attendance ?? true);
  const salt = Math.floor(Math.random() * 2 ** 32)
    .toString(16)
    .padStart(8, '0');
  const now = new Date().toISOString();
  const started = performance.now();
  const tables: NationalResult['tables'] = [];
  log(
    `${N} cells in ${K} communes, ${P} provinces; foreign-key checks ${replica ? 'skipped (replica role)' : 'on'}`,
  );

  // Ids in UUID form, in the order they are written (the run's salt, the kind, then the row's number), so every
  // primary key grows at its end instead of landing at random pages; the same expression in JS for the ids
  // returned. Composite numbers: member j of cell i is i·32+j, topic q is i·8+q, its step s is (i·8+q)·8+s,
  // document n is i·8+n, the meeting of month mo is i·16+mo.
  const kinds = ['root', 'p', 'k', 'c', 'm', 'mp', 'r', 'plan', 't', 's', 'd', 'dm', 'mt', 'mk', 'mr', 'cr'];
  const prefix = (kind: string) => `${salt}-${kinds.indexOf(kind).toString(16).padStart(4, '0')}-7000-8000-`;
  const id = (kind: string, n: number | string) =>
    sql`${prefix(kind)} || lpad(to_hex((${sql.raw(String(n))})::bigint), 12, '0')`;
  const jsId = (kind: string, n: number) => `${prefix(kind)}${n.toString(16).padStart(12, '0')}`;
  // Parents as SQL over an index: commune k (1..K) under province ⌊(k−1)·P/K⌋+1, cell i under commune ⌊(i−1)·K/N⌋+1.
  const provinceOf = (k: string) => `((${k} - 1) * ${P} / ${K} + 1)`;
  const communeOf = (i: string) => `((${i}::bigint - 1) * ${K} / ${N} + 1)`;

  const step = async (table: string, run: (from: number, to: number) => Promise<number>, total = N) => {
    const t0 = performance.now();
    let rows = 0;
    for (let from = 1; from <= total; from += chunk)
      rows += await run(from, Math.min(total, from + chunk - 1));
    const seconds = (performance.now() - t0) / 1000;
    tables.push({ table, rows, seconds });
    log(
      `${table.padEnd(22)} ${String(rows).padStart(10)} rows ${seconds.toFixed(1).padStart(7)} s ${Math.round(
        rows / Math.max(seconds, 0.001),
      )
        .toLocaleString('en')
        .padStart(10)} rows/s`,
    );
    return rows;
  };
  const count = (r: { numAffectedRows?: bigint }) => Number(r.numAffectedRows ?? 0n);
  const unitCols = sql`(id, parent_id, kind, name, short_name, place, numbering_term_from, draft_lead_days,
    comment_reminder_days, task_reminder_days, created_at, updated_at)`;

  // Units: the central committee, provinces, communes, cells; then the closure (self and every ancestor).
  const units = await step(
    'org_unit',
    async () => {
      let n = 0;
      n += count(
        await sql`INSERT INTO org_unit ${unitCols}
          VALUES (${id('root', 0)}, NULL, 'committee', 'Ban Chấp hành Trung ương', NULL, NULL, NULL, NULL, NULL, NULL, ${now}, ${now})`.execute(
          db,
        ),
      );
      n += count(
        await sql`INSERT INTO org_unit ${unitCols}
          SELECT ${id('p', 'p')}, ${id('root', 0)}, 'committee', 'Tỉnh ủy ' || p, NULL, NULL, NULL, NULL, NULL, NULL, ${now}, ${now}
            FROM generate_series(1, ${P}::int) AS p`.execute(db),
      );
      n += count(
        await sql`INSERT INTO org_unit ${unitCols}
          SELECT ${id('k', 'k')}, ${id('p', provinceOf('k'))}, 'committee', 'Đảng ủy xã ' || k, NULL, NULL, NULL, NULL, NULL, NULL, ${now}, ${now}
            FROM generate_series(1, ${K}::int) AS k`.execute(db),
      );
      return n;
    },
    1,
  );
  const cellUnits = await step('org_unit (cells)', async (from, to) =>
    count(
      await sql`INSERT INTO org_unit ${unitCols}
        SELECT ${id('c', 'i')}, ${id('k', communeOf('i'))}, 'cell', 'Chi bộ thôn ' || i, NULL, NULL, NULL, NULL, NULL, NULL, ${now}, ${now}
          FROM generate_series(${from}::int, ${to}::int) AS i`.execute(db),
    ),
  );
  await step(
    'org_closure',
    async () => {
      const r = await sql`INSERT INTO org_closure (ancestor_id, descendant_id, depth)
          SELECT ${id('root', 0)}, ${id('root', 0)}, 0
          UNION ALL SELECT ${id('p', 'p')}, ${id('p', 'p')}, 0 FROM generate_series(1, ${P}::int) AS p
          UNION ALL SELECT ${id('root', 0)}, ${id('p', 'p')}, 1 FROM generate_series(1, ${P}::int) AS p
          UNION ALL SELECT ${id('k', 'k')}, ${id('k', 'k')}, 0 FROM generate_series(1, ${K}::int) AS k
          UNION ALL SELECT ${id('p', provinceOf('k'))}, ${id('k', 'k')}, 1 FROM generate_series(1, ${K}::int) AS k
          UNION ALL SELECT ${id('root', 0)}, ${id('k', 'k')}, 2 FROM generate_series(1, ${K}::int) AS k`.execute(
        db,
      );
      return count(r);
    },
    1,
  );
  await step('org_closure (cells)', async (from, to) =>
    count(
      await sql`INSERT INTO org_closure (ancestor_id, descendant_id, depth)
        SELECT a.ancestor, ${id('c', 'i')}, a.depth
          FROM generate_series(${from}::int, ${to}::int) AS i,
          LATERAL (VALUES (${id('c', 'i')}, 0), (${id('k', communeOf('i'))}, 1),
                          (${id('p', provinceOf(communeOf('i')))}, 2), (${id('root', 0)}, 3)) AS a(ancestor, depth)`.execute(
        db,
      ),
    ),
  );

  // Members: 22 in three cells of five, 23 in the others; the first is the secretary, every tenth probationary.
  const membersOf = sql.raw('(22 + CASE WHEN i % 5 < 2 THEN 1 ELSE 0 END)');
  const people = await step('person', async (from, to) =>
    count(
      await sql`INSERT INTO person (id, full_name, name_folded, gender, birth_date, phone, email, unit_id, group_id,
          status, status_since, joined_on, official_on, card_number, created_at, updated_at)
        SELECT ${id('m', 'i * 32 + j')}, 'Nguyễn Văn Thử ' || i || '.' || j, 'nguyen van thu ' || i || '.' || j,
               NULL, NULL, NULL, NULL, ${id('c', 'i')}, NULL,
               CASE WHEN j % 10 = 0 THEN 'probationary' ELSE 'official' END, '2020-01-01', '2019-01-01', NULL, NULL,
               ${now}, ${now}
          FROM generate_series(${from}::int, ${to}::int) AS i, generate_series(1, ${membersOf}) AS j`.execute(
        db,
      ),
    ),
  );
  await step('membership_period', async (from, to) =>
    count(
      await sql`INSERT INTO membership_period (id, person_id, unit_id, status, started_on, ended_on, note, recorded_by, recorded_at)
        SELECT ${id('mp', 'i * 32 + j')}, ${id('m', 'i * 32 + j')}, ${id('c', 'i')},
               CASE WHEN j % 10 = 0 THEN 'probationary' ELSE 'official' END, '2020-01-01', NULL, NULL, NULL, ${now}
          FROM generate_series(${from}::int, ${to}::int) AS i, generate_series(1, ${membersOf}) AS j`.execute(
        db,
      ),
    ),
  );
  await step('role_assignment', async (from, to) =>
    count(
      await sql`INSERT INTO role_assignment (id, person_id, unit_id, role, started_on, ended_on, created_by, created_at)
        SELECT ${id('r', 'i')}, ${id('m', 'i * 32 + 1')}, ${id('c', 'i')}, 'secretary', '2020-01-01', NULL, NULL, ${now}
          FROM generate_series(${from}::int, ${to}::int) AS i`.execute(db),
    ),
  );

  // The 2026 plan of every cell, as generatePlans: four topics a quarter apart, five steps each; in half the cells
  // the topics of quarters 1–3 were finished on time.
  await step('plan', async (from, to) =>
    count(
      await sql`INSERT INTO plan (id, cell_id, year, status, legal_bases_json, purpose, requirements, organisation,
          adopted_on, submitted_at, reviewed_at, review_remark, number, created_by, created_at, updated_at)
        SELECT ${id('plan', 'i')}, ${id('c', 'i')}, 2026, 'adopted', '[]', NULL, NULL, NULL, '2026-01-15', NULL, NULL,
               NULL, 1, NULL, ${now}, ${now}
          FROM generate_series(${from}::int, ${to}::int) AS i`.execute(db),
    ),
  );
  const topics = await step('plan_topic', async (from, to) =>
    count(
      await sql`INSERT INTO plan_topic (id, plan_id, position, title, topic_group, kind, work_content, quarter,
          registration_id, model_id, due_months)
        SELECT ${id('t', 'i * 8 + q')}, ${id('plan', 'i')}, q, 'Chuyên đề quý ' || q, NULL, 'other', NULL, q, NULL, NULL,
               concat_ws(',', (q - 1) * 3 + 1, (q - 1) * 3 + 1, (q - 1) * 3 + 2, (q - 1) * 3 + 2, (q - 1) * 3 + 3)
          FROM generate_series(${from}::int, ${to}::int) AS i, generate_series(1, 4) AS q`.execute(db),
    ),
  );
  await step('plan_topic_preparer', async (from, to) =>
    count(
      await sql`INSERT INTO plan_topic_preparer (topic_id, person_id)
        SELECT ${id('t', 'i * 8 + q')}, ${id('m', 'i * 32 + 1')}
          FROM generate_series(${from}::int, ${to}::int) AS i, generate_series(1, 4) AS q`.execute(db),
    ),
  );
  await step('plan_step', async (from, to) =>
    count(
      await sql`INSERT INTO plan_step (id, topic_id, step, position, due_month, responsible_id, note)
        SELECT ${id('s', '(i * 8 + q) * 8 + s.position')}, ${id('t', 'i * 8 + q')}, s.step, s.position,
               (q - 1) * 3 + s.month, NULL, NULL
          FROM generate_series(${from}::int, ${to}::int) AS i, generate_series(1, 4) AS q,
               (VALUES ('outline', 1, 1), ('draft1', 2, 1), ('comments', 3, 2), ('draft2', 4, 2), ('meeting', 5, 3))
                 AS s(step, position, month)`.execute(db),
    ),
  );
  await step('topic_preparation', async (from, to) =>
    count(
      await sql`INSERT INTO topic_preparation (topic_id, status, briefing_purpose, briefing_requirements,
          briefing_content, briefing_method, briefed_on, briefed_by, comment_due_on, outline_saved_at,
          draft1_approved_at, distributed_at, comments_closed_at, draft2_approved_at, presented_on, final_at,
          final_number, created_at, updated_at)
        SELECT ${id('t', 'i * 8 + q')}, 'final', NULL, NULL, NULL, NULL, NULL, NULL, NULL, at, at, at, at, at,
               left(at, 10), at, NULL, at, at
          FROM generate_series(${from}::int, ${to}::int) AS i, generate_series(1, 3) AS q,
               LATERAL (SELECT '2026-' || lpad((q * 3)::text, 2, '0') || '-10T02:00:00.000Z' AS at) AS a
         WHERE i % 2 = 1`.execute(db),
    ),
  );
  // Reports: the first three quarters' period reports and one meeting report a cell (bench/run.ts issueReports).
  const document = JSON.stringify({ fileName: 'Báo cáo', type: 'Báo cáo', summary: 'Kết quả', body: [] });
  await step('issued_document', async (from, to) =>
    count(
      await sql`INSERT INTO issued_document (id, unit_id, subject, kind, number, title, document_json, issued_on,
          issued_at, issued_by)
        SELECT ${id('d', 'i * 8 + n')}, ${id('c', 'i')},
               CASE WHEN n < 4 THEN 'period_report:2026-Q' || n ELSE 'meeting_report:' || ${id('dm', 'i')} END,
               'BC', n, 'Báo cáo kết quả thực hiện kế hoạch sinh hoạt chuyên đề', ${document},
               '2026-' || lpad((CASE n WHEN 4 THEN 10 ELSE n * 3 END)::text, 2, '0') || '-28', ${now}, NULL
          FROM generate_series(${from}::int, ${to}::int) AS i, generate_series(1, 4) AS n`.execute(db),
    ),
  );

  let meetings = 0;
  let attendance = 0;
  if (withMeetings) {
    // As generateMeetingYear: a meeting a month from January to November, combined at quarter ends in three
    // cells of four, one meeting in eight under 30 minutes of study; a task with one report per meeting.
    meetings = await step('meeting', async (from, to) =>
      count(
        await sql`INSERT INTO meeting (id, cell_id, topic_id, kind, part_order, held_on, starts_at, place, status,
            chair_id, minute_taker_id, notice_sent_at, notice_number, started_at, ended_at, conclusion, study_minutes,
            paper_present, created_by, created_at, updated_at)
          SELECT ${id('mt', 'i * 16 + mo')}, ${id('c', 'i')}, NULL,
                 CASE WHEN mo % 3 = 0 AND i % 4 <> 0 THEN 'combined' ELSE 'regular' END, 'regular_first', d.held_on,
                 '14:00', 'Hội trường', 'ended', NULL, NULL, NULL, NULL, d.held_on || 'T07:00:00.000Z',
                 d.held_on || 'T09:00:00.000Z', NULL, CASE WHEN (i + mo) % 8 = 0 THEN 20 ELSE 35 END, NULL, NULL,
                 ${now}, ${now}
            FROM generate_series(${from}::int, ${to}::int) AS i, generate_series(1, 11) AS mo,
                 LATERAL (SELECT '2026-' || lpad(mo::text, 2, '0') || '-' || lpad((5 + i % 20)::text, 2, '0') AS held_on) AS d`.execute(
          db,
        ),
      ),
    );
    await step('meeting_task', async (from, to) =>
      count(
        await sql`INSERT INTO meeting_task (id, meeting_id, title, owner_id, due_on, created_at, decision_id)
          SELECT ${id('mk', 'i * 16 + mo')}, ${id('mt', 'i * 16 + mo')}, 'Nhiệm vụ tháng ' || mo, NULL,
                 '2026-' || lpad((mo + 1)::text, 2, '0') || '-01', ${now}, NULL
            FROM generate_series(${from}::int, ${to}::int) AS i, generate_series(1, 11) AS mo`.execute(db),
      ),
    );
    await step('task_report', async (from, to) =>
      count(
        await sql`INSERT INTO task_report (id, task_id, status, note, reported_on, reported_by, created_at, meeting_id)
          SELECT ${id('mr', 'i * 16 + mo')}, ${id('mk', 'i * 16 + mo')},
                 CASE WHEN mo % 2 = 0 THEN 'done' ELSE 'in_progress' END, NULL,
                 '2026-' || lpad(mo::text, 2, '0') || '-' || lpad((5 + i % 20)::text, 2, '0'), NULL, ${now}, NULL
            FROM generate_series(${from}::int, ${to}::int) AS i, generate_series(1, 11) AS mo`.execute(db),
      ),
    );
    if (withAttendance)
      attendance = await step('meeting_attendance', async (from, to) =>
        count(
          await sql`INSERT INTO meeting_attendance (meeting_id, person_id, member_status, state, reason, late, suspended,
              updated_at)
            SELECT ${id('mt', 'i * 16 + mo')}, ${id('m', 'i * 32 + j')},
                   CASE WHEN j % 10 = 0 THEN 'probationary' ELSE 'official' END,
                   CASE WHEN (j + mo) % 10 = 0 THEN 'absent_excused' ELSE 'present' END, NULL, 0, 0, ${now}
              FROM generate_series(${from}::int, ${to}::int) AS i, generate_series(3, 9, 3) AS mo,
                   generate_series(1, ${membersOf}) AS j`.execute(db),
        ),
      );
    await step('committee_reminder', async (from, to) =>
      count(
        await sql`INSERT INTO committee_reminder (id, committee_id, cell_id, message, sent_by, sent_at)
          SELECT ${id('cr', 'i')}, ${id('k', communeOf('i'))}, ${id('c', 'i')},
                 'Đề nghị chi bộ hoàn thành kế hoạch quý.', NULL, ${now}
            FROM generate_series(${from}::int, ${to}::int) AS i
           WHERE i % 10 = 1`.execute(db),
      ),
    );
  }

  // Fresh statistics before the rebuild reads the tables back, then the summaries (db/summaries.ts).
  const tAnalyze = performance.now();
  await sql`ANALYZE`.execute(db);
  log(`ANALYZE ${((performance.now() - tAnalyze) / 1000).toFixed(1)} s`);
  const tSummaries = performance.now();
  // The units' folded names, which the pickers' search reads (db/unit-names.ts).
  await rebuildUnitNames(db);
  const summarised = await db.transaction().execute((trx) => rebuildSummaries(trx, 2_000));
  const summarySeconds = (performance.now() - tSummaries) / 1000;
  tables.push({ table: 'summaries (rebuild)', rows: summarised, seconds: summarySeconds });
  log(`summaries rebuilt for ${summarised} cells in ${summarySeconds.toFixed(1)} s`);
  // The oversight dashboard's meetings, attendance and tasks (db/activity-summaries.ts): only cells with meetings.
  const tActivity = performance.now();
  const active = await db.transaction().execute((trx) => rebuildActivitySummaries(trx, 2_000));
  const activitySeconds = (performance.now() - tActivity) / 1000;
  tables.push({ table: 'activity summaries (rebuild)', rows: active, seconds: activitySeconds });
  log(`activity summaries rebuilt for ${active} cells in ${activitySeconds.toFixed(1)} s`);
  // The committee roll-ups over both (db/committee-rollups.ts): what the national dashboards read.
  const tRollups = performance.now();
  const committees = await db.transaction().execute((trx) => rebuildCommitteeRollups(trx));
  const rollupSeconds = (performance.now() - tRollups) / 1000;
  tables.push({ table: 'committee roll-ups (rebuild)', rows: committees, seconds: rollupSeconds });
  log(`committee roll-ups rebuilt for ${committees} committees in ${rollupSeconds.toFixed(1)} s`);
  await sql`ANALYZE`.execute(db);

  const cells = Array.from({ length: N }, (_, i) => jsId('c', i + 1));
  const provinces = Array.from({ length: P }, (_, p) => jsId('p', p + 1));
  return {
    root: jsId('root', 0),
    province: provinces[0] ?? '',
    provinces,
    cells,
    units: units + cellUnits,
    people,
    topics,
    busyTopic: await busyTopicOf(db, cells[0] ?? ''),
    meetings,
    attendance,
    tables,
    seconds: (performance.now() - started) / 1000,
  };
}

async function busyTopicOf(db: Kysely<DB>, cellId: string): Promise<string> {
  const row = await db
    .selectFrom('plan_topic as t')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .select('t.id')
    .where('p.cell_id', '=', cellId)
    .where('t.quarter', '=', 4)
    .executeTakeFirstOrThrow();
  return row.id;
}
