'use client';

import type { ReactNode } from 'react';
import { forgetOnSignOut } from '@/lib/forms/local-backup';

type Props = {
  action: () => Promise<void>;
  userId: string;
  children: ReactNode;
};

/**
 * A logout form that first forgets the unsaved copies this person left in
 * the browser (lib/forms/local-backup.ts). Without JavaScript there are
 * none to forget: the copies are written by script.
 */
export function SignOutForm({ action, userId, children }: Props) {
  const forget = () => {
    try {
      forgetOnSignOut(window.localStorage, userId);
    } catch {
      // Storage refused or disabled: nothing was kept there either.
    }
  };
  return (
    <form action={action} onSubmit={forget}>
      {children}
    </form>
  );
}
