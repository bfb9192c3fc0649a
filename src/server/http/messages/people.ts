// Messages of the organisation, members, roles and accounts.
import type { MessageTable } from './message-table.ts';

export const PEOPLE_MESSAGES = {
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
  ORG_SETTING_CELL_ONLY: {
    vi: 'Chỉ chi bộ mới có thiết lập này',
    en: 'Only a cell has this setting',
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
  USERNAME_TAKEN: { vi: 'Tên đăng nhập đã được sử dụng', en: 'This username is taken' },
  ACCOUNT_EXISTS: { vi: 'Người này đã có tài khoản', en: 'This person already has an account' },
} as const satisfies MessageTable;
