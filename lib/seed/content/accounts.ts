import type { Role } from '../../generated/prisma/enums';

export type SeedAccount = { email: string; name: string; role: Role };

/** Password of the demo accounts; never used outside them. */
export const DEMO_PASSWORD = 'demo-Portal-2023';

/** The demo accounts (one or two per role), created only when asked for. */
export const demoAccounts: readonly SeedAccount[] = [
  { email: 'bientap@example.gov.vn', name: 'Biên tập viên 1', role: 'EDITOR' },
  { email: 'bientap2@example.gov.vn', name: 'Biên tập viên 2', role: 'EDITOR' },
  { email: 'pheduyet@example.gov.vn', name: 'Người phê duyệt 1', role: 'APPROVER' },
  { email: 'pheduyet2@example.gov.vn', name: 'Người phê duyệt 2', role: 'APPROVER' },
  { email: 'quantri@example.gov.vn', name: 'Quản trị viên', role: 'ADMIN' },
];

/** The demo editor and approver the seeded articles are attributed to. */
export const demoEditorEmail = 'bientap@example.gov.vn';
export const demoApproverEmail = 'pheduyet@example.gov.vn';

/**
 * Without demo accounts (a real server), seeded content still needs an
 * author and a different approver, so "published means approved" and the
 * four-eyes rule hold from the first row. These two are inactive, with an
 * unusable random password hash: nobody can log in as them. `.invalid` is a
 * reserved top-level domain, so the addresses can never reach anyone.
 */
export const systemEditor: SeedAccount = {
  email: 'he-thong-bien-tap@portal.invalid',
  name: 'Dữ liệu khởi tạo (biên tập)',
  role: 'EDITOR',
};
export const systemApprover: SeedAccount = {
  email: 'he-thong-phe-duyet@portal.invalid',
  name: 'Dữ liệu khởi tạo (phê duyệt)',
  role: 'APPROVER',
};
