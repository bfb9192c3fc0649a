// Messages of the year's guidance, plans, topic registrations and the model library.
import type { MessageTable } from './message-table.ts';

export const PLAN_MESSAGES = {
  GUIDANCE_NOT_COMMITTEE: {
    vi: 'Chỉ đảng ủy mới ban hành hướng dẫn',
    en: 'Only a committee issues guidance',
  },
  GUIDANCE_DEADLINE_BEFORE_ISSUE: {
    vi: 'Hạn nộp kế hoạch không được trước ngày ban hành',
    en: 'The plan deadline cannot be before the date of issue',
  },
  GUIDANCE_ANNUAL_DUE_INVALID: {
    vi: 'Hạn nộp báo cáo năm phải từ ngày 01/12 của năm đến ngày 31/01 năm sau',
    en: 'The annual report’s due date must fall between 1 December of the year and 31 January of the next',
  },
  PLAN_NOT_CELL: {
    vi: 'Kế hoạch sinh hoạt chuyên đề là của chi bộ',
    en: 'Thematic meeting plans belong to cells',
  },
  PLAN_EXISTS: { vi: 'Chi bộ đã có kế hoạch cho năm này', en: 'The cell already has a plan for this year' },
  PLAN_NOT_EDITABLE: {
    vi: 'Kế hoạch đã thông qua hoặc đã gửi, không sửa được; hãy mở lại để sửa',
    en: 'The plan has been adopted or submitted and cannot be edited; reopen it first',
  },
  PLAN_TRANSITION_NOT_ALLOWED: {
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của kế hoạch',
    en: 'This action is not possible in the plan’s current state',
  },
  PLAN_RULES_NOT_MET: {
    vi: 'Kế hoạch chưa đạt yêu cầu bắt buộc: mỗi quý ít nhất một chuyên đề; mỗi chuyên đề có người chuẩn bị và sinh hoạt trong quý của nó',
    en: 'The plan does not meet the binding rules: a topic in every quarter; each with a preparer and its meeting inside its quarter',
  },
  PLAN_PERSON_NOT_IN_CELL: {
    vi: 'Người được phân công phải là đảng viên đang sinh hoạt tại chi bộ',
    en: 'Assigned people must be current members of the cell',
  },
  PLAN_STEPS_INVALID: {
    vi: 'Mỗi chuyên đề có đủ 5 bước theo thứ tự: đề cương, dự thảo lần 1, lấy ý kiến, dự thảo lần 2, sinh hoạt',
    en: 'Each topic has the five steps in order: outline, draft 1, comments, draft 2, meeting',
  },
  PLAN_ADOPTED_OUTSIDE_YEAR: {
    vi: 'Ngày thông qua phải trước hoặc trong năm kế hoạch',
    en: 'The adoption date must be before or within the plan’s year',
  },
  PLAN_CHANGED: {
    vi: 'Kế hoạch vừa được người khác sửa; hãy tải lại để xem bản mới nhất',
    en: 'Someone else has just changed the plan; reload to see the latest version',
  },
  REGISTRATION_USED: {
    vi: 'Đề xuất đã được đưa vào kế hoạch, không xóa được',
    en: 'This proposal is already in the plan and cannot be deleted',
  },
  REGISTRATION_NOT_FOUND_IN_CELL: {
    vi: 'Đề xuất không thuộc chi bộ và năm của kế hoạch',
    en: 'The proposal does not belong to this cell and year',
  },
  MODEL_NOT_VISIBLE: {
    vi: 'Chuyên đề mẫu không có trong thư viện của chi bộ',
    en: 'This model topic is not in the cell’s library',
  },
  TOPIC_NOT_FINISHED: {
    vi: 'Chỉ công bố chuyên đề đã sinh hoạt, hoàn chỉnh',
    en: 'Only a topic already presented at its meeting can be published',
  },
  MODEL_EXISTS: {
    vi: 'Chuyên đề này đã có trong thư viện của đảng ủy',
    en: 'This topic is already in the committee’s library',
  },
  NOT_A_MEMBER: {
    vi: 'Chỉ đảng viên của chi bộ mới đăng ký chuyên đề',
    en: 'Only members of the cell register topics',
  },
} as const satisfies MessageTable;
