/**
 * True when a path has a percent sign that does not start a valid UTF-8
 * escape in some segment ('/tin-tuc/%', '/chuyen-muc/%E0%A4%A', '%C0%AF').
 * Next decodes every dynamic segment with decodeURIComponent; on such a
 * path that throws, and Next 16 then fails to render its own 400 page and
 * answers a bare 500. proxy.ts answers these with the 404 page instead.
 */
export function hasMalformedEncoding(pathname: string): boolean {
  if (!pathname.includes('%')) return false;
  return pathname.split('/').some((segment) => {
    try {
      decodeURIComponent(segment);
      return false;
    } catch {
      return true;
    }
  });
}
