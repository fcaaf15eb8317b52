import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import Link from 'next/link';
import { LoginForm } from '@/components/auth/login-form';
import { MAIN_ID } from '@/components/layout/site';
import { PORTAL_NAME } from '@/lib/site/names';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { LOGIN_FAILED_MESSAGE, UNAVAILABLE_MESSAGE } from '@/lib/auth/schema';
import { getActor } from '@/lib/auth/session';
import { loginAction } from './actions';

export const metadata: Metadata = {
  title: 'Đăng nhập',
  robots: { index: false, follow: false },
};

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** next-auth sends failures of its own endpoints here as ?error=…&code=…. */
function messageFor(params: SearchParams): string | undefined {
  const error = first(params.error);
  if (!error) return undefined;
  return error === 'CredentialsSignin' ? LOGIN_FAILED_MESSAGE : UNAVAILABLE_MESSAGE;
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  if (await getActor()) redirect(callbackUrl);

  return (
    <main id={MAIN_ID} className="mx-auto w-full max-w-md flex-1 px-4 py-12">
      <p className="mb-6 text-sm">
        <Link href="/" className="text-blue-900 underline">
          {PORTAL_NAME}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-slate-900">Đăng nhập</h1>
      <p className="mt-2 mb-6 text-slate-700">
        Dành cho cán bộ biên tập, phê duyệt và quản trị Cổng thông tin.
      </p>
      <LoginForm
        action={loginAction}
        callbackUrl={callbackUrl}
        initialMessage={messageFor(params)}
      />
    </main>
  );
}
