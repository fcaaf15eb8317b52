/**
 * The search box in every public page's header: a plain GET form to
 * /tim-kiem, so it works without JavaScript. One search landmark per page.
 */
export function HeaderSearch() {
  return (
    <search className="w-full sm:ml-auto sm:w-auto">
      <form action="/tim-kiem" method="get" className="flex items-stretch gap-2">
        <label htmlFor="tim-kiem-dau-trang" className="sr-only">
          Tìm kiếm
        </label>
        <input
          id="tim-kiem-dau-trang"
          type="search"
          name="q"
          maxLength={200}
          placeholder="Tìm tin bài…"
          className="min-h-11 w-full min-w-0 rounded border border-white/60 bg-white px-3 text-base text-slate-900 placeholder:text-slate-600 sm:w-64"
        />
        <button
          type="submit"
          className="min-h-11 shrink-0 rounded border border-white/80 px-4 font-semibold text-white hover:bg-brand-dark focus-visible:outline-2"
        >
          Tìm
        </button>
      </form>
    </search>
  );
}
