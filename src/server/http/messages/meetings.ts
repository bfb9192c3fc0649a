// Messages of meetings: schedule, agenda, console, votes, minutes, practice commitments.
import type { MessageTable } from './message-table.ts';

export const MEETING_MESSAGES = {
  MEETING_NOT_CELL: { vi: 'Chỉ chi bộ mới tổ chức sinh hoạt chi bộ', en: 'Only a cell holds cell meetings' },
  MEETING_TOPIC_NOT_IN_CELL: {
    vi: 'Chuyên đề không thuộc kế hoạch của chi bộ',
    en: 'The topic is not in this cell’s plan',
  },
  MEETING_TOPIC_NOT_REGULAR: {
    vi: 'Buổi sinh hoạt thường kỳ không có chuyên đề; hãy chọn hình thức kết hợp sinh hoạt chuyên đề',
    en: 'A regular meeting has no topic; choose a meeting combined with the thematic part',
  },
  MEETING_TOPIC_REQUIRED: {
    vi: 'Hãy chọn chuyên đề của kế hoạch: buổi sinh hoạt chuyên đề (hoặc kết hợp) phải có chuyên đề',
    en: 'Choose a topic of the plan: a thematic (or combined) meeting must have its topic',
  },
  MEETING_TOPIC_MISSING: {
    vi: 'Buổi sinh hoạt chuyên đề chưa có chuyên đề; hãy chọn chuyên đề đã gửi dự thảo đến đảng viên rồi mới bắt đầu',
    en: 'The thematic meeting has no topic; choose a topic whose draft went to members before starting',
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
  MEETING_CLIENT_ID_TAKEN: {
    vi: 'Mã của thay đổi này đã được dùng cho một nội dung khác; không ghi thêm gì. Hãy bỏ thay đổi đang chờ và nhập lại',
    en: 'This change’s id is already used for something else; nothing was written. Discard the waiting change and enter it again',
  },
  MEETING_ALREADY_WAITING: {
    vi: 'Đồng chí đã đăng ký phát biểu, đang chờ đến lượt',
    en: 'You have already asked to speak and are waiting your turn',
  },
  AGENDA_PROFESSIONAL_INTERLEAVED: {
    vi: '“Không tổ chức sinh hoạt chuyên môn lồng ghép với sinh hoạt chi bộ”: nội dung chuyên môn không đưa vào chương trình buổi sinh hoạt chi bộ',
    en: '“No professional business interleaved with the cell meeting”: professional items have no place on the cell meeting’s agenda',
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
  VOTE_DECISION_NOT_OF_TOPIC: {
    vi: 'Quyết nghị này không thuộc Nghị quyết của buổi sinh hoạt',
    en: 'This decision is not one of this meeting’s resolution',
  },
  DECISION_ALREADY_ADOPTED: {
    vi: 'Quyết nghị đã được biểu quyết thông qua; không biểu quyết lại',
    en: 'This decision was already adopted; it is not voted on again',
  },
  TASK_FROM_DECISION: {
    vi: 'Nhiệm vụ này là quyết nghị đã được chi bộ biểu quyết thông qua, không xóa được',
    en: 'This task is a decision the cell adopted by its vote; it cannot be removed',
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
  MEETING_PAPER_HELD_IN_FUTURE: {
    vi: 'Chỉ nhập buổi sinh hoạt đã họp; buổi sắp tới hãy lên lịch sinh hoạt',
    en: 'Only a meeting already held can be entered; schedule a meeting still ahead',
  },
  MEETING_PAPER_PRESENT_NONE: {
    vi: 'Hãy nhập số đảng viên có mặt theo biên bản',
    en: 'Enter the number of members present, as the minutes record it',
  },
  MEETING_PAPER_PRESENT_ABOVE_ROLL: {
    vi: 'Số có mặt lớn hơn số đảng viên của chi bộ vào ngày đó',
    en: 'More present than the cell had members on that day',
  },
  MEETING_PAPER_TOPIC_SCHEDULED: {
    vi: 'Chuyên đề đã có buổi sinh hoạt được lên lịch; hãy tổ chức buổi đó hoặc hủy trước khi nhập buổi họp trên giấy',
    en: 'The topic already has a scheduled meeting; hold or cancel it before entering a meeting held on paper',
  },
  MEETING_PAPER_MINUTES_REQUIRED: {
    vi: 'Hãy đính kèm biên bản đã ký (bản quét PDF, ảnh chụp hoặc tệp Word)',
    en: 'Attach the signed minutes (a PDF scan, a photo or the Word file)',
  },
  // The committee's delegates (seed 000: "đại biểu cấp ủy cấp trên dự").
  MEETING_DELEGATE_CLOSED: {
    vi: 'Chỉ đăng ký hoặc rút đăng ký dự trước khi buổi sinh hoạt bắt đầu; buổi này đã bắt đầu, đã kết thúc hoặc đã hủy',
    en: 'Registering or withdrawing is only possible before the meeting starts; this one has started, ended or was cancelled',
  },
  MEETING_DELEGATE_REGISTERED: {
    vi: 'Đồng chí đã đăng ký dự buổi sinh hoạt này',
    en: 'You are already registered to attend this meeting',
  },
  CALENDAR_RANGE_TOO_LONG: {
    vi: 'Mỗi lần xem lịch tối đa 3 tháng',
    en: 'The calendar shows at most 3 months at a time',
  },
  CALENDAR_RANGE_REVERSED: {
    vi: 'Ngày kết thúc phải sau ngày bắt đầu',
    en: 'The end date must come after the start date',
  },
} as const satisfies MessageTable;
