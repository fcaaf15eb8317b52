import { absoluteUrl } from '@/lib/site/url';

const toolClass =
  'article-tool min-h-11 items-center rounded border border-slate-400 px-3 font-semibold ' +
  'text-slate-900 hover:bg-slate-100';

/** Zalo's share page takes the address as base64 of `{"url": …}`. */
function zaloShareUrl(url: string): string {
  const d = Buffer.from(JSON.stringify({ url })).toString('base64');
  return `https://button-share.zalo.me/share_external?d=${encodeURIComponent(d)}`;
}

/**
 * Share links as plain links: no third-party script, nothing loaded until
 * the reader clicks, no tracking parameters added. "In bài viết" and
 * "Sao chép liên kết" need a few lines of the portal's own script
 * (public/article-tools.js, loaded by the public article page only: staff
 * previews allow no script without their nonce) and appear only once it runs; the address stays
 * below as a plain link to copy by hand.
 */
export function ShareLinks({ slug, title }: { slug: string; title: string }) {
  const url = absoluteUrl(`/tin-tuc/${slug}`);
  const u = encodeURIComponent(url);
  const links = [
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: 'Zalo', href: zaloShareUrl(url) },
    { label: 'X', href: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(title)}` },
    {
      label: 'Email',
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`,
    },
  ];
  return (
    <nav aria-label="Chia sẻ bài viết" className="print-hidden mt-8 border-t border-slate-200 pt-4">
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" data-print className={toolClass}>
          In bài viết
        </button>
        <button type="button" data-copy={url} className={toolClass}>
          Sao chép liên kết
        </button>
        <span role="status" data-copy-status className="text-sm text-slate-700" />
      </div>
      <p className="mt-4 text-sm font-semibold text-slate-800">Chia sẻ bài viết</p>
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
