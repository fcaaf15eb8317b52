/** Names printed in the chrome of every public page. */
export const PORTAL_NAME = 'Cổng Truyền thông Chính sách';
export const MINISTRY_NAME = 'Bộ Kế hoạch và Đầu tư';
/** Every page's main content carries this id; the skip link targets it. */
export const MAIN_ID = 'noi-dung';
