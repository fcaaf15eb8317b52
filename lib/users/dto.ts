import type { Role } from '../generated/prisma/enums';

/** A staff account as admin screens see it: never the password hash. */
export type UserDto = {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: Date;
};

/** The Prisma select producing a UserDto (an explicit list: new columns stay private). */
export const userDtoSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  createdAt: true,
} as const;
