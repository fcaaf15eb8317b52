import type { Metadata } from 'next';
import { AccessDenied } from '@/components/staff/access-denied';
import { ActiveToggle, AdminTable, type ToggleActions } from '@/components/staff/admin-table';
import { Panel } from '@/components/ui/panel';
import { CreateUserForm } from '@/components/staff/create-user-form';
import { InlineActionForm } from '@/components/staff/inline-action-form';
import { StaffTime } from '@/components/ui/staff-time';
import { controlClass } from '@/components/ui/form/field';
import { requireActor } from '@/lib/auth/guards';
import type { UserDto } from '@/lib/users/dto';
import { listUsers } from '@/lib/users/queries';
import { MIN_PASSWORD_LENGTH, roleLabels } from '@/lib/users/schema';
import { can } from '@/lib/core/policy';
import {
  changeRoleAction,
  createUserAction,
  deactivateUserAction,
  endUserSessionsAction,
  reactivateUserAction,
  resetPasswordAction,
} from './actions';

export const metadata: Metadata = { title: 'Người dùng' };

const TOGGLE: ToggleActions = {
  stop: { action: deactivateUserAction, label: 'Vô hiệu hóa' },
  resume: { action: reactivateUserAction, label: 'Kích hoạt lại' },
};
const HEADINGS = ['Tài khoản', 'Vai trò', 'Trạng thái', 'Thao tác'];
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
      <Panel id="them-tai-khoan" title="Thêm tài khoản">
        <CreateUserForm
          action={createUserAction}
          roles={ROLES}
          minPasswordLength={MIN_PASSWORD_LENGTH}
        />
      </Panel>
      <Panel id="danh-sach-tai-khoan" title={`Danh sách tài khoản (${users.length})`}>
        <AdminTable headings={HEADINGS}>
          {users.map((user) => (
            <UserRow key={user.id} user={user} isSelf={user.id === actor.id} />
          ))}
        </AdminTable>
      </Panel>
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
        {isSelf ? null : (
          <ActiveToggle active={user.active} name={user.email} hidden={hidden} {...TOGGLE} />
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
