/** What others use of the calendar feeds: nothing yet but the feed itself (tests). */
export { calendarFeed } from './service.ts';
