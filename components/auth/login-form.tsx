'use client';

import { useActionState } from 'react';
import type { LoginState } from '@/lib/auth/schema';

type Props = {
  /** The login Server Action (it checks the credentials and starts the session). */
  action: (state: LoginState, formData: FormData) => Promise<LoginState>;
  callbackUrl: string;
  /** A message carried in the URL (e.g. after a direct POST to the auth API). */
  initialMessage?: string;
};

const inputClass =
  'mt-1 block w-full rounded border border-slate-400 px-3 py-2 text-base focus:border-blue-800 focus:outline-none focus:ring-2 focus:ring-blue-800 aria-[invalid=true]:border-red-700';

/** Email + password form; errors are announced and tied to their fields. */
export function LoginForm({ action, callbackUrl, initialMessage }: Props) {
  const [state, formAction, pending] = useActionState<LoginState, FormData>(action, {
    ok: false,
    message: initialMessage,
  });
  const emailErrors = state.fieldErrors?.email ?? [];
  const passwordErrors = state.fieldErrors?.password ?? [];
  const hasMessage = Boolean(state.message);

  return (
    <form action={formAction} noValidate className="space-y-5">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div id="login-message" aria-live="polite" role="status">
        {hasMessage && (
          <p className="rounded border border-red-700 bg-red-50 px-3 py-2 text-red-800">
            {state.message}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="email" className="block font-medium">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.values?.email ?? ''}
          key={state.values?.email ?? ''}
          aria-invalid={emailErrors.length > 0 || undefined}
          aria-describedby={describedBy(hasMessage, emailErrors.length > 0 && 'email-error')}
          className={inputClass}
        />
        <FieldError id="email-error" errors={emailErrors} />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          Mật khẩu
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={passwordErrors.length > 0 || undefined}
          aria-describedby={describedBy(hasMessage, passwordErrors.length > 0 && 'password-error')}
          className={inputClass}
        />
        <FieldError id="password-error" errors={passwordErrors} />
      </div>
      <button
        type="submit"
        disabled={pending}
        aria-busy={pending}
        className="w-full rounded bg-blue-900 px-4 py-2 font-semibold text-white hover:bg-blue-800 focus:outline-none focus:ring-2 focus:ring-blue-800 focus:ring-offset-2 disabled:opacity-70"
      >
        Đăng nhập
      </button>
    </form>
  );
}

function describedBy(hasMessage: boolean, fieldErrorId: string | false): string | undefined {
  const ids = [hasMessage ? 'login-message' : null, fieldErrorId || null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldError({ id, errors }: { id: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-800">
      {errors.join(' ')}
    </p>
  );
}
