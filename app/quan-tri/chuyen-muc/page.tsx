import type { Metadata } from 'next';
import { AccessDenied } from '@/components/staff/access-denied';
import { CreateCategoryForm } from '@/components/staff/create-category-form';
import { InlineActionForm } from '@/components/staff/inline-action-form';
import { controlClass } from '@/components/ui/form/field';
import { requireActor } from '@/lib/auth/guards';
import { type CategoryAdminDto, listCategoriesForAdmin } from '@/lib/categories/admin-queries';
import { can } from '@/lib/workflow/policy';
import {
  createCategoryAction,
  deactivateCategoryAction,
  reactivateCategoryAction,
  renameCategoryAction,
} from './actions';

export const metadata: Metadata = { title: 'Chuyên mục' };

/** Categories (admins only): add, rename, stop or resume using. */
export default async function CategoriesPage() {
  const actor = await requireActor();
  if (!can(actor, 'manageCategories')) return <AccessDenied what="quản lý chuyên mục" />;
  const categories = await listCategoriesForAdmin(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Chuyên mục</h1>
      <section
        aria-labelledby="them-chuyen-muc"
        className="space-y-3 rounded border border-slate-300 bg-white p-4"
      >
        <h2 id="them-chuyen-muc" className="text-lg font-bold">
          Thêm chuyên mục
        </h2>
        <CreateCategoryForm action={createCategoryAction} />
      </section>
      <section
        aria-labelledby="danh-sach-chuyen-muc"
        className="space-y-3 rounded border border-slate-300 bg-white p-4"
      >
        <h2 id="danh-sach-chuyen-muc" className="text-lg font-bold">
          Danh sách chuyên mục
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  Chuyên mục
                </th>
                <th scope="col" className="py-2 pr-3">
                  Số bài
                </th>
                <th scope="col" className="py-2 pr-3">
                  Trạng thái
                </th>
                <th scope="col" className="py-2">
                  Thao tác
                </th>
              </tr>
            </thead>
            <tbody>
              {categories.map((c) => (
                <CategoryRow key={c.id} category={c} />
              ))}
            </tbody>
          </table>
        </div>
      </section>
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
        {c.active ? (
          <InlineActionForm
            action={deactivateCategoryAction}
            hidden={hidden}
            submitLabel="Ngừng sử dụng"
            variant="danger"
            label={`Ngừng sử dụng ${c.name}`}
          />
        ) : (
          <InlineActionForm
            action={reactivateCategoryAction}
            hidden={hidden}
            submitLabel="Dùng lại"
            label={`Dùng lại ${c.name}`}
          />
        )}
      </td>
    </tr>
  );
}
