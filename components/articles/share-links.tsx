import { absoluteUrl } from '@/lib/site/url';

/**
 * Share links as plain links: no third-party script, nothing loaded until
 * the reader clicks, no tracking parameters added.
 */
export function ShareLinks({ slug, title }: { slug: string; title: string }) {
  const url = absoluteUrl(`/tin-tuc/${slug}`);
  const u = encodeURIComponent(url);
  const links = [
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: 'X', href: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(title)}` },
    {
      label: 'Email',
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`,
    },
  ];
  return (
    <nav aria-label="Chia sẻ bài viết" className="print-hidden mt-8 border-t border-slate-200 pt-4">
      <p className="text-sm font-semibold text-slate-800">Chia sẻ bài viết</p>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {links.map((link) => (
          <li key={link.label}>
            <a href={link.href} rel="noopener noreferrer nofollow" className="text-link underline">
              {link.label}
            </a>
          </li>
        ))}
        <li>
          <span className="text-slate-700">Liên kết: </span>
          <a href={url} className="break-all text-link underline">
            {url}
          </a>
        </li>
      </ul>
    </nav>
  );
}
