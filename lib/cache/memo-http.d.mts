/** Types of memo-http.mjs, the HTTP rules of the page memo. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Entry = {
  status: number;
  /** Flat name/value header lists for each answer, built once. */
  heads: { plain: string[]; gzip: string[]; notModified: string[] };
  plain: Buffer;
  gzip: Buffer;
  etag: string;
  generation: number;
  freshUntil: number;
  refreshing: boolean;
};
export function forPage(req: IncomingMessage): boolean;
export function keyOf(req: IncomingMessage): string | null;
export function sharedMaxAge(value: unknown): number;
export function keepable(res: ServerResponse): boolean;
export function declaredPlain(res: ServerResponse): boolean;
export function declaredPlainError(res: ServerResponse): boolean;
export const PLAIN_ERROR_PAGE: string;
export function sendPlainError(
  res: ServerResponse,
  own: { writeHead: ServerResponse['writeHead']; end: ServerResponse['end'] },
): void;
export function entryOf(
  res: ServerResponse,
  raw: Buffer,
  options: { generation: number; at: number; ownScripts?: ReadonlySet<string>; kept: boolean },
): Entry | null;
export function send(
  req: IncomingMessage,
  res: ServerResponse,
  entry: Entry,
  own?: { writeHead: ServerResponse['writeHead']; end: ServerResponse['end'] },
): void;
