import { stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * The first folder above `target` that other users may not enter (no
 * execute bit for "others"), or null when an unprivileged account can walk
 * all the way down. The cluster's account is such an account when the
 * portal runs as root.
 */
export async function closedAncestor(target: string): Promise<string | null> {
  for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) return dir;
    if (dir === path.dirname(dir)) return null;
  }
}
