/**
 * Topic groups named in the seeds (001, 002): offered as a list; a plan may also use free text.
 * Codes are stored; the wording lives in the i18n catalogs.
 */
export const TOPIC_GROUPS = [
  'ho_chi_minh_study',
  'political_theory',
  'directives_and_laws',
  'preventing_degradation',
  'party_building',
  'anti_corruption',
  'professional_quality',
  'traditions',
  'workplace_culture',
  'self_criticism',
  'democracy',
  'mass_mobilisation',
  'shortcomings',
  'responsibility',
  'pressing_ideology',
] as const;
export type TopicGroup = (typeof TOPIC_GROUPS)[number];

/** Seed 003's reasons for choosing a topic now. */
export const SELECTION_CRITERIA = [
  'important_task',
  'pressing_problem',
  'systemic_weakness',
  'positive_factor',
] as const;
export type SelectionCriterion = (typeof SELECTION_CRITERIA)[number];

/** What kind of meeting a topic leads to: studying Hồ Chí Minh's thought (Chỉ thị 05), a thematic resolution (seed 003), or other. */
export const TOPIC_KINDS = ['ho_chi_minh', 'resolution', 'other'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];
