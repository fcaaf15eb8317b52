/**
 * The portal's layers, checked by `npm run lint` (dependency-cruiser;
 * tests/unit/layers.test.ts shows each rule failing on a violation).
 * Imports only point down: app -> components -> lib, and lib/core at the
 * bottom of lib/. Scripts and tests sit on top and may import any layer;
 * nothing imports them or the root entry files. No cycle between two files,
 * nor between two folders (a folder that needs another's error class or
 * input parser takes it from lib/core, below both).
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-imports-upward',
      comment: 'lib/ is the bottom layer: it never imports components/ or app/.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(components|app)/' },
    },
    {
      name: 'components-import-app',
      comment:
        'components/ never import app/: a page passes its Server Actions to client components as props.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^app/' },
    },
    {
      name: 'layers-import-entry-points',
      comment: 'Nothing in app/, components/ or lib/ imports scripts, tests or root entry files.',
      severity: 'error',
      from: { path: '^(app|components|lib)/' },
      to: { path: '^(scripts|tests|[^/]+\\.[cm]?[jt]sx?$)' },
    },
    {
      name: 'entry-files-import-lib-only',
      comment:
        'proxy.ts, instrumentation.ts and next.config.ts run before or beside any page: they use lib/ only.',
      severity: 'error',
      from: { path: '^(proxy|instrumentation|next\\.config)\\.ts$' },
      to: { path: '^(components|app)/' },
    },
    {
      name: 'core-is-neutral',
      comment:
        'lib/core holds what every domain folder shares (actor, errors, input parsing, the workflow table and policy): it imports no other folder of lib/.',
      severity: 'error',
      from: { path: '^lib/core/' },
      to: { path: '^lib/', pathNot: '^lib/(core|generated)/' },
    },
    {
      name: 'no-file-cycle',
      comment: 'A cycle between files: one of them holds what both need; move it below both.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      comment:
        'Folders form a hierarchy too: when one imports another, the other never reaches back, even through a third.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(lib/generated|\\.next|node_modules)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.d.mts', '.mjs', '.js', '.cjs', '.json'],
    },
  },
};
