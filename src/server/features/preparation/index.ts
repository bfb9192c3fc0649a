/** What other features use of a topic's preparation: the moves, the progress, and the data of its documents. */
export { actIn, commentsOpen, getVersion, progressOf } from './service.ts';
export {
  findPreparation,
  findTopic,
  listPreparationsOfTopics,
  listPreparers,
  listUnfinishedTopics,
  preparationReportData,
  scorecardDraftData,
  scorecardTopicData,
  topicsInPreparation,
} from './store.ts';
export { getPreparation } from './view.ts';
