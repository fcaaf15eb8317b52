import type { Metadata } from 'next';
import { AccessDenied } from '@/components/staff/access-denied';
import { ActiveToggle, AdminTable, type ToggleActions } from '@/components/staff/admin-table';
import { Panel } from '@/components/ui/panel';
import { CreateCategoryForm } from '@/components/staff/create-category-form';
import { InlineActionForm } from '@/components/staff/inline-action-form';
import { controlClass } from '@/components/ui/form/field';
import { requireActor } from '@/lib/auth/guards';
import { type CategoryAdminDto, listCategoriesForAdmin } from '@/lib/categories/admin-queries';
import { can } from '@/lib/core/policy';
import {
  createCategoryAction,
  deactivateCategoryAction,
  reactivateCategoryAction,
  renameCategoryAction,
} from './actions';

export const metadata: Metadata = { title: 'Chuyên mục' };

const TOGGLE: ToggleActions = {
  stop: { action: deactivateCategoryAction, label: 'Ngừng sử dụng' },
  resume: { action: reactivateCategoryAction, label: 'Dùng lại' },
};
const HEADINGS = ['Chuyên mục', 'Số bài', 'Trạng thái', 'Thao tác'];

/** Categories (admins only): add, rename, stop or resume using. */
export default async function CategoriesPage() {
  const actor = await requireActor();
  if (!can(actor, 'manageCategories')) return <AccessDenied what="quản lý chuyên mục" />;
  const categories = await listCategoriesForAdmin(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Chuyên mục</h1>
      <Panel id="them-chuyen-muc" title="Thêm chuyên mục">
        <CreateCategoryForm action={createCategoryAction} />
      </Panel>
      <Panel id="danh-sach-chuyen-muc" title="Danh sách chuyên mục">
        <AdminTable headings={HEADINGS}>
          {categories.map((c) => (
            <CategoryRow key={c.id} category={c} />
          ))}
        </AdminTable>
      </Panel>
    </>
  );
}

function CategoryRow({ category: c }: { category: CategoryAdminDto }) {
  const hidden = { categoryId: c.id };
  return (
    <tr className="border-b border-slate-200 align-top">
      <th scope="row" className="py-3 pr-3 font-normal">
        <span className="block font-semibold">{c.name}</span>
        <span className="block text-slate-600">/chuyen-muc/{c.slug}</span>
      </th>
      <td className="py-3 pr-3">{c.articleCount}</td>
      <td className="py-3 pr-3">{c.active ? 'Đang dùng' : 'Ngừng sử dụng'}</td>
      <td className="space-y-3 py-3">
        <InlineActionForm
          action={renameCategoryAction}
          hidden={hidden}
          submitLabel="Đổi tên"
          label={`Đổi tên ${c.name}`}
        >
          <label htmlFor={`name-${c.id}`} className="sr-only">
            Tên mới của {c.name}
          </label>
          <input
            id={`name-${c.id}`}
            name="name"
            defaultValue={c.name}
            maxLength={120}
            className={`${controlClass} w-auto`}
          />
          <label htmlFor={`description-${c.id}`} className="sr-only">
            Mô tả của {c.name}
          </label>
          <input
            id={`description-${c.id}`}
            name="description"
            defaultValue={c.description}
            maxLength={500}
            placeholder="Mô tả"
            className={`${controlClass} w-auto`}
          />
        </InlineActionForm>
        <ActiveToggle active={c.active} name={c.name} hidden={hidden} {...TOGGLE} />
      </td>
    </tr>
  );
}
