import { describe, expect, it } from 'vitest';
import { hasPersonalCookie } from '../../lib/cache/next-contract.mjs';
import { plainHtml } from '../../lib/cache/plain-html.mjs';

const OWN = new Set(['/article-tools.js']);

describe('plainHtml', () => {
  it.each([
    ['double quotes', '<script src="/_next/static/chunks/a.js" async=""></script>'],
    ['single quotes', "<script src='/_next/static/chunks/a.js' async></script>"],
    ['no quotes', '<script src=/_next/static/chunks/a.js async></script>'],
    ['an asset prefix', '<script src="https://cdn.example.vn/_next/static/a.js"></script>'],
    ['a module', '<script type="module" src="/_next/a.mjs"></script>'],
    ['nomodule polyfills', '<script src="/_next/polyfills.js" noModule=""></script>'],
    ['the inline payload', '<script>self.__next_f.push([1,"</p>"])</script>'],
    ['a bootstrap with an id', '<script id="_R_">requestAnimationFrame(()=>{})</script>'],
    ['an import map', '<script type="importmap">{"imports":{}}</script>'],
    ['a script preload', '<link rel="preload" as="script" href="/_next/a.js"/>'],
    ['a module preload', "<link rel='modulepreload' href='/_next/a.mjs'>"],
  ])("removes Next's runtime: %s", (_name, element) => {
    const page = `<html><head></head><body><h1>Tin</h1>${element}<p>Cuối</p></body></html>`;
    expect(plainHtml(page, OWN)).toBe(
      '<html><head></head><body><h1>Tin</h1><p>Cuối</p></body></html>',
    );
  });

  it('keeps data, the portal’s own scripts, stylesheets and forms, byte for byte', () => {
    const page = [
      '<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
      '<link rel="preload" as="font" href="/_next/static/media/f.woff2" crossorigin=""/></head>',
      '<body><p>Bài viết nhắc tới &lt;script src="/_next/x.js"&gt; và data-client-runtime</p>',
      '<script type="application/ld+json">{"@type":"NewsArticle","x":"<\\/script>"}</script>',
      "<script src='/article-tools.js' defer></script>",
      '<form method="post" action="/tin-tuc/a/y-kien"><textarea name="y-kien"></textarea>',
      '<button type="submit">Gửi ý kiến</button></form></body></html>',
    ].join('');
    expect(plainHtml(page, OWN)).toBe(page);
  });

  it("keeps no script of another origin that happens to share the portal's path", () => {
    const page = '<body><script src="https://x.example/article-tools.js"></script></body>';
    expect(plainHtml(page, OWN)).toBe('<body></body>');
  });
});

describe('hasPersonalCookie', () => {
  it.each([
    ['authjs.session-token=a', true],
    ['x=1; __Secure-authjs.session-token=a', true],
    ['__Secure-authjs.session-token.0=a; __Secure-authjs.session-token.1=b', true],
    ['__prerender_bypass=1', true],
    ['__Secure-authjs.callback-url=%2F', false],
    ['theme=authjs.session-token', false],
    [undefined, false],
  ])('%s -> %s', (header, expected) => {
    expect(hasPersonalCookie(header)).toBe(expected);
  });
});
