import { z } from 'zod';

const name = z
  .string({ error: 'Vui lòng nhập tên chuyên mục.' })
  .trim()
  .min(1, 'Vui lòng nhập tên chuyên mục.')
  .max(120, 'Tên chuyên mục quá dài (tối đa 120 ký tự).');

const description = z
  .string()
  .trim()
  .max(500, 'Mô tả quá dài (tối đa 500 ký tự).')
  .optional()
  .transform((value) => value ?? '');

const categoryId = z
  .string({ error: 'Thiếu chuyên mục.' })
  .min(1, 'Thiếu chuyên mục.')
  .max(64, 'Chuyên mục không hợp lệ.');

/** "Thêm chuyên mục" (admin). The slug is derived from the name. */
export const createCategorySchema = z.object({ name, description });

/** Renaming a category (admin); its slug, and so its address, stays. */
export const renameCategorySchema = z.object({ categoryId, name, description });

export const categoryIdSchema = categoryId;
