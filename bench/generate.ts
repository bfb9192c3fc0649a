import type { Kysely } from 'kysely';
import { newId, nowIso } from '../src/db/ids.ts';
import type { DB } from '../src/db/schema.ts';
import { foldText } from '../src/domain/text/fold.ts';

export interface Scale {
  communes: number;
  cellsPerCommune: number;
  membersPerCell: number;
}

/**
 * A province-shaped tree written straight into the tables in batches (the services would take minutes):
 * province → communes → cells → members, with closure rows and one secretary per cell.
 */
export async function generateProvince(db: Kysely<DB>, scale: Scale) {
  const now = nowIso();
  const units: DB['org_unit'][] = [];
  const closure: DB['org_closure'][] = [];
  const people: DB['person'][] = [];
  const roles: DB['role_assignment'][] = [];
  const unit = (parent: string | null, kind: DB['org_unit']['kind'], name: string, chain: string[]) => {
    const id = newId();
    units.push({
      id,
      parent_id: parent,
      kind,
      name,
      short_name: null,
      place: null,
      created_at: now,
      updated_at: now,
    });
    closure.push({ ancestor_id: id, descendant_id: id, depth: 0 });
    for (const [i, a] of chain.entries()) closure.push({ ancestor_id: a, descendant_id: id, depth: i + 1 });
    return id;
  };
  const province = unit(null, 'committee', 'Tỉnh ủy Thử Nghiệm', []);
  const cells: string[] = [];
  for (let c = 0; c < scale.communes; c++) {
    const commune = unit(province, 'committee', `Đảng ủy xã ${c + 1}`, [province]);
    for (let k = 0; k < scale.cellsPerCommune; k++) {
      const cell = unit(commune, 'cell', `Chi bộ thôn ${c + 1}.${k + 1}`, [commune, province]);
      cells.push(cell);
      for (let m = 0; m < scale.membersPerCell; m++) {
        const fullName = `Nguyễn Văn Thử ${c}.${k}.${m}`;
        const id = newId();
        people.push({
          id,
          full_name: fullName,
          name_folded: foldText(fullName),
          gender: null,
          birth_date: null,
          phone: null,
          email: null,
          unit_id: cell,
          group_id: null,
          status: m % 10 === 9 ? 'probationary' : 'official',
          status_since: '2020-01-01',
          joined_on: '2019-01-01',
          official_on: null,
          card_number: null,
          created_at: now,
          updated_at: now,
        });
        if (m === 0) {
          roles.push({
            id: newId(),
            person_id: id,
            unit_id: cell,
            role: 'secretary',
            started_on: '2020-01-01',
            ended_on: null,
            created_by: null,
            created_at: now,
          });
        }
      }
    }
  }
  const insert = async <T extends keyof DB>(table: T, rows: DB[T][]) => {
    for (let i = 0; i < rows.length; i += 500) {
      await db
        .insertInto(table)
        .values(rows.slice(i, i + 500) as never[])
        .execute();
    }
  };
  await insert('org_unit', units);
  await insert('org_closure', closure);
  await insert('person', people);
  await insert('role_assignment', roles);
  return { province, cells, units: units.length, people: people.length };
}
