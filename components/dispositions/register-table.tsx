import { nextText, responseText } from '@/lib/dispositions/csv';
import type { PublicRegister } from '@/lib/dispositions/public';

const cell = 'border border-black p-2 align-top whitespace-pre-line break-words';

/**
 * The official summary table (bảng tổng hợp, tiếp thu, giải trình ý kiến
 * góp ý): STT, điều khoản, nội dung góp ý, đơn vị/cá nhân góp ý, ý kiến
 * tiếp thu giải trình, laid out to print on A4 landscape.
 */
export function RegisterTable({ register }: { register: PublicRegister }) {
  return (
    <table className="w-full border-collapse border border-black text-sm">
      <caption className="mb-3 text-left">
        Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý đối với {register.title}
      </caption>
      <thead>
        <tr>
          <th scope="col" className={`${cell} w-12`}>
            STT
          </th>
          <th scope="col" className={cell}>
            Điều khoản
          </th>
          <th scope="col" className={cell}>
            Nội dung góp ý
          </th>
          <th scope="col" className={cell}>
            Đơn vị/cá nhân góp ý
          </th>
          <th scope="col" className={cell}>
            Ý kiến tiếp thu, giải trình
          </th>
        </tr>
      </thead>
      <tbody>
        {register.rows.map((row) => (
          <tr key={row.feedbackId} className="break-inside-avoid">
            <td className={cell}>{row.number}</td>
            <td className={cell}>
              {row.provision}
              {`\n(dự thảo lần ${row.versionNumber})`}
            </td>
            <td className={cell}>{row.body}</td>
            <td className={cell}>{row.commenter}</td>
            <td className={cell}>
              <strong>{row.outcome}.</strong> {responseText(row)}
              {row.next ? `\nỞ dự thảo tiếp theo: ${nextText(row)}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
