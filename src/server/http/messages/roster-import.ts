// Messages of the roster import (issue 18): the file as a whole, then each row's field ({column} is the header).
import type { MessageTable } from './message-table.ts';

export const ROSTER_IMPORT_MESSAGES = {
  ROSTER_IMPORT_NO_FILE: {
    vi: 'Hãy chọn tệp danh sách (.xlsx hoặc .csv)',
    en: 'Choose a roster file (.xlsx or .csv)',
  },
  ROSTER_IMPORT_TOO_LARGE: {
    vi: 'Tệp quá lớn: tối đa {size}',
    en: 'The file is too large: at most {size}',
  },
  ROSTER_IMPORT_NOT_SPREADSHEET: {
    vi: 'Tệp không phải bảng tính Excel (.xlsx) hay CSV',
    en: 'The file is not an Excel workbook (.xlsx) or a CSV file',
  },
  ROSTER_IMPORT_OLD_XLS: {
    vi: 'Tệp Excel định dạng cũ (.xls): hãy mở và lưu lại thành .xlsx',
    en: 'An old-format Excel file (.xls): open it and save it as .xlsx',
  },
  ROSTER_IMPORT_NOT_UTF8: {
    vi: 'Tệp CSV phải lưu với bảng mã UTF-8 (Excel: "CSV UTF-8")',
    en: 'The CSV file must be saved as UTF-8 (Excel: "CSV UTF-8")',
  },
  ROSTER_IMPORT_BAD_CSV: {
    vi: 'Tệp CSV hỏng: có dấu ngoặc kép chưa đóng',
    en: 'The CSV file is broken: a quotation mark is not closed',
  },
  ROSTER_IMPORT_EMPTY: {
    vi: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề',
    en: 'The file has no data rows below the header row',
  },
  ROSTER_IMPORT_TOO_MANY_ROWS: {
    vi: 'Tệp có quá nhiều dòng: mỗi lần nhập tối đa {limit} đảng viên',
    en: 'The file has too many rows: at most {limit} members per import',
  },
  ROSTER_IMPORT_MISSING_COLUMN: {
    vi: 'Thiếu cột bắt buộc: {columns}',
    en: 'Required columns are missing: {columns}',
  },
  ROSTER_IMPORT_DUPLICATE_COLUMN: {
    vi: 'Cột bị lặp lại: {columns}',
    en: 'Columns given twice: {columns}',
  },
  ROSTER_IMPORT_CELL_ONLY: {
    vi: 'Chỉ nhập danh sách đảng viên cho một chi bộ',
    en: 'A roster is imported into a cell only',
  },
  ROSTER_IMPORT_HAS_ERRORS: {
    vi: 'Còn dòng có lỗi: sửa tệp rồi xem trước lại, chưa có gì được ghi',
    en: 'Some rows have errors: fix the file and preview again; nothing was written',
  },
  ROSTER_IMPORT_STALE: {
    vi: 'Danh sách chi bộ đã thay đổi từ lúc xem trước: hãy xem trước lại, chưa có gì được ghi',
    en: 'The roster changed since the preview: preview again; nothing was written',
  },
  // Row by row: the field's column and the reason.
  ROSTER_FORMULA: {
    vi: '{column}: ô chứa công thức — hãy dán giá trị thay cho công thức',
    en: '{column}: the cell holds a formula — paste the value instead',
  },
  ROSTER_TEXT_INVALID: {
    vi: '{column}: chứa ký tự không hợp lệ',
    en: '{column}: holds characters that cannot be stored',
  },
  ROSTER_REQUIRED: { vi: '{column}: chưa điền', en: '{column}: missing' },
  ROSTER_TOO_LONG: {
    vi: '{column}: quá dài (tối đa 120 ký tự)',
    en: '{column}: too long (120 characters at most)',
  },
  ROSTER_DATE_FORMAT: {
    vi: '{column}: không phải ngày dạng ngày/tháng/năm (dd/mm/yyyy)',
    en: '{column}: not a date as dd/mm/yyyy',
  },
  ROSTER_DATE_NO_SUCH_DAY: { vi: '{column}: không có ngày này', en: '{column}: no such day' },
  ROSTER_DATE_FUTURE: { vi: '{column}: ngày trong tương lai', en: '{column}: a date in the future' },
  ROSTER_JOINED_TOO_YOUNG: {
    vi: '{column}: chưa đủ 18 tuổi khi vào Đảng (Điều lệ Đảng, Điều 1)',
    en: '{column}: under 18 when admitted (Party Charter, Art. 1)',
  },
  ROSTER_OFFICIAL_BEFORE_PROBATION_ENDS: {
    vi: '{column}: phải sau ngày vào Đảng ít nhất 12 tháng dự bị (Điều lệ Đảng, Điều 5)',
    en: '{column}: must be at least the 12 months of probation after joining (Party Charter, Art. 5)',
  },
  ROSTER_PROBATIONARY_HAS_OFFICIAL: {
    vi: '{column}: đảng viên dự bị chưa có ngày chính thức',
    en: '{column}: a probationary member has no date official yet',
  },
  ROSTER_GENDER: { vi: '{column}: ghi Nam hoặc Nữ', en: '{column}: write Nam or Nữ' },
  ROSTER_STATUS: {
    vi: '{column}: ghi Chính thức, Dự bị hoặc Miễn sinh hoạt',
    en: '{column}: write Chính thức, Dự bị or Miễn sinh hoạt',
  },
  ROSTER_ROLE: {
    vi: '{column}: ghi Bí thư, Phó bí thư, Chi ủy viên hoặc để trống',
    en: '{column}: write Bí thư, Phó bí thư, Chi ủy viên or leave it empty',
  },
  ROSTER_CARD_FORMAT: {
    vi: '{column}: phải gồm 6 đến 12 chữ số',
    en: '{column}: must be 6 to 12 digits',
  },
  ROSTER_CARD_DUPLICATE: {
    vi: '{column}: số thẻ này xuất hiện nhiều lần trong tệp',
    en: '{column}: this card number appears more than once in the file',
  },
  ROSTER_CARD_OTHER_UNIT: {
    vi: '{column}: thuộc một đảng viên đang sinh hoạt ở đơn vị khác — chuyển sinh hoạt bằng chức năng chuyển đảng viên, không qua nhập tệp',
    en: '{column}: belongs to a member of another unit — use the transfer, not the import',
  },
  ROSTER_PERSON_LEFT: {
    vi: '{column}: người này đã chuyển đi hoặc không phải đảng viên của chi bộ — dùng chức năng chuyển sinh hoạt',
    en: '{column}: this person has left or is not a party member of the cell — use the transfer',
  },
  ROSTER_PHONE: {
    vi: '{column}: số điện thoại không hợp lệ (0 và 9–10 chữ số, hoặc +84)',
    en: '{column}: not a valid phone number (0 and 9–10 digits, or +84)',
  },
  ROSTER_EMAIL: { vi: '{column}: địa chỉ email không hợp lệ', en: '{column}: not a valid e-mail address' },
  ROSTER_STATUS_CHANGE: {
    vi: '{column}: không thể chuyển từ trạng thái đang ghi nhận sang trạng thái này',
    en: '{column}: the recorded status cannot change to this one',
  },
  ROSTER_STATUS_DATE_BEFORE_CURRENT: {
    vi: '{column}: trước ngày bắt đầu trạng thái đang ghi nhận',
    en: '{column}: before the recorded status began',
  },
  ROSTER_ROLE_NOT_OFFICIAL: {
    vi: '{column}: chức vụ trong chi bộ chỉ giao cho đảng viên chính thức',
    en: '{column}: cell posts go only to official members',
  },
  ROSTER_ROLE_HELD: {
    vi: '{column}: chi bộ đã có người giữ chức vụ này ({holder}) — thay đổi ở mục Chức danh',
    en: '{column}: someone already holds this post ({holder}) — change it under Roles',
  },
  ROSTER_ROLE_TWICE: {
    vi: '{column}: nhiều dòng trong tệp cùng ghi chức vụ này',
    en: '{column}: several rows of the file give this post',
  },
  ROSTER_ROLE_NOT_ALLOWED: {
    vi: '{column}: chỉ cấp ủy cấp trên giao chức vụ — để trống hoặc nhờ cán bộ tổ chức nhập',
    en: '{column}: only the committee above gives posts — leave it empty or ask its officer',
  },
} as const satisfies MessageTable;
