/** What other features use of a topic's preparation: the moves, the progress, and the data of its documents. */
export { ACCEPTED_EXTENSIONS, ATTACHMENT_LIMITS, attachmentType, cleanFileName } from './attachments.ts';
export { addDecision, decisionsOf, recordDecisionVote } from './decisions.ts';
export { preparationInboxItems } from './inbox.ts';
export { PreparationSchema } from './presenter.ts';
export { draftPlainText } from './rich-text.ts';
export {
  act,
  actIn,
  commentsOpen,
  getVersion,
  preparationFacts,
  progressOf,
  saveBriefing,
  saveVersion,
} from './service.ts';
export {
  findPreparation,
  findTopic,
  listPreparationsOfTopics,
  listPreparers,
  preparationReportData,
  scorecardDraftData,
  scorecardTopicData,
  topicsInPreparation,
  yearTopicFactsOfCell,
} from './store.ts';
export { getPreparation } from './view.ts';
