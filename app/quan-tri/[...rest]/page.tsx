import { notFound } from 'next/navigation';

/**
 * An address under /quan-tri that no staff page has. Without this route Next
 * would answer with the 404 page prerendered at build time, whose scripts
 * carry no nonce and so cannot run under the staff area's per-request policy
 * (proxy.ts). Rendered here, per request, the same 404 gets this request's nonce.
 */
export default function UnknownStaffPage(): never {
  notFound();
}
