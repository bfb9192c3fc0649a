/** What others use of the calendar feeds: the feed itself and a new address (tests, the authorisation matrix). */
export { calendarFeed, createCalendarFeed } from './service.ts';
