// "In bài viết" and "Sao chép liên kết" on article pages. Plain script, no
// framework: the buttons stay hidden (CSS) until this runs, so a reader
// without JavaScript sees only what works for them (the plain link, the
// browser's own Print). One listener on the document serves every article,
// also those reached by client-side navigation.
(() => {
  document.documentElement.classList.add('article-tools');
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('[data-print]')) {
      window.print();
      return;
    }
    const copy = target?.closest('[data-copy]');
    if (!copy) return;
    const status = copy.parentElement?.querySelector('[data-copy-status]');
    const say = (text) => {
      if (status) status.textContent = text;
    };
    navigator.clipboard
      ?.writeText(copy.getAttribute('data-copy') ?? '')
      .then(() => say('Đã sao chép liên kết.'))
      .catch(() => say('Không sao chép được; hãy chọn và sao chép liên kết bên dưới.'));
  });
})();
