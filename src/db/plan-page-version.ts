/**
 * The key of `plan_page_version` (migration 0039) that every change of a person's name, or of an account's
 * username or person, raises: plan pages show those names beside preparers, steps and events of any cell.
 */
export const NAMES_KEY = 'names';
