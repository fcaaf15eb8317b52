import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The layer check of `npm run lint`, with the project's own rules
// (.dependency-cruiser.cjs), run on small trees written for the test: one
// that keeps to the layers, and one with a violation of each rule, which
// must fail the check naming the rule and the file, or the rule guards
// nothing. The trees live outside the repository, so nothing else sees them.
const root = path.resolve(import.meta.dirname, '../..');
const trees: string[] = [];

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-layers-'));
  trees.push(dir);
  copyFileSync(path.join(root, '.dependency-cruiser.cjs'), path.join(dir, '.dependency-cruiser.cjs'));
  const tsconfig = { compilerOptions: { baseUrl: '.', paths: { '@/*': ['./*'] } } };
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  for (const [file, source] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), source);
  }
  return dir;
}

function check(files: Record<string, string>): { status: number | null; output: string } {
  const dir = tree(files);
  const bin = path.join(root, 'node_modules/.bin/depcruise');
  const run = spawnSync(bin, [...Object.keys(files), '--config', '.dependency-cruiser.cjs'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

afterAll(() => {
  for (const dir of trees.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const leaf = 'export const x = 1;\n';

/** Each rule, the file that breaks it, and what that file imports. */
const VIOLATIONS = [
  ['lib-imports-upward', 'lib/site/up.ts', "import '@/components/y';\n"],
  ['components-import-app', 'components/z/form.tsx', "import '@/app/z/actions';\n"],
  ['entry-files-import-lib-only', 'proxy.ts', "import './components/y';\n"],
  ['core-is-neutral', 'lib/core/a.ts', "import '../workflow/tx';\n"],
  ['layers-import-entry-points', 'lib/feeds/entry.ts', "import '../../proxy';\n"],
  ['no-file-cycle', 'lib/text/a.ts', "import './b';\nexport const a = 1;\n"],
  // No two files form a cycle here, only their folders.
  ['no-folder-cycle', 'lib/articles/a.ts', "import '../workflow/c';\n"],
] as const;

const BROKEN = {
  ...Object.fromEntries(VIOLATIONS.map(([, file, source]) => [file, source])),
  'components/y.ts': leaf,
  'app/z/actions.ts': leaf,
  'lib/workflow/tx.ts': leaf,
  'lib/text/b.ts': "import './a';\n",
  'lib/workflow/c.ts': "import '../articles/d';\n",
  'lib/articles/d.ts': leaf,
};

let broken: ReturnType<typeof check>;
beforeAll(() => {
  broken = check(BROKEN);
}, 60_000);

describe('the layer check', () => {
  it('passes a tree that keeps to the layers', () => {
    const result = check({
      'app/page.tsx': "import '@/components/card';\nimport '@/lib/feeds/x';\n",
      'components/card.tsx': "import '@/lib/site/names';\n",
      'lib/feeds/x.ts': "import '../site/names';\nimport '../core/errors';\n",
      'lib/site/names.ts': "import '../core/errors';\n",
      'lib/core/errors.ts': leaf,
      'proxy.ts': "import './lib/site/names';\n",
    });
    expect(result.output).toContain('no dependency violations found');
    expect(result.status).toBe(0);
  }, 60_000);

  it('fails on a violation, with a non-zero exit', () => {
    expect(broken.status).not.toBe(0);
  });

  it.each(VIOLATIONS)('names %s at %s', (rule, file) => {
    // A folder cycle is reported by folder, anything else by file.
    const where = rule === 'no-folder-cycle' ? path.dirname(file) : file;
    expect(broken.output).toContain(`error ${rule}: ${where} `);
  });
});
