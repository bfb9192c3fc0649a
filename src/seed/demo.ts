import type { Kysely } from 'kysely';
import { rebuildActivitySummaries } from '#db/activity-summaries.ts';
import { rebuildCommitteeRollups } from '#db/committee-rollups.ts';
import { newId, nowIso } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { rebuildSearchIndex } from '#db/search-index.ts';
import { rebuildSummaries } from '#db/summaries.ts';
import type { Actor } from '#domain/authz/policy.ts';
import type { Role } from '#domain/authz/roles.ts';
import type { MemberStatus } from '#domain/members/member-status.ts';
import type { TopicKind } from '#domain/plans/topic-groups.ts';
import { hashPassword } from '#server/auth/password.ts';
import { insertAccount } from '#server/auth/store.ts';
import * as guidance from '#server/features/guidance/index.ts';
import * as members from '#server/features/members/index.ts';
import * as orgs from '#server/features/orgs/index.ts';
import * as plans from '#server/features/plans/index.ts';
import * as roles from '#server/features/roles/index.ts';
import * as topics from '#server/features/topics/index.ts';
import { seedFollowUp } from './demo-follow-up.ts';
import { seedMeetings } from './demo-meetings.ts';
import { demoName } from './demo-names.ts';
import { seedPreparation, seedSubmittedDraft } from './demo-preparation.ts';

export const DEMO_PASSWORD = 'ChuyenDe@2026';

/** When the demo's units were organised: 1 July 2025, 00:00 in Việt Nam. */
const ORGANISED_AT = '2025-06-30T17:00:00.000Z';

export async function isDatabaseEmpty(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('org_unit').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

interface CellPlan {
  key: string;
  size: number;
  /** Statuses of the last members of the roster; the others are official. */
  tail: MemberStatus[];
}

/**
 * Loads the demo organisation of the 2025 structure (no district level): a ward committee, two grassroots
 * committees of an agency and an enterprise, and five cells, with ~60 people of every status and one login
 * per role. It goes through the same services as the API, so the audit log shows how it was built.
 */
export async function seedDemo(db: Kysely<DB>): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const adminId = newId();
  await insertAccount(db, {
    id: adminId,
    person_id: null,
    username: 'admin',
    password_hash: passwordHash,
    is_admin: 1,
    locale: 'vi',
    disabled_at: null,
    created_at: nowIso(),
  });
  const admin: Actor = { userId: adminId, personId: null, isAdmin: true, grants: [] };

  const unit = async (
    parentId: string | null,
    kind: 'committee' | 'cell' | 'group',
    name: string,
    shortName: string,
  ) => (await orgs.createUnit(db, admin, { parentId, kind, name, shortName, place: 'Mỹ Hòa' })).id;

  const ward = await unit(null, 'committee', 'Đảng ủy phường Mỹ Hòa', 'ĐU phường Mỹ Hòa');
  const hospital = await unit(ward, 'committee', 'Đảng ủy Bệnh viện Đa khoa khu vực Mỹ Hòa', 'ĐU Bệnh viện');
  const company = await unit(ward, 'committee', 'Đảng ủy Công ty Cổ phần Cấp nước Mỹ Hòa', 'ĐU Cấp nước');
  const cells: Record<string, string> = {
    noi: await unit(hospital, 'cell', 'Chi bộ Khoa Nội', 'Khoa Nội'),
    ngoai: await unit(hospital, 'cell', 'Chi bộ Khoa Ngoại', 'Khoa Ngoại'),
    kythuat: await unit(company, 'cell', 'Chi bộ Phòng Kỹ thuật', 'Phòng Kỹ thuật'),
    mamnon: await unit(ward, 'cell', 'Chi bộ Trường Mầm non Mỹ Hòa', 'Mầm non Mỹ Hòa'),
    khupho3: await unit(ward, 'cell', 'Chi bộ Khu phố 3', 'Khu phố 3'),
  };
  const groups = [
    await unit(cells.noi ?? '', 'group', 'Tổ đảng số 1', 'Tổ 1'),
    await unit(cells.noi ?? '', 'group', 'Tổ đảng số 2', 'Tổ 2'),
  ];
  // The organisation exists since the 2025 restructuring (Quy định 294-QĐ/TW, in force 1/7/2025), not since the
  // demo was loaded: the committee's oversight counts a unit only from its creation (a cell created mid-year
  // owes nothing for the quarters before), so the demo's record of 2026 is owed in full.
  await db
    .updateTable('org_unit')
    .set({ created_at: ORGANISED_AT })
    .where('id', 'in', [ward, hospital, company, ...Object.values(cells), ...groups])
    .execute();

  const plans: CellPlan[] = [
    { key: 'noi', size: 18, tail: ['probationary', 'probationary', 'exempt', 'transferred_out'] },
    { key: 'ngoai', size: 10, tail: ['probationary', 'exempt'] },
    { key: 'kythuat', size: 8, tail: ['probationary', 'transferred_out'] },
    { key: 'mamnon', size: 8, tail: ['probationary'] },
    { key: 'khupho3', size: 13, tail: ['exempt', 'exempt', 'probationary', 'transferred_out'] },
  ];

  let n = 0;
  const roster: Record<string, string[]> = {};
  for (const plan of plans) {
    const cellId = cells[plan.key] ?? '';
    roster[plan.key] = [];
    for (let i = 0; i < plan.size; i++) {
      n++;
      const tailIndex = i - (plan.size - plan.tail.length);
      const finalStatus: MemberStatus = tailIndex >= 0 ? (plan.tail[tailIndex] ?? 'official') : 'official';
      const joinYear = finalStatus === 'probationary' ? 2026 : 1985 + ((n * 7) % 38);
      const joinedOn =
        finalStatus === 'probationary' ? `2026-0${1 + (n % 8)}-15` : `${joinYear}-0${1 + (n % 9)}-19`;
      const officialOn = finalStatus === 'probationary' ? null : `${joinYear + 1}-0${1 + (n % 9)}-19`;
      const { fullName, gender } = demoName(n);
      const id = await members.createMember(db, admin, {
        unitId: cellId,
        fullName,
        gender,
        birthDate: `${joinYear - 24 - (n % 6)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 27)).padStart(2, '0')}`,
        phone: `09${String(10_000_000 + n * 791_931).slice(0, 8)}`,
        status: finalStatus === 'probationary' ? 'probationary' : 'official',
        statusSince: finalStatus === 'probationary' ? joinedOn : (officialOn ?? joinedOn),
        joinedOn,
        officialOn,
        cardNumber: `${String(79_000_000 + n * 1_373).padStart(8, '0')}`,
        groupId: plan.key === 'noi' && finalStatus !== 'transferred_out' ? groups[i % 2] : null,
      });
      if (finalStatus === 'exempt' || finalStatus === 'transferred_out') {
        await members.changeStatus(db, admin, id, {
          status: finalStatus,
          on: '2025-09-01',
          note: finalStatus === 'exempt' ? 'Tuổi cao, sức yếu' : 'Chuyển sinh hoạt đảng chính thức',
        });
      }
      roster[plan.key]?.push(id);
    }
  }

  // Non-member staff of units (seed 002 applies the procedure to agencies, not only cells).
  const staffNames = ['Lý Thị Kiều', 'Mai Văn Tài', 'Tô Ngọc Ánh'];
  const staff: string[] = [];
  for (const [i, fullName] of staffNames.entries()) {
    staff.push(
      await members.createMember(db, admin, {
        unitId: i === 2 ? (cells.mamnon ?? '') : (cells.noi ?? ''),
        fullName,
        gender: i === 1 ? 'male' : 'female',
        status: 'staff',
        statusSince: '2024-01-02',
      }),
    );
  }

  const at = (key: string, i: number) => roster[key]?.[i] ?? '';
  const assignments: [string, Role, string][] = [
    [cells.noi ?? '', 'secretary', at('noi', 0)],
    [cells.noi ?? '', 'deputy', at('noi', 1)],
    [cells.noi ?? '', 'committee_member', at('noi', 2)],
    [groups[0] ?? '', 'group_leader', at('noi', 4)],
    [groups[1] ?? '', 'group_leader', at('noi', 5)],
    [cells.ngoai ?? '', 'secretary', at('ngoai', 0)],
    [cells.kythuat ?? '', 'secretary', at('kythuat', 0)],
    [cells.mamnon ?? '', 'secretary', at('mamnon', 0)],
    [cells.khupho3 ?? '', 'secretary', at('khupho3', 0)],
    [cells.khupho3 ?? '', 'deputy', at('khupho3', 1)],
    [cells.khupho3 ?? '', 'committee_member', at('khupho3', 2)],
    [ward, 'officer', at('khupho3', 3)],
    [ward, 'inspector', at('mamnon', 1)],
    // The ward's committee member (đảng ủy viên) who follows cells that need guidance (issue 15, seed 000).
    [ward, 'committee_member', at('kythuat', 2)],
    [hospital, 'officer', at('ngoai', 1)],
    [company, 'officer', at('kythuat', 1)],
  ];
  for (const [unitId, role, personId] of assignments) {
    await roles.assignRole(db, admin, unitId, { personId, role, startedOn: '2025-10-01' });
  }

  await seedPlans(db, admin, { ward, hospital, cells, roster: (key, i) => at(key, i) });

  const logins: [string, string][] = [
    ['canbo.phuong', at('khupho3', 3)],
    ['kiemtra.phuong', at('mamnon', 1)],
    ['uyvien.phuong', at('kythuat', 2)],
    ['canbo.benhvien', at('ngoai', 1)],
    ['canbo.capnuoc', at('kythuat', 1)],
    ['bithu.noi', at('noi', 0)],
    ['phobithu.noi', at('noi', 1)],
    ['chiuy.noi', at('noi', 2)],
    ['dangvien.noi', at('noi', 3)],
    ['dubi.noi', at('noi', 14)],
    ['bithu.mamnon', at('mamnon', 0)],
    ['bithu.khupho3', at('khupho3', 0)],
    ['baocao.mamnon', at('mamnon', 4)],
    ['dangvien.mamnon', at('mamnon', 5)],
    ['nhanvien.noi', staff[0] ?? ''],
  ];
  for (const [username, personId] of logins) {
    await insertAccount(db, {
      id: newId(),
      person_id: personId,
      username,
      password_hash: passwordHash,
      is_admin: 0,
      locale: 'vi',
      disabled_at: null,
      created_at: nowIso(),
    });
  }
  await seedPreparation(db, cells.mamnon ?? '');
  await seedSubmittedDraft(db, cells.khupho3 ?? '');
  await seedMeetings(db, cells.mamnon ?? '');
  await seedFollowUp(db, cells.mamnon ?? '');
  // The ward holds up Mầm non's finished quarter 2 topic (Hồ Chí Minh study) as a model for its cells.
  const model = await db
    .selectFrom('plan_topic as t')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .select('t.id')
    .where('p.cell_id', '=', cells.mamnon ?? '')
    .where('t.position', '=', 2)
    .executeTakeFirstOrThrow();
  await topics.publishModel(db, admin, { topicId: model.id, committeeId: ward });
  // The year's history was written straight into the tables: the search index is filled from them.
  await rebuildSearchIndex(db);
  // And the committee's summaries (db/summaries.ts, db/activity-summaries.ts, db/committee-rollups.ts).
  await rebuildSummaries(db);
  await rebuildActivitySummaries(db);
  await rebuildCommitteeRollups(db);
}

/** The ward's remark on Khu phố 3's plan, returned for revision. */
export const KHUPHO_RETURN_REMARK =
  'Chuyên đề quý II cần gắn với việc thực hiện Quy chế dân chủ ở khu phố; đề nghị chi bộ cụ thể hóa nội dung và gửi lại.';

const LEGAL_BASES = [
  'Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về một số vấn đề về nâng cao chất lượng sinh hoạt chi bộ',
  'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
];

/**
 * The year's plan cycle (seeds 000, 001, 004): the ward's 2026 guidance; plans of several cells in
 * different states; proposals from Chi bộ Khoa Nội's members, whose own plan is not yet started.
 */
async function seedPlans(
  db: Kysely<DB>,
  admin: Actor,
  units: {
    ward: string;
    hospital: string;
    cells: Record<string, string>;
    roster: (key: string, i: number) => string;
  },
) {
  await guidance.issueGuidance(db, admin, units.ward, {
    year: 2026,
    referenceNumber: '25-CV/ĐU',
    issuedOn: '2026-01-05',
    title: 'Về việc xây dựng kế hoạch, đăng ký nội dung sinh hoạt chuyên đề năm 2026',
    theme:
      'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tôn trọng Nhân dân, phát huy dân chủ',
    documents: LEGAL_BASES,
    topicGroups: ['ho_chi_minh_study', 'party_building', 'anti_corruption', 'professional_quality'],
    planDeadline: '2026-01-31',
    content:
      'Các chi bộ trực thuộc xây dựng kế hoạch sinh hoạt chuyên đề năm 2026, mỗi quý ít nhất một chuyên đề, gửi về Đảng ủy trước ngày 31/01/2026.',
  });

  const cell = (key: string) => units.cells[key] ?? '';
  const member = units.roster;
  const fourTopics = (
    key: string,
    titles: [string, TopicKind, string][],
    preparers: number[] = [1, 2, 3, 1],
  ) =>
    titles.map(([title, kind, group], i) => ({
      title,
      kind,
      topicGroup: group,
      quarter: i + 1,
      workContent: 'Chuẩn bị đề cương, dự thảo, lấy ý kiến đảng viên, hoàn chỉnh và tổ chức sinh hoạt.',
      preparerIds: [member(key, preparers[i] ?? 1)],
    }));

  const mamnon = await plans.createPlan(db, admin, cell('mamnon'), 2026);
  await plans.savePlan(db, admin, mamnon, {
    legalBases: LEGAL_BASES,
    purpose:
      'Nâng cao chất lượng sinh hoạt chi bộ, gắn với việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh.',
    requirements: 'Mỗi đảng viên nâng cao ý thức trách nhiệm, tích cực tham gia ý kiến vào các chuyên đề.',
    organisation:
      'Chi ủy phân công đảng viên chuẩn bị chuyên đề; đảng viên nghiên cứu dự thảo trước khi sinh hoạt.',
    topics: fourTopics(
      'mamnon',
      [
        ['Xây dựng các phương án bảo đảm an toàn cho trẻ tại trường', 'resolution', 'professional_quality'],
        ['Học tập và làm theo tấm gương đạo đức Hồ Chí Minh', 'ho_chi_minh', 'ho_chi_minh_study'],
        ['Xây dựng môi trường giáo dục lấy trẻ làm trung tâm', 'other', 'professional_quality'],
        ['Công tác phát triển đảng viên mới trong chi bộ', 'resolution', 'party_building'],
      ],
      [1, 2, 3, 4],
    ),
  });
  await plans.transitionPlan(db, admin, mamnon, 'adopt', { adoptedOn: '2026-01-15' });
  await plans.transitionPlan(db, admin, mamnon, 'submit');
  await plans.transitionPlan(db, admin, mamnon, 'acknowledge', {
    remark: 'Kế hoạch đầy đủ, đúng hướng dẫn.',
  });

  const ngoai = await plans.createPlan(db, admin, cell('ngoai'), 2026);
  await plans.savePlan(db, admin, ngoai, {
    legalBases: LEGAL_BASES,
    purpose: 'Nâng cao chất lượng sinh hoạt chi bộ và chất lượng khám, chữa bệnh.',
    topics: fourTopics('ngoai', [
      [
        'Vận dụng tư tưởng Hồ Chí Minh về tôn trọng Nhân dân trong chăm sóc người bệnh',
        'ho_chi_minh',
        'ho_chi_minh_study',
      ],
      ['Phòng, chống tiêu cực trong khám, chữa bệnh', 'other', 'anti_corruption'],
      ['Nâng cao chất lượng công tác kiểm tra, giám sát của chi bộ', 'other', 'party_building'],
      ['Văn hóa công sở và quy tắc ứng xử của nhân viên y tế', 'other', 'workplace_culture'],
    ]),
  });
  await plans.transitionPlan(db, admin, ngoai, 'adopt', { adoptedOn: '2026-01-20' });
  await plans.transitionPlan(db, admin, ngoai, 'submit');

  const khupho = await plans.createPlan(db, admin, cell('khupho3'), 2026);
  await plans.savePlan(db, admin, khupho, {
    legalBases: LEGAL_BASES,
    topics: fourTopics('khupho3', [
      ['Phát huy dân chủ ở cơ sở trong xây dựng khu phố văn minh', 'ho_chi_minh', 'democracy'],
      ['Công tác dân vận của chi bộ khu phố', 'other', 'mass_mobilisation'],
      ['Ngăn chặn suy thoái về tư tưởng chính trị, đạo đức, lối sống', 'other', 'preventing_degradation'],
      ['Vai trò của đảng viên trong giữ gìn an ninh, trật tự khu phố', 'other', 'party_building'],
    ]),
  });

  // Khu phố 3 sent up its plan; the ward returned it with a remark (seed 000: the committee directly above reviews
  // it), while the cell goes on preparing its first topic, whose draft 1 awaits the cell committee's approval.
  await plans.transitionPlan(db, admin, khupho, 'adopt', { adoptedOn: '2026-01-22' });
  await plans.transitionPlan(db, admin, khupho, 'submit');
  await plans.transitionPlan(db, admin, khupho, 'return', { remark: KHUPHO_RETURN_REMARK });
  // The three plans went up in January, before the guidance's deadline (31/01), not on the day the demo loads: the
  // committee's overview and oversight would otherwise show every one of them late.
  for (const [planId, day] of [
    [mamnon, '2026-01-16'],
    [ngoai, '2026-01-21'],
    [khupho, '2026-01-23'],
  ] as const)
    await db
      .updateTable('plan_event')
      .set({ at: `${day}T02:00:00.000Z` })
      .where('plan_id', '=', planId)
      .where('action', '=', 'submit')
      .execute();

  const proposals: [number, string, string, string, number][] = [
    [
      3,
      'Vận dụng tư tưởng Hồ Chí Minh về y đức trong chăm sóc người bệnh',
      'ho_chi_minh_study',
      'important_task',
      1,
    ],
    [
      6,
      'Nâng cao chất lượng điều trị nội trú và giảm thời gian chờ khám',
      'professional_quality',
      'pressing_problem',
      2,
    ],
    [
      7,
      'Phòng, chống biểu hiện tiêu cực trong mua sắm thuốc, vật tư y tế',
      'anti_corruption',
      'systemic_weakness',
      3,
    ],
    [8, 'Nhân rộng mô hình “Khoa Nội xanh - sạch - đẹp”', 'workplace_culture', 'positive_factor', 4],
  ];
  for (const [i, title, topicGroup, criterion, preferredQuarter] of proposals) {
    const personId = member('noi', i);
    // Registered in the member's own name; the audit log shows the demo loader as the writer.
    const proposer: Actor = {
      userId: admin.userId,
      personId,
      isAdmin: false,
      grants: [{ unitId: cell('noi'), role: 'member' }],
    };
    await topics.registerTopic(db, proposer, cell('noi'), {
      year: 2026,
      title,
      topicGroup,
      criterion,
      reason: 'Đề xuất của đảng viên khi chi bộ lấy ý kiến xây dựng kế hoạch năm.',
      preferredQuarter,
    });
  }
}
