import { headers } from 'next/headers';
import { keepTypedText } from '@/lib/forms/keep-typed-text';

/** The nonce of this request's policy (proxy.ts), for an inline script of the staff area's own. */
async function requestNonce(): Promise<string | undefined> {
  const policy = (await headers()).get('content-security-policy') ?? '';
  return /'nonce-([^']+)'/.exec(policy)?.[1];
}

/** lib/forms/keep-typed-text.ts as an inline script, run before the forms below it are parsed. */
export async function KeepTypedTextScript() {
  const nonce = await requestNonce();
  return (
    <script
      nonce={nonce}
      // Its own source, a function of no outer names, called at once.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: our own code, not user input
      dangerouslySetInnerHTML={{ __html: `(${keepTypedText.toString()})();` }}
    />
  );
}
