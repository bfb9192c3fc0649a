// Messages of a topic's preparation, its attachments and the resolution's issuing.
import type { MessageTable } from './message-table.ts';

export const PREPARATION_MESSAGES = {
  PREP_PLAN_NOT_ADOPTED: {
    vi: 'Chi bộ cần thông qua kế hoạch trước khi chuẩn bị chuyên đề',
    en: 'The cell must adopt the plan before topics are prepared',
  },
  PREP_NOT_PREPARER: {
    vi: 'Chỉ đồng chí được phân công chuẩn bị chuyên đề mới làm được việc này',
    en: 'Only the member assigned to prepare this topic can do this',
  },
  PREP_NOT_APPROVER: {
    vi: 'Chỉ chi ủy (hoặc bí thư, nơi không có chi ủy) mới thông qua dự thảo',
    en: 'Only the cell committee (or the secretary where there is none) approves a draft',
  },
  PREP_OWN_DRAFT: {
    vi: 'Người chuẩn bị không tự thông qua dự thảo của mình khi chi bộ còn người khác có thẩm quyền',
    en: 'A preparer does not approve their own draft while someone else in the cell can',
  },
  PREP_TRANSITION_NOT_ALLOWED: {
    vi: 'Không thể thực hiện thao tác này ở bước hiện tại của chuyên đề',
    en: 'This cannot be done at the topic’s current stage',
  },
  PREP_NOT_EDITABLE: {
    vi: 'Dự thảo đang chờ hoặc đã được thông qua, không sửa được',
    en: 'The draft is awaiting or has received approval and cannot be changed',
  },
  PREP_VERSION_CHANGED: {
    vi: 'Văn bản vừa được lưu ở nơi khác; hãy tải lại để xem bản mới nhất',
    en: 'The text was just saved elsewhere; reload to see the latest version',
  },
  PREP_DRAFT_MISSING: {
    vi: 'Chưa có dự thảo nào được lưu cho vòng này',
    en: 'No draft has been saved for this round yet',
  },
  PREP_DISPOSITIONS_PENDING: {
    vi: 'Còn ý kiến góp ý chưa được tiếp thu hoặc giải trình',
    en: 'Some comments have not been answered yet',
  },
  PREP_REMARK_REQUIRED: {
    vi: 'Hãy ghi rõ ý kiến để người chuẩn bị sửa dự thảo',
    en: 'Say what should change so the preparer can revise the draft',
  },
  PREP_DUE_BEFORE_DISTRIBUTION: {
    vi: 'Hạn góp ý không được trước ngày gửi dự thảo',
    en: 'The comment deadline cannot be before the draft is sent',
  },
  PREP_TOO_LITTLE_TIME: {
    vi: 'Đảng viên cần ít nhất một ngày để nghiên cứu dự thảo',
    en: 'Members need at least a day to study the draft',
  },
  PREP_COMMENTS_CLOSED: {
    vi: 'Đã hết thời hạn góp ý dự thảo',
    en: 'The comment period on this draft has closed',
  },
  PREP_COMMENTS_STILL_OPEN: {
    vi: 'Chưa hết hạn góp ý; bí thư hoặc chi ủy có thể kết thúc sớm',
    en: 'Comments are still open; the secretary or the cell committee may close them early',
  },
  PREP_NOT_A_READER: {
    vi: 'Dự thảo không được gửi đến đồng chí để góp ý',
    en: 'This draft was not sent to you for comments',
  },
  PREP_ANCHOR_NOT_FOUND: {
    vi: 'Không tìm thấy đoạn văn đã chọn trong dự thảo',
    en: 'The selected passage is not in the draft',
  },
  PREP_EXPLANATION_REQUIRED: {
    vi: 'Ý kiến không tiếp thu hoặc tiếp thu một phần cần có giải trình',
    en: 'A comment not accepted, or partly accepted, needs an explanation',
  },
  PREP_DISPOSITION_CLOSED: {
    vi: 'Không còn ghi tiếp thu, giải trình sau khi dự thảo lần 2 được trình',
    en: 'Answers to comments cannot change once draft 2 has been submitted',
  },
  PREP_FINAL_TEXT_MISSING: {
    vi: 'Hãy lưu bản hoàn chỉnh sau sinh hoạt trước khi ban hành chuyên đề',
    en: 'Save the finished text after the meeting before issuing the topic',
  },
  RESOLUTION_VOTE_MISSING: {
    vi: 'Chưa ban hành được Nghị quyết: chưa có biểu quyết thông qua của chi bộ tại buổi sinh hoạt chuyên đề',
    en: 'The resolution cannot be issued: the cell has not passed a vote adopting it at the topic’s meeting',
  },
  RESOLUTION_FINAL_APPROVAL_MISSING: {
    vi: 'Chưa ban hành được Nghị quyết: chi ủy (hoặc bí thư, nơi không có chi ủy) chưa duyệt lần cuối bản hoàn chỉnh',
    en: 'The resolution cannot be issued: the cell committee (or the secretary where there is none) has not approved the completed text',
  },
  RESOLUTION_DECISIONS_MISSING: {
    vi: 'Chưa ban hành được Nghị quyết: chưa có quyết nghị nào được chi bộ biểu quyết thông qua (mục "CHI BỘ QUYẾT NGHỊ")',
    en: 'The resolution cannot be issued: the cell’s votes adopted none of its decisions',
  },
  DECISION_NOT_RESOLUTION: {
    vi: 'Chỉ chuyên đề ra nghị quyết mới có các quyết nghị',
    en: 'Only a resolution topic has decisions',
  },
  DECISION_ADOPTED: {
    vi: 'Quyết nghị đã được chi bộ biểu quyết thông qua, không sửa hoặc xóa được',
    en: 'The cell adopted this decision by its vote: it cannot be changed or removed',
  },
  DECISION_VOTED: {
    vi: 'Chi bộ đã biểu quyết quyết nghị này; kết quả biểu quyết được lưu nên không xóa được (có thể sửa lời văn)',
    en: 'The cell voted on this decision; the vote stays on record, so it cannot be removed (it can be reworded)',
  },
  DECISION_NOT_EDITABLE: {
    vi: 'Chỉ sửa các quyết nghị khi đang viết hoặc hoàn chỉnh dự thảo (không sửa khi dự thảo đang chờ duyệt, đã duyệt hay Nghị quyết đã ban hành)',
    en: 'Decisions change only while the draft is being written or completed (not while awaiting approval, once approved or once issued)',
  },
  DECISION_OWNER_NOT_MEMBER: {
    vi: 'Người thực hiện phải là đảng viên của chi bộ',
    en: 'The person responsible must be a member of the cell',
  },
  RESOLUTION_NOT_SECRETARY: {
    vi: 'Chỉ bí thư chi bộ ban hành Nghị quyết (T/M Chi bộ)',
    en: 'Only the cell secretary issues the resolution on behalf of the cell',
  },
  PREP_DATE_IN_FUTURE: { vi: 'Ngày không được sau hôm nay', en: 'The date cannot be after today' },
  PREP_TOPIC_IN_PREPARATION: {
    vi: 'Chuyên đề đã bắt đầu chuẩn bị, không thể bỏ khỏi kế hoạch',
    en: 'Preparation of this topic has started: it cannot be removed from the plan',
  },
  ATTACHMENT_TOO_LARGE: {
    vi: 'Tệp đính kèm vượt quá 10 MB',
    en: 'The attachment is larger than 10 MB',
  },
  ATTACHMENT_TYPE: {
    vi: 'Chỉ nhận tệp PDF, Word (.doc, .docx) hoặc ảnh (JPEG, PNG)',
    en: 'Only PDF, Word (.doc, .docx) or image (JPEG, PNG) files are accepted',
  },
  ATTACHMENT_LIMIT: {
    vi: 'Chuyên đề đã đủ 20 tệp hoặc 50 MB đính kèm',
    en: 'The topic already has 20 attachments or 50 MB of them',
  },
  ATTACHMENT_REQUIRED: { vi: 'Hãy chọn một tệp', en: 'Choose a file' },
  PREP_GROUPS_NOT_FINISHED: {
    vi: 'Chỉ gửi cho tổ đảng chuyên đề đã hoàn chỉnh',
    en: 'Only a finished topic is sent to the party groups',
  },
  PREP_GROUPS_NO_GROUPS: {
    vi: 'Chi bộ không có tổ đảng; chuyên đề đã được gửi cho từng đảng viên',
    en: 'The cell has no party groups; the topic went to each member',
  },
  PREP_GROUPS_ALREADY_SENT: {
    vi: 'Chuyên đề đã được gửi cho tổ đảng này',
    en: 'The topic was already sent to this party group',
  },
  PREP_GROUP_NOT_OF_CELL: {
    vi: 'Tổ đảng không thuộc chi bộ',
    en: 'The party group is not one of the cell’s',
  },
} as const satisfies MessageTable;
