/** What other features use of the year-end review: its documents and the finalised reviews beside the annual reports. */
export {
  finalisedYearReviews,
  YEAR_REVIEW_PARTS,
  type YearReviewPart,
  yearReviewDocumentFor,
} from './service.ts';
