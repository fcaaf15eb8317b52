'use server';

import { z } from 'zod';
import {
  createCategory,
  deactivateCategory,
  reactivateCategory,
  renameCategory,
} from '@/lib/categories/mutations';
import {
  categoryIdSchema,
  createCategorySchema,
  renameCategorySchema,
} from '@/lib/categories/schema';
import type { ActionState } from '@/lib/forms/action-state';
import { runAdminAction } from '../_lib/run-action';

const PATH = '/quan-tri/chuyen-muc';
const byId = z.object({ categoryId: categoryIdSchema });

/** "Thêm chuyên mục": the address comes from the name. */
export async function createCategoryAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAdminAction(formData, createCategorySchema, PATH, async (actor, input) => {
    const { result, tags } = await createCategory(actor, input);
    return { message: `Đã thêm chuyên mục "${result.name}" (/chuyen-muc/${result.slug}).`, tags };
  });
}

/** "Đổi tên": the address stays. */
export async function renameCategoryAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAdminAction(formData, renameCategorySchema, PATH, async (actor, input) => {
    const { result, tags } = await renameCategory(actor, input);
    return { message: `Đã đổi tên thành "${result.name}".`, tags };
  });
}

/** "Ngừng sử dụng": refused while the category still holds public articles. */
export async function deactivateCategoryAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAdminAction(formData, byId, PATH, async (actor, { categoryId }) => {
    const { result, tags } = await deactivateCategory(actor, categoryId);
    return { message: `Đã ngừng sử dụng chuyên mục "${result.name}".`, tags };
  });
}

/** "Dùng lại". */
export async function reactivateCategoryAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAdminAction(formData, byId, PATH, async (actor, { categoryId }) => {
    const { result, tags } = await reactivateCategory(actor, categoryId);
    return { message: `Đã dùng lại chuyên mục "${result.name}".`, tags };
  });
}
