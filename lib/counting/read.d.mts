import type { IncomingMessage } from 'node:http';

export const COUNTED_PAGE_SLUGS: string[];
export function countedPath(url: string): string | null;
export function deviceClass(ua: string): 'mobile' | 'tablet' | 'desktop';
export function referrerDomain(referer: string | undefined, host: string | undefined): string;
export function isBot(ua: string | undefined): boolean;
export function clientAddress(req: IncomingMessage): string;
export function readerDevice(ua: string | undefined): 'mobile' | 'tablet' | 'desktop' | null;
