/** A table's column headings, one `<th scope="col">` each. */
export function HeadingRow({ headings }: { headings: readonly string[] }) {
  return (
    <tr className="border-b border-slate-300">
      {headings.map((h) => (
        <th key={h} scope="col" className="px-3 py-2">
          {h}
        </th>
      ))}
    </tr>
  );
}
