/** What other features use of a unit's document settings: the signer of a committee's documents. */
export { committeeSignatureAt } from './signer.ts';
