// No 'server-only' marker here: besides the /media route, the seed and other
// command-line scripts (run by tsx outside Next) write through this module,
// and the marker throws there. node:fs keeps it out of client bundles anyway.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { env } from '../env';

// One path segment: starts with a letter or digit (so never '.', '..' or a
// hidden file), then letters, digits, '.', '_' or '-'. No slashes, no
// backslashes, no NUL, no percent-escapes.
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/**
 * The canonical form of a stored media path ('seed/x.png'), or null when the
 * input could escape the media folder or is not a plain relative path.
 */
export function safeMediaPath(input: string): string | null {
  const segments = input.split('/');
  if (segments.length === 0 || segments.length > 8) return null;
  if (!segments.every((s) => SEGMENT.test(s))) return null;
  return segments.join('/');
}

function mediaRoot(root?: string): string {
  // The media folder is chosen at run time, outside the build: keep the
  // bundler from tracing the whole project through this call.
  return path.resolve(/*turbopackIgnore: true*/ root ?? env().MEDIA_DIR);
}

function absolutePath(relPath: string, root?: string): string {
  const safe = safeMediaPath(relPath);
  if (!safe) throw new Error(`Unsafe media path: ${JSON.stringify(relPath)}`);
  const base = mediaRoot(root);
  const full = path.resolve(/*turbopackIgnore: true*/ base, safe);
  // Belt and braces: the pattern already rules out '..', this rules out
  // anything path.resolve might still make of it.
  if (!full.startsWith(base + path.sep)) throw new Error('Media path escapes the media folder');
  return full;
}

/**
 * Writes a file under the media folder (MEDIA_DIR unless `root` is given),
 * creating folders as needed. Written to a temporary name and renamed, so a
 * reader never sees half a file.
 */
export async function writeMediaFile(relPath: string, bytes: Uint8Array, root?: string) {
  const full = absolutePath(relPath, root);
  await mkdir(path.dirname(full), { recursive: true });
  const temp = `${full}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, full);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Reads a stored file, or null when it is missing, the path is unsafe, or
 * the file resolves (through a symlink) outside the media folder.
 */
export async function readMediaFile(relPath: string, root?: string): Promise<Buffer | null> {
  if (!safeMediaPath(relPath)) return null;
  try {
    const base = await realpath(/*turbopackIgnore: true*/ mediaRoot(root));
    const real = await realpath(/*turbopackIgnore: true*/ absolutePath(relPath, root));
    if (!real.startsWith(base + path.sep)) return null;
    return await readFile(/*turbopackIgnore: true*/ real);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

/** Removes a stored file (a missing one is no error): the undo of writeMediaFile. */
export async function removeMediaFile(relPath: string, root?: string): Promise<void> {
  await rm(absolutePath(relPath, root), { force: true });
}
