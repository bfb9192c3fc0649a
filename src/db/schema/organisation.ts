// The organisation: units, the closure of the tree, people, their membership periods and roles.

export interface OrgUnitTable {
  id: string;
  parent_id: string | null;
  kind: 'committee' | 'cell' | 'group';
  name: string;
  /** Short name for narrow screens and lists, e.g. "Khoa Nội". */
  short_name: string | null;
  /** Place named in dated documents: "<place>, ngày … tháng … năm …". */
  place: string | null;
  /** Set when the unit numbers its documents through its party term, from this day (else by year). */
  numbering_term_from: string | null;
  /**
   * Days the topic's draft should reach members before a meeting (*practice*, 0–30); null: the app's
   * default, `DRAFT_LEAD_DAYS` (domain/meetings/draft-gate.ts).
   */
  draft_lead_days: number | null;
  /** Days before a comment window closes that members who have not read or commented are reminded; null: 2. */
  comment_reminder_days: number | null;
  /** Days before a task falls due that its owner is reminded; null: 3. */
  task_reminder_days: number | null;
  created_at: string;
  updated_at: string;
}

/** A unit's name folded for the pickers' search (migration 0037; derived, db/unit-names.ts). */
export interface OrgUnitNameTable {
  unit_id: string;
  name_folded: string;
}

export interface OrgClosureTable {
  ancestor_id: string;
  descendant_id: string;
  depth: number;
}

export interface PersonTable {
  id: string;
  full_name: string;
  /** Folded (no diacritics, lower case) for search that ignores tones. */
  name_folded: string;
  gender: 'male' | 'female' | null;
  birth_date: string | null;
  phone: string | null;
  email: string | null;
  /** Current home unit: a cell for members, any unit for staff. */
  unit_id: string;
  /** Party group inside the cell, if the cell has groups. */
  group_id: string | null;
  status: 'official' | 'probationary' | 'exempt' | 'transferred_out' | 'staff';
  status_since: string;
  joined_on: string | null;
  official_on: string | null;
  card_number: string | null;
  created_at: string;
  updated_at: string;
}

/** One row per stretch of time a person spent in one unit with one status. */
export interface MembershipPeriodTable {
  id: string;
  person_id: string;
  unit_id: string;
  status: PersonTable['status'];
  started_on: string;
  ended_on: string | null;
  note: string | null;
  recorded_by: string | null;
  recorded_at: string;
}

export interface RoleAssignmentTable {
  id: string;
  person_id: string;
  unit_id: string;
  role: 'secretary' | 'deputy' | 'committee_member' | 'group_leader' | 'officer' | 'inspector';
  started_on: string;
  ended_on: string | null;
  created_by: string | null;
  created_at: string;
}
