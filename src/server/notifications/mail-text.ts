/**
 * The e-mail of a notification, in the person's language (Vietnamese unless they chose English), plain
 * text and HTML, with the unit's name and a link to the screen. The wording per kind matches the bell's
 * (web/src/i18n, section "notifications.kinds").
 */
import type { NotificationKind } from '#domain/notifications/kinds.ts';

export type NotificationParams = Record<string, string | number | null | undefined>;
type Locale = 'vi' | 'en';

const dmy = (d: unknown) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(d ?? ''));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : String(d ?? '');
};
const s = (v: unknown) => String(v ?? '');

// The quality levels of a meeting (domain/quality/rubric.ts), as the web names them (meeting.quality.levels).
const LEVEL_NAMES: Record<Locale, Record<string, string>> = {
  vi: { good: 'Tốt', fair: 'Khá', average: 'Trung bình', poor: 'Kém' },
  en: { good: 'Good', fair: 'Fair', average: 'Average', poor: 'Poor' },
};
const lv = (locale: Locale, level: unknown) => LEVEL_NAMES[locale][s(level)] ?? s(level);

// The plan's steps as seed 000's section III names them (documents/plan-document.ts), and in English.
const STEP_NAMES: Record<Locale, Record<string, string>> = {
  vi: {
    outline: 'Chuẩn bị đề cương',
    draft1: 'Xây dựng dự thảo lần 1',
    comments: 'Lấy ý kiến tham gia',
    draft2: 'Tiếp thu, hoàn chỉnh dự thảo lần 2',
    meeting: 'Tổ chức sinh hoạt chuyên đề',
  },
  en: {
    outline: 'Prepare the outline',
    draft1: 'Write draft 1',
    comments: 'Collect comments',
    draft2: 'Absorb comments into draft 2',
    meeting: 'Hold the thematic meeting',
  },
};
const step = (p: NotificationParams, l: Locale) => STEP_NAMES[l][s(p.step)] ?? s(p.step);

const SENTENCES: Record<NotificationKind, Record<Locale, (p: NotificationParams) => string>> = {
  draft_distributed: {
    vi: (p) =>
      `Dự thảo chuyên đề "${s(p.topic)}" đã được gửi để đồng chí nghiên cứu, góp ý${p.dueOn ? ` trước ngày ${dmy(p.dueOn)}` : ''}.`,
    en: (p) =>
      `The draft of the topic "${s(p.topic)}" was sent to you to study and comment on${p.dueOn ? ` by ${dmy(p.dueOn)}` : ''}.`,
  },
  plan_returned: {
    vi: (p) =>
      `Cấp ủy cấp trên đã trả lại kế hoạch sinh hoạt chuyên đề năm ${s(p.year)}${p.remark ? ` với ý kiến: "${s(p.remark)}"` : ''}.`,
    en: (p) =>
      `The committee returned the ${s(p.year)} thematic meeting plan${p.remark ? ` with the remark: "${s(p.remark)}"` : ''}.`,
  },
  minutes_to_sign: {
    vi: (p) => `Biên bản buổi sinh hoạt ngày ${dmy(p.date)} đang chờ đồng chí ký.`,
    en: (p) => `The minutes of the meeting of ${dmy(p.date)} wait for your signature.`,
  },
  task_assigned: {
    vi: (p) => `Đồng chí được giao nhiệm vụ: ${s(p.task)}${p.due ? ` (thời hạn ${dmy(p.due)})` : ''}.`,
    en: (p) => `You were assigned a task: ${s(p.task)}${p.due ? ` (due ${dmy(p.due)})` : ''}.`,
  },
  meeting_notice: {
    vi: (p) => `Thông báo sinh hoạt chi bộ ngày ${dmy(p.date)}, lúc ${s(p.time)}, tại ${s(p.place)}.`,
    en: (p) => `Notice of the cell meeting on ${dmy(p.date)} at ${s(p.time)}, ${s(p.place)}.`,
  },
  meeting_changed: {
    vi: (p) => `Lịch sinh hoạt chi bộ đã thay đổi: ngày ${dmy(p.date)}, lúc ${s(p.time)}, tại ${s(p.place)}.`,
    en: (p) => `The cell meeting was changed: ${dmy(p.date)} at ${s(p.time)}, ${s(p.place)}.`,
  },
  meeting_cancelled: {
    vi: (p) => `Buổi sinh hoạt chi bộ ngày ${dmy(p.date)} đã bị hủy.`,
    en: (p) => `The cell meeting of ${dmy(p.date)} was cancelled.`,
  },
  report_issued: {
    vi: (p) => `Đã ban hành: ${s(p.title)}.`,
    en: (p) => `Issued: ${s(p.title)}.`,
  },
  report_remark: {
    vi: (p) => `Cấp trên đã nhận báo cáo ${s(p.number)} với ý kiến: "${s(p.remark)}".`,
    en: (p) => `The committee above received report ${s(p.number)} with the remark: "${s(p.remark)}".`,
  },
  committee_reminder: {
    vi: (p) => `Cấp ủy nhắc nhở: ${s(p.message)}`,
    en: (p) => `A reminder from the committee: ${s(p.message)}`,
  },
  delegate_registered: {
    vi: (p) =>
      `Đồng chí ${s(p.name)} (${s(p.committee)}) đăng ký dự buổi sinh hoạt chi bộ ngày ${dmy(p.date)}, lúc ${s(p.time)}.`,
    en: (p) =>
      `${s(p.name)} (${s(p.committee)}) will attend the cell meeting of ${dmy(p.date)} at ${s(p.time)}.`,
  },
  delegate_withdrawn: {
    vi: (p) =>
      `Đồng chí ${s(p.name)} (${s(p.committee)}) rút đăng ký dự buổi sinh hoạt chi bộ ngày ${dmy(p.date)}.`,
    en: (p) => `${s(p.name)} (${s(p.committee)}) will no longer attend the cell meeting of ${dmy(p.date)}.`,
  },
  reminder_comments: {
    vi: (p) =>
      `Nhắc: hạn góp ý dự thảo chuyên đề "${s(p.topic)}" là ngày ${dmy(p.dueOn)}; đồng chí chưa đọc dự thảo.`,
    en: (p) =>
      `Reminder: comments on the draft of "${s(p.topic)}" close on ${dmy(p.dueOn)}; you have not opened it yet.`,
  },
  reminder_meeting: {
    vi: (p) => `Nhắc: ngày mai (${dmy(p.date)}) chi bộ sinh hoạt lúc ${s(p.time)}, tại ${s(p.place)}.`,
    en: (p) => `Reminder: the cell meets tomorrow (${dmy(p.date)}) at ${s(p.time)}, ${s(p.place)}.`,
  },
  reminder_plan_step: {
    vi: (p) =>
      `Nhắc: bước "${step(p, 'vi')}" của chuyên đề "${s(p.topic)}" đến hạn trong tháng ${s(p.month)}.`,
    en: (p) => `Reminder: the step "${step(p, 'en')}" of "${s(p.topic)}" is due this month (${s(p.month)}).`,
  },
  reminder_task: {
    vi: (p) =>
      p.state === 'overdue'
        ? `Nhắc: nhiệm vụ "${s(p.task)}" đã quá hạn (${dmy(p.due)}).`
        : `Nhắc: nhiệm vụ "${s(p.task)}" đến hạn ngày ${dmy(p.due)}.`,
    en: (p) =>
      p.state === 'overdue'
        ? `Reminder: the task "${s(p.task)}" is overdue (${dmy(p.due)}).`
        : `Reminder: the task "${s(p.task)}" is due on ${dmy(p.due)}.`,
  },
  reminder_review: {
    vi: (p) =>
      p.state === 'overdue'
        ? `Nhắc: báo cáo sơ kết, tổng kết nghị quyết "${s(p.topic)}" đã quá hạn (${dmy(p.due)}).`
        : `Nhắc: báo cáo sơ kết, tổng kết nghị quyết "${s(p.topic)}" đến hạn ngày ${dmy(p.due)}.`,
    en: (p) =>
      p.state === 'overdue'
        ? `Reminder: the review of the resolution "${s(p.topic)}" is overdue (${dmy(p.due)}).`
        : `Reminder: the review of the resolution "${s(p.topic)}" is due on ${dmy(p.due)}.`,
  },
  support_assigned: {
    vi: (p) => `Đồng chí được phân công theo dõi, hướng dẫn ${s(p.cell)}: ${s(p.reason)}`,
    en: (p) => `You were assigned to follow and guide ${s(p.cell)}: ${s(p.reason)}`,
  },
  support_entry: {
    vi: (p) =>
      `${s(p.by)} đã ghi ${p.entryKind === 'visit' ? 'buổi làm việc' : 'ghi chú'} hướng dẫn chi bộ ngày ${dmy(p.date)}.`,
    en: (p) =>
      `${s(p.by)} recorded a guidance ${p.entryKind === 'visit' ? 'visit' : 'note'} for the cell on ${dmy(p.date)}.`,
  },
  committee_invited: {
    vi: (p) => `Chi bộ mời cấp ủy cấp trên góp ý dự thảo chuyên đề "${s(p.topic)}".`,
    en: (p) => `The cell invites the committee above to comment on the draft of "${s(p.topic)}".`,
  },
  commendation_recorded: {
    vi: (p) =>
      `${s(p.committee)} ${p.kind === 'reward' ? 'khen thưởng' : 'biểu dương'} ${s(p.subject)}: ${s(p.reason)}`,
    en: (p) =>
      `${s(p.committee)} ${p.kind === 'reward' ? 'rewarded' : 'praised'} ${s(p.subject)}: ${s(p.reason)}`,
  },
  model_meeting_invited: {
    vi: (p) =>
      `${s(p.committee)} mời đồng chí dự sinh hoạt chuyên đề mẫu của ${s(p.cell)} ngày ${dmy(p.date)}, lúc ${s(p.time)}, tại ${s(p.place)}: "${s(p.topic)}".`,
    en: (p) =>
      `${s(p.committee)} invites you to the model thematic meeting of ${s(p.cell)} on ${dmy(p.date)} at ${s(p.time)}, ${s(p.place)}: "${s(p.topic)}".`,
  },
  model_meeting_withdrawn: {
    vi: (p) =>
      `${s(p.committee)} thôi chọn buổi sinh hoạt ngày ${dmy(p.date)} của ${s(p.cell)} làm sinh hoạt chuyên đề mẫu.`,
    en: (p) =>
      `${s(p.committee)} no longer holds the meeting of ${s(p.cell)} on ${dmy(p.date)} as a model meeting.`,
  },
  year_review_finalised: {
    vi: (p) => `${s(p.cell)} đã hoàn thành đánh giá cuối năm ${s(p.year)} về sinh hoạt chuyên đề.`,
    en: (p) => `${s(p.cell)} finalised its ${s(p.year)} year-end review of thematic meetings.`,
  },
  inspection_concluded: {
    vi: (p) =>
      `${s(p.committee)} đã ban hành Thông báo kết luận kiểm tra, giám sát số ${s(p.number)} với ${s(p.requests)} yêu cầu đối với chi bộ.`,
    en: (p) =>
      `${s(p.committee)} issued inspection conclusion no. ${s(p.number)} with ${s(p.requests)} requests to the cell.`,
  },
  inspection_answered: {
    vi: (p) => `${s(p.cell)} đã trả lời yêu cầu sau kiểm tra, giám sát: "${s(p.request)}".`,
    en: (p) => `${s(p.cell)} answered an inspection request: "${s(p.request)}".`,
  },
  inspection_asked_again: {
    vi: (p) => `${s(p.committee)} đề nghị chi bộ tiếp tục thực hiện, báo cáo lại yêu cầu: "${s(p.request)}".`,
    en: (p) => `${s(p.committee)} asks the cell again about the request: "${s(p.request)}".`,
  },
  quality_proposed: {
    vi: (p) =>
      `${s(p.cell)} đề nghị điểm chất lượng buổi sinh hoạt ngày ${dmy(p.heldOn)}: ${s(p.points)} điểm, mức ${lv('vi', p.level)}. Đề nghị cấp ủy xác nhận.`,
    en: (p) =>
      `${s(p.cell)} proposes a quality score for the meeting of ${dmy(p.heldOn)}: ${s(p.points)} points, level ${lv('en', p.level)}. Please confirm it.`,
  },
  quality_confirmed: {
    vi: (p) =>
      `${s(p.committee)} đã xác nhận điểm chất lượng buổi sinh hoạt ngày ${dmy(p.heldOn)}: mức ${lv('vi', p.level)}.`,
    en: (p) =>
      `${s(p.committee)} confirmed the quality score of the meeting of ${dmy(p.heldOn)}: ${lv('en', p.level)}.`,
  },
  quality_adjusted: {
    vi: (p) =>
      `${s(p.committee)} đã điều chỉnh điểm chất lượng buổi sinh hoạt ngày ${dmy(p.heldOn)}, mức ${lv('vi', p.level)}. Lý do: ${s(p.reasons)}`,
    en: (p) =>
      `${s(p.committee)} adjusted the quality score of the meeting of ${dmy(p.heldOn)}, level ${lv('en', p.level)}. Reasons: ${s(p.reasons)}`,
  },
};

const WORDS = {
  vi: {
    greeting: (name: string) => `Kính gửi đồng chí ${name},`,
    unit: 'Đơn vị',
    open: 'Xem chi tiết',
    footer:
      'Thư tự động từ Chuyên Đề. Đồng chí có thể chọn nhận thông báo qua thư điện tử hay không trong mục Cài đặt thông báo.',
  },
  en: {
    greeting: (name: string) => `Dear comrade ${name},`,
    unit: 'Unit',
    open: 'Open',
    footer:
      'An automatic message from Chuyên Đề. Choose which notifications also come by e-mail under Notification settings.',
  },
} as const;

export function notificationSentence(kind: NotificationKind, params: NotificationParams, locale: Locale) {
  return SENTENCES[kind][locale](params);
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export function composeMail(input: {
  kind: NotificationKind;
  params: NotificationParams;
  locale: Locale;
  personName: string;
  unitName: string;
  url: string;
}) {
  const w = WORDS[input.locale];
  const sentence = notificationSentence(input.kind, input.params, input.locale);
  const subject = `[Chuyên Đề] ${input.unitName}: ${sentence}`.slice(0, 250);
  const text = [
    w.greeting(input.personName),
    '',
    sentence,
    '',
    `${w.unit}: ${input.unitName}`,
    `${w.open}: ${input.url}`,
    '',
    '--',
    w.footer,
  ].join('\n');
  const html = `<!doctype html><html lang="${input.locale}"><body style="font-family:Arial,sans-serif;font-size:15px">
<p>${escapeHtml(w.greeting(input.personName))}</p>
<p>${escapeHtml(sentence)}</p>
<p>${escapeHtml(w.unit)}: <strong>${escapeHtml(input.unitName)}</strong></p>
<p><a href="${escapeHtml(input.url)}">${escapeHtml(w.open)}</a></p>
<hr><p style="color:#666;font-size:12px">${escapeHtml(w.footer)}</p>
</body></html>`;
  return { subject, text, html };
}
