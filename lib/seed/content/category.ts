/** The source page's category, at its published slug (which never changes). */
export const seedCategory = {
  slug: 'truyen-thong-chinh-sach',
  name: 'Truyền thông Chính sách',
  // The source gives no description; editors can add one.
  description: '',
  position: 1,
} as const;
