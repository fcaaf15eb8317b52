/** The local spam filter's estimate, as a percentage (it only sorts the queue). */
export function SpamScore({ score }: { score: number | null }) {
  if (score === null) return <span className="text-slate-700">chưa chấm</span>;
  const percent = Math.round(score * 100);
  const tone = percent >= 80 ? 'font-semibold text-red-800' : 'text-slate-800';
  return <span className={tone}>{percent}%</span>;
}
