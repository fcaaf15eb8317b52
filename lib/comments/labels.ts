import type { CommenterType, CommentStance } from '../generated/prisma/enums';

/** The three stances as the public form and page name them. */
export const STANCE_LABELS: Readonly<Record<CommentStance, string>> = {
  AGREE: 'Đồng tình',
  DISAGREE: 'Không đồng tình',
  OTHER: 'Ý kiến khác',
};

/** Form values (URL-safe) of the stance radio buttons. */
export const STANCE_VALUES = {
  'dong-tinh': 'AGREE',
  'khong-dong-tinh': 'DISAGREE',
  'y-kien-khac': 'OTHER',
} as const satisfies Record<string, CommentStance>;
export type StanceValue = keyof typeof STANCE_VALUES;

export const COMMENTER_TYPE_LABELS: Readonly<Record<CommenterType, string>> = {
  INDIVIDUAL: 'Cá nhân',
  ORGANISATION: 'Tổ chức',
  BUSINESS: 'Doanh nghiệp',
};

/** Form values of the commenter type radio buttons. */
export const COMMENTER_TYPE_VALUES = {
  'ca-nhan': 'INDIVIDUAL',
  'to-chuc': 'ORGANISATION',
  'doanh-nghiep': 'BUSINESS',
} as const satisfies Record<string, CommenterType>;
export type CommenterTypeValue = keyof typeof COMMENTER_TYPE_VALUES;

export const STANCES: readonly CommentStance[] = ['AGREE', 'DISAGREE', 'OTHER'];
