/** What other features use of the organisation tree. */
export { createUnit, getUnit } from './service.ts';
export {
  findUnit,
  letterheadData,
  listChildren,
  listOversightChildren,
  listSubtree,
  listUnitsByIds,
  listUnitsUnder,
} from './store.ts';
