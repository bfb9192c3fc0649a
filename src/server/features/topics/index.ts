/** What other features use of topic registrations and the library of model topics. */
export { mayRegisterIn, publishModel, publishModelMeetingTopic, registerTopic } from './service.ts';
export { listModelIdsIn, listRegistrationIdsOfCell } from './store.ts';
