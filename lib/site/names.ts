/** Names of the portal and its agency: in the chrome of every page, its metadata and feeds. */
export const PORTAL_NAME = 'Cổng Truyền thông Chính sách';
export const MINISTRY_NAME = 'Bộ Kế hoạch và Đầu tư';
