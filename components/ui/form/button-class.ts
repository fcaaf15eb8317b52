const variants = {
  primary: 'bg-blue-800 text-white hover:bg-blue-900',
  secondary: 'border border-slate-500 bg-white text-slate-900 hover:bg-slate-100',
  danger: 'bg-red-800 text-white hover:bg-red-900',
} as const;

export type ButtonVariant = keyof typeof variants;

/** Classes of a button (or a link styled as one): 44 px tall, visible focus ring. */
export function buttonClass(variant: ButtonVariant = 'primary'): string {
  return (
    `inline-flex min-h-11 items-center justify-center rounded px-4 py-2 font-semibold ${variants[variant]} ` +
    'focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500 ' +
    'disabled:cursor-not-allowed disabled:opacity-60'
  );
}
