import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

// What the production build says about client components: every page's
// client reference manifest maps module ids to source files, and a page's
// inline React Server Components payload names, in its `I` rows, each
// client module it renders.

type Manifest = { clientModules?: Record<string, { id: string | number }> };

/** Module id -> source path ("[project]/components/…"), over the whole build. */
export function clientModulePaths(dir = '.next/server/app'): Map<string, string> {
  const paths = new Map<string, string>();
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  for (const file of files.filter((f) => f.endsWith('_client-reference-manifest.js'))) {
    const context = vm.createContext({});
    vm.runInContext(readFileSync(path.join(dir, file), 'utf8'), context);
    const manifests = (context as { __RSC_MANIFEST?: Record<string, Manifest> }).__RSC_MANIFEST;
    for (const manifest of Object.values(manifests ?? {})) {
      for (const [source, { id }] of Object.entries(manifest.clientModules ?? {})) {
        paths.set(String(id), source);
      }
    }
  }
  return paths;
}

/** The module ids of the client references in a page's inline payload. */
export function clientReferences(html: string): string[] {
  const pushes = html.matchAll(/self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g);
  const payload = [...pushes]
    .map((match) => JSON.parse(match[1] ?? '[]') as unknown[])
    .filter((push) => push[0] === 1 && typeof push[1] === 'string')
    .map((push) => push[1])
    .join('');
  return [...payload.matchAll(/^[0-9a-f]+:I\[("?)([^",\]]+)\1,/gm)].map((m) => m[2] ?? '');
}

/**
 * A client component of the portal's own (not Next's, not a package's).
 * Error boundaries (error.tsx, global-error.tsx) are left out: they render
 * only when rendering fails, and a failed render is never a cached page.
 */
export function isPortalClientModule(source: string): boolean {
  if (!source.startsWith('[project]/') || source.startsWith('[project]/node_modules/'))
    return false;
  return !/(?:^|\/)(?:global-)?error\.[jt]sx?$/.test(source);
}
