import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';

export type SchemaEngineBindings = typeof bindings;

let loaded: Promise<SchemaEngineBindings> | undefined;

/**
 * The Prisma schema engine compiled to WebAssembly. Its package entry imports
 * the `.wasm` file as an ES module, which Node 20 cannot load, so the bytes
 * are instantiated here and handed to the wasm-bindgen glue ourselves.
 */
export function loadSchemaEngine(): Promise<SchemaEngineBindings> {
  loaded ??= instantiate();
  return loaded;
}

/** Where the engine's Rust panics leave their message before it traps. */
export const panics = { last: '' };

async function instantiate(): Promise<SchemaEngineBindings> {
  // The glue reports a panic through this global before the wasm traps.
  Object.assign(globalThis, {
    PRISMA_WASM_PANIC_REGISTRY: { set_message: (message: string) => (panics.last = message) },
  });
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@prisma/schema-engine-wasm');
  const bytes = await readFile(path.join(path.dirname(entry), 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, {
    './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start === 'function') start();
  return bindings;
}
