// "In bài viết" and "Sao chép liên kết" on article pages, and the running
// count of characters under the feedback form's text. Plain script, no
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
  // "120/3.000 ký tự" under a textarea that has a maxlength and an element
  // `<id>-count`; without this script the hint states the limit instead.
  const count = (field) => {
    const out = field.id ? document.getElementById(`${field.id}-count`) : null;
    if (!out || field.maxLength <= 0) return;
    const n = (value) => value.toLocaleString('vi-VN');
    out.textContent = `${n(field.value.length)}/${n(field.maxLength)} ký tự`;
  };
  document.addEventListener('input', (event) => {
    if (event.target instanceof HTMLTextAreaElement) count(event.target);
  });
  const countAll = () => {
    for (const field of document.querySelectorAll('textarea[maxlength]')) count(field);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', countAll);
  else countAll();
})();
