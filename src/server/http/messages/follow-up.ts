// Messages of the follow-up of tasks, resolution reviews, issued reports and the evaluation.
import type { MessageTable } from './message-table.ts';

export const FOLLOW_UP_MESSAGES = {
  TASK_NOT_OWNER: {
    vi: 'Chỉ người được giao hoặc bí thư chi bộ mới báo cáo kết quả nhiệm vụ này',
    en: 'Only the person assigned or the cell secretary reports on this task',
  },
  TASK_MEETING_NOT_ENDED: {
    vi: 'Theo dõi kết quả sau khi buổi sinh hoạt kết thúc',
    en: 'Results are followed up once the meeting has ended',
  },
  TASK_REPORT_BEFORE_MEETING: {
    vi: 'Ngày báo cáo không được trước ngày sinh hoạt giao nhiệm vụ',
    en: 'The report date cannot be before the meeting that gave the task',
  },
  TASK_REPORT_IN_FUTURE: {
    vi: 'Ngày báo cáo không được sau hôm nay',
    en: 'The report date cannot be in the future',
  },
  TASK_REPORT_NOTE_REQUIRED: {
    vi: 'Hãy ghi rõ lý do chưa hoàn thành',
    en: 'Say why the task was not done',
  },
  TASK_CHECK_NOT_CARRIED: {
    vi: 'Nhiệm vụ này không thuộc danh sách kiểm tra của buổi sinh hoạt: chỉ kiểm tra nhiệm vụ được giao ở buổi sinh hoạt trước mà chưa hoàn thành',
    en: 'This task is not on the meeting’s check list: a meeting checks only tasks given at earlier meetings and not yet done',
  },
  TASK_HAS_REPORTS: {
    vi: 'Nhiệm vụ đã có báo cáo kết quả, không thể xóa',
    en: 'This task already has progress reports and cannot be removed',
  },
  REVIEW_NOT_RESOLUTION: {
    vi: 'Chỉ sơ kết, tổng kết nghị quyết chuyên đề đã ban hành',
    en: 'Only an issued thematic resolution is reviewed',
  },
  REVIEW_RESOLUTION_CLOSED: {
    vi: 'Nghị quyết đã được tổng kết',
    en: 'The resolution has had its final review',
  },
  REVIEW_FINAL_EXISTS: {
    vi: 'Nghị quyết đã có kế hoạch tổng kết',
    en: 'The resolution already has a final review planned',
  },
  REVIEW_BEFORE_RESOLUTION: {
    vi: 'Ngày sơ kết, tổng kết không được trước ngày ban hành nghị quyết',
    en: 'A review cannot be dated before the resolution was issued',
  },
  REVIEW_ORDER: {
    vi: 'Sơ kết phải trước tổng kết',
    en: 'Interim reviews come before the final review',
  },
  REVIEW_ALREADY_ISSUED: {
    vi: 'Báo cáo đã ban hành, không thể sửa hoặc xóa',
    en: 'The report has been issued and can no longer change',
  },
  REVIEW_BEFORE_ITS_DATE: {
    vi: 'Chưa đến ngày sơ kết, tổng kết: báo cáo chỉ được ban hành từ ngày sơ kết, tổng kết trở đi (có thể dời ngày sớm hơn nếu chi bộ sơ kết, tổng kết sớm)',
    en: 'The review’s date has not come: it can be issued on or after that date (move the date earlier if the cell reviews sooner)',
  },
  REVIEW_INTERIM_PENDING: {
    vi: 'Còn đợt sơ kết chưa ban hành báo cáo',
    en: 'An interim review has not been issued yet',
  },
  REVIEW_TEXT_REQUIRED: { vi: 'Hãy viết phần này trước khi ban hành', en: 'Write this part before issuing' },
  REVIEW_CHANGED: {
    vi: 'Báo cáo vừa được người khác sửa, hãy tải lại',
    en: 'Someone else has just changed this report; reload it',
  },
  RECEIVED_NOT_COMMITTEE: {
    vi: 'Chỉ đảng ủy mới nhận báo cáo của các đơn vị trực thuộc',
    en: 'Only a committee receives the reports of the units under it',
  },
  REPORT_ALREADY_ISSUED: { vi: 'Báo cáo này đã được ban hành', en: 'This report has already been issued' },
  REPORT_PERIOD_NOT_DUE: {
    vi: 'Chưa đến kỳ báo cáo: báo cáo quý ban hành từ tháng cuối quý, báo cáo năm từ tháng 12',
    en: 'Not yet due: a quarterly report is issued from the quarter’s last month, the annual one from December',
  },
  REPORT_MEETING_NOT_ENDED: { vi: 'Buổi sinh hoạt chưa kết thúc', en: 'The meeting has not ended yet' },
  EVALUATION_MEETING_NOT_ENDED: {
    vi: 'Nhận xét, đánh giá sau khi buổi sinh hoạt kết thúc',
    en: 'The evaluation is written once the meeting has ended',
  },
  MEETING_EVALUATION_MISSING: {
    vi: 'Chưa có nhận xét, đánh giá của Bí thư chi bộ (ưu, khuyết điểm của đảng viên chuẩn bị chuyên đề, kết quả buổi sinh hoạt, rút kinh nghiệm): hãy viết nhận xét, đánh giá trước khi ban hành báo cáo',
    en: 'The secretary’s evaluation (the preparer’s strengths and weaknesses, the result, the lessons) is missing: write it before issuing the report',
  },
  EVALUATION_REPORT_ISSUED: {
    vi: 'Báo cáo của buổi sinh hoạt đã ban hành, nhận xét không sửa được nữa',
    en: 'The meeting’s report has been issued; its evaluation can no longer change',
  },
} as const satisfies MessageTable;
