// Server-side messages, in the user's language. Codes are stable; wording lives only here and in web/src/i18n.
export type Locale = 'vi' | 'en';

export const MESSAGES = {
  VALIDATION_FAILED: { vi: 'Dữ liệu chưa hợp lệ', en: 'The data is not valid' },
  UNAUTHENTICATED: { vi: 'Vui lòng đăng nhập', en: 'Please sign in' },
  FORBIDDEN: { vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' },
  NOT_FOUND: { vi: 'Không tìm thấy', en: 'Not found' },
  CSRF_FAILED: {
    vi: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang',
    en: 'Invalid session token, please reload the page',
  },
  INVALID_CREDENTIALS: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng', en: 'Wrong username or password' },
  TOO_MANY_ATTEMPTS: {
    vi: 'Đăng nhập sai quá nhiều lần, vui lòng thử lại sau 15 phút',
    en: 'Too many failed sign-ins, try again in 15 minutes',
  },
  INTERNAL: { vi: 'Lỗi hệ thống, vui lòng thử lại', en: 'Something went wrong, please try again' },
  ORG_CHILD_NOT_ALLOWED: {
    vi: 'Không thể đặt loại đơn vị này dưới đơn vị cha đã chọn',
    en: 'This kind of unit cannot be placed under the chosen parent',
  },
  ORG_ROOT_NOT_ALLOWED: { vi: 'Chỉ đảng ủy mới là đơn vị gốc', en: 'Only a committee can be a root unit' },
  ORG_MOVE_INTO_ITSELF: {
    vi: 'Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó',
    en: 'A unit cannot be moved under itself or its own subunit',
  },
  ORG_GROUP_HAS_MEMBERS: {
    vi: 'Tổ đảng còn đảng viên, không thể chuyển sang chi bộ khác',
    en: 'The party group still has members and cannot move to another cell',
  },
  ORG_NOT_EMPTY: {
    vi: 'Đơn vị còn đơn vị trực thuộc hoặc đảng viên, không thể xóa',
    en: 'The unit still has subunits or people and cannot be deleted',
  },
  MEMBER_STATUS_CHANGE_NOT_ALLOWED: {
    vi: 'Không thể chuyển từ trạng thái hiện tại sang trạng thái này',
    en: 'This status change is not allowed from the current status',
  },
  MEMBER_NOT_IN_CELL: {
    vi: 'Đảng viên phải sinh hoạt tại một chi bộ',
    en: 'A party member must belong to a cell',
  },
  MEMBER_GROUP_NOT_IN_CELL: {
    vi: 'Tổ đảng phải thuộc chi bộ của đảng viên',
    en: 'The party group must belong to the member’s cell',
  },
  MEMBER_TRANSFER_SAME_UNIT: {
    vi: 'Đảng viên đã sinh hoạt tại đơn vị này',
    en: 'The member is already in this unit',
  },
  MEMBER_CARD_TAKEN: { vi: 'Số thẻ đảng viên đã tồn tại', en: 'This party card number is already recorded' },
  DATE_BEFORE_CURRENT: {
    vi: 'Ngày không được trước ngày bắt đầu trạng thái hiện tại',
    en: 'The date cannot be before the current status began',
  },
  ROLE_NOT_FOR_UNIT: {
    vi: 'Chức danh này không áp dụng cho loại đơn vị này',
    en: 'This role does not apply to this kind of unit',
  },
  ROLE_HOLDER_NOT_MEMBER: {
    vi: 'Chức danh trong chi bộ chỉ giao cho đảng viên chính thức của chi bộ',
    en: 'Cell roles go only to official members of that cell',
  },
  ROLE_ALREADY_HELD: { vi: 'Người này đang giữ chức danh này', en: 'This person already holds this role' },
  ROLE_ALREADY_ENDED: { vi: 'Chức danh này đã kết thúc', en: 'This role has already ended' },
  GUIDANCE_NOT_COMMITTEE: {
    vi: 'Chỉ đảng ủy mới ban hành hướng dẫn',
    en: 'Only a committee issues guidance',
  },
  GUIDANCE_DEADLINE_BEFORE_ISSUE: {
    vi: 'Hạn nộp kế hoạch không được trước ngày ban hành',
    en: 'The plan deadline cannot be before the date of issue',
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
  MEETING_NOT_CELL: { vi: 'Chỉ chi bộ mới tổ chức sinh hoạt chi bộ', en: 'Only a cell holds cell meetings' },
  MEETING_TOPIC_NOT_IN_CELL: {
    vi: 'Chuyên đề không thuộc kế hoạch của chi bộ',
    en: 'The topic is not in this cell’s plan',
  },
  MEETING_TOPIC_NOT_REGULAR: {
    vi: 'Buổi sinh hoạt thường kỳ không có chuyên đề; hãy chọn hình thức kết hợp sinh hoạt chuyên đề',
    en: 'A regular meeting has no topic; choose a meeting combined with the thematic part',
  },
  MEETING_NOT_SCHEDULED: {
    vi: 'Buổi sinh hoạt đã bắt đầu hoặc đã kết thúc, không sửa lịch được',
    en: 'The meeting has started or ended; its schedule cannot change',
  },
  MEETING_DRAFT_NOT_DISTRIBUTED: {
    vi: 'Dự thảo chuyên đề chưa được thông qua và gửi đến đảng viên, chưa thể bắt đầu buổi sinh hoạt chuyên đề',
    en: 'The topic’s draft has not been approved and sent to members; the thematic meeting cannot start yet',
  },
  PRACTICE_NOT_CARRIED: {
    vi: 'Nội dung làm theo này không thuộc chương trình đánh giá của buổi sinh hoạt',
    en: 'This practice commitment is not on this meeting’s agenda for evaluation',
  },
  PRACTICE_ALREADY_ACHIEVED: {
    vi: 'Nội dung làm theo này đã được đánh giá là đạt kết quả',
    en: 'This practice commitment was already found achieved',
  },
  MEETING_NOT_LIVE: {
    vi: 'Buổi sinh hoạt chưa bắt đầu hoặc đã kết thúc',
    en: 'The meeting is not in progress',
  },
  MEETING_TRANSITION_NOT_ALLOWED: {
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của buổi sinh hoạt',
    en: 'This cannot be done in the meeting’s current state',
  },
  MEETING_CHANGED: {
    vi: 'Buổi sinh hoạt vừa được cập nhật ở nơi khác; hãy tải lại',
    en: 'The meeting was just updated elsewhere; reload it',
  },
  MEETING_PERSON_NOT_IN_CELL: {
    vi: 'Người này không phải đảng viên của chi bộ',
    en: 'This person is not a member of the cell',
  },
  MEETING_SAME_SIGNER: {
    vi: 'Chủ trì và thư ký phải là hai người khác nhau',
    en: 'The chair and the minute-taker must be two different people',
  },
  MEETING_ITEM_NOT_STARTED: { vi: 'Nội dung này chưa bắt đầu', en: 'This agenda item has not started' },
  MEETING_REASON_REQUIRED: { vi: 'Hãy ghi lý do vắng mặt', en: 'Give the reason for the absence' },
  MEETING_GUEST_SPOKE: {
    vi: 'Đại biểu đã phát biểu, không xóa khỏi danh sách được',
    en: 'This guest has spoken and cannot be removed',
  },
  MEETING_NOT_ON_ROLL: {
    vi: 'Đồng chí không có trong danh sách dự họp',
    en: 'You are not on this meeting’s roll',
  },
  MEETING_ALREADY_WAITING: {
    vi: 'Đồng chí đã đăng ký phát biểu, đang chờ đến lượt',
    en: 'You have already asked to speak and are waiting your turn',
  },
  AGENDA_INTERLEAVED: {
    vi: 'Sinh hoạt thường kỳ và sinh hoạt chuyên đề phải thực hiện lần lượt, không xen kẽ',
    en: 'The regular and thematic parts must follow one another, never interleaved',
  },
  AGENDA_ORDER_NOT_KEPT: {
    vi: 'Thứ tự các phần không đúng thứ tự chi bộ đã chọn',
    en: 'The parts are not in the order the cell chose',
  },
  AGENDA_REGULAR_IN_THEMATIC_MEETING: {
    vi: 'Buổi sinh hoạt chuyên đề riêng không có phần sinh hoạt thường kỳ',
    en: 'A thematic-only meeting has no regular part',
  },
  AGENDA_NO_THEMATIC_PART: {
    vi: 'Chương trình chưa có phần sinh hoạt chuyên đề',
    en: 'The agenda has no thematic part',
  },
  AGENDA_NO_STUDY_PART: {
    vi: 'Mỗi kỳ sinh hoạt chi bộ phải có phần học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    en: 'Every regular cell meeting keeps its part studying Hồ Chí Minh’s thought, ethics and style',
  },
  AGENDA_THEMATIC_IN_REGULAR_MEETING: {
    vi: 'Buổi sinh hoạt thường kỳ không có phần sinh hoạt chuyên đề; hãy chọn hình thức kết hợp',
    en: 'A regular meeting has no thematic part; choose a combined meeting',
  },
  AGENDA_OPENING_NOT_FIRST: { vi: 'Phần mở đầu phải ở đầu chương trình', en: 'The opening must come first' },
  AGENDA_CLOSING_NOT_LAST: { vi: 'Phần kết thúc phải ở cuối chương trình', en: 'The closing must come last' },
  VOTE_TOO_MANY: {
    vi: 'Tổng số phiếu vượt quá số đảng viên được biểu quyết có mặt',
    en: 'More votes than members present who may vote',
  },
  VOTE_NOT_A_VOTER: {
    vi: 'Chỉ đảng viên chính thức có mặt mới biểu quyết (đảng viên dự bị không biểu quyết)',
    en: 'Only official members present vote (probationary members do not)',
  },
  VOTE_TWICE: { vi: 'Mỗi đảng viên chỉ biểu quyết một lần', en: 'Each member votes once' },
  MINUTES_LOCKED: {
    vi: 'Biên bản đã ký, không sửa được; hãy ghi phần bổ sung',
    en: 'The minutes are signed and cannot change; add an addendum instead',
  },
  MINUTES_NOT_SIGNABLE: {
    vi: 'Chỉ chủ trì và thư ký của buổi sinh hoạt mới ký biên bản',
    en: 'Only the chair and the minute-taker of the meeting sign the minutes',
  },
  MINUTES_ALREADY_SIGNED: { vi: 'Đồng chí đã ký biên bản này', en: 'You have already signed these minutes' },
  MINUTES_NOT_LOCKED: {
    vi: 'Chỉ ghi bổ sung sau khi biên bản đã được ký',
    en: 'Addenda follow signed minutes only',
  },
  MINUTES_MEETING_NOT_ENDED: {
    vi: 'Buổi sinh hoạt chưa kết thúc',
    en: 'The meeting has not ended yet',
  },
  MEETING_NOTICE_NOT_SENT: {
    vi: 'Chưa gửi thông báo buổi sinh hoạt',
    en: 'The notice has not been sent yet',
  },
  MINUTES_MISSING: { vi: 'Chưa có biên bản', en: 'There are no minutes yet' },
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
  EVALUATION_REPORT_ISSUED: {
    vi: 'Báo cáo của buổi sinh hoạt đã ban hành, nhận xét không sửa được nữa',
    en: 'The meeting’s report has been issued; its evaluation can no longer change',
  },
  USERNAME_TAKEN: { vi: 'Tên đăng nhập đã được sử dụng', en: 'This username is taken' },
  ACCOUNT_EXISTS: { vi: 'Người này đã có tài khoản', en: 'This person already has an account' },
} as const satisfies Record<string, Record<Locale, string>>;

export type ErrorCode = keyof typeof MESSAGES;

export function message(code: ErrorCode, locale: Locale): string {
  return MESSAGES[code][locale];
}
