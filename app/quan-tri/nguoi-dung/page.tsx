import type { Metadata } from 'next';
import { AccessDenied } from '@/components/staff/access-denied';
import { CreateUserForm } from '@/components/staff/create-user-form';
import { InlineActionForm } from '@/components/staff/inline-action-form';
import { StaffTime } from '@/components/staff/staff-time';
import { controlClass } from '@/components/ui/form/field';
import { requireActor } from '@/lib/auth/guards';
import type { UserDto } from '@/lib/users/dto';
import { listUsers } from '@/lib/users/queries';
import { MIN_PASSWORD_LENGTH, roleLabels } from '@/lib/users/schema';
import { can } from '@/lib/workflow/policy';
import {
  changeRoleAction,
  createUserAction,
  deactivateUserAction,
  endUserSessionsAction,
  reactivateUserAction,
  resetPasswordAction,
} from './actions';

export const metadata: Metadata = { title: 'Người dùng' };

const ROLES = Object.entries(roleLabels).map(([value, label]) => ({ value, label }));

/**
 * Staff accounts (admins only): add, deactivate or reactivate, change role,
 * end open sessions, reset password.
 */
export default async function UsersPage() {
  const actor = await requireActor();
  if (!can(actor, 'manageUsers')) return <AccessDenied what="quản lý người dùng" />;
  const users = await listUsers(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Người dùng</h1>
      <section
        aria-labelledby="them-tai-khoan"
        className="space-y-3 rounded border border-slate-300 bg-white p-4"
      >
        <h2 id="them-tai-khoan" className="text-lg font-bold">
          Thêm tài khoản
        </h2>
        <CreateUserForm
          action={createUserAction}
          roles={ROLES}
          minPasswordLength={MIN_PASSWORD_LENGTH}
        />
      </section>
      <section
        aria-labelledby="danh-sach-tai-khoan"
        className="space-y-3 rounded border border-slate-300 bg-white p-4"
      >
        <h2 id="danh-sach-tai-khoan" className="text-lg font-bold">
          Danh sách tài khoản ({users.length})
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  Tài khoản
                </th>
                <th scope="col" className="py-2 pr-3">
                  Vai trò
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
              {users.map((user) => (
                <UserRow key={user.id} user={user} isSelf={user.id === actor.id} />
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

function UserRow({ user, isSelf }: { user: UserDto; isSelf: boolean }) {
  const hidden = { userId: user.id };
  return (
    <tr className="border-b border-slate-200 align-top">
      <th scope="row" className="py-3 pr-3 font-normal">
        <span className="block font-semibold">{user.name}</span>
        <span className="block break-all">{user.email}</span>
        <span className="block text-slate-600">
          Tạo lúc <StaffTime value={user.createdAt} />
        </span>
      </th>
      <td className="py-3 pr-3">
        <InlineActionForm
          action={changeRoleAction}
          hidden={hidden}
          submitLabel="Đổi vai trò"
          label={`Đổi vai trò của ${user.email}`}
        >
          <label htmlFor={`role-${user.id}`} className="sr-only">
            Vai trò của {user.email}
          </label>
          <select
            id={`role-${user.id}`}
            name="role"
            defaultValue={user.role}
            className={`${controlClass} w-auto`}
          >
            {ROLES.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </InlineActionForm>
      </td>
      <td className="py-3 pr-3">{user.active ? 'Đang hoạt động' : 'Đã vô hiệu hóa'}</td>
      <td className="space-y-3 py-3">
        {isSelf ? null : user.active ? (
          <InlineActionForm
            action={deactivateUserAction}
            hidden={hidden}
            submitLabel="Vô hiệu hóa"
            variant="danger"
            label={`Vô hiệu hóa ${user.email}`}
          />
        ) : (
          <InlineActionForm
            action={reactivateUserAction}
            hidden={hidden}
            submitLabel="Kích hoạt lại"
            label={`Kích hoạt lại ${user.email}`}
          />
        )}
        {isSelf ? null : (
          <InlineActionForm
            action={endUserSessionsAction}
            hidden={hidden}
            submitLabel="Kết thúc phiên đăng nhập"
            label={`Kết thúc mọi phiên đăng nhập của ${user.email}`}
          />
        )}
        <InlineActionForm
          action={resetPasswordAction}
          hidden={hidden}
          submitLabel="Đặt lại mật khẩu"
          label={`Đặt lại mật khẩu của ${user.email}`}
        >
          <label htmlFor={`password-${user.id}`} className="sr-only">
            Mật khẩu mới cho {user.email}
          </label>
          <input
            id={`password-${user.id}`}
            name="password"
            type="password"
            autoComplete="new-password"
            placeholder="Mật khẩu mới"
            minLength={MIN_PASSWORD_LENGTH}
            className={`${controlClass} w-auto`}
          />
        </InlineActionForm>
      </td>
    </tr>
  );
}
