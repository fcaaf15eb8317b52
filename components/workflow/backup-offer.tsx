'use client';

import { StaffTime } from '@/components/ui/staff-time';
import { buttonClass } from '@/components/ui/form/button-class';
import type { LocalBackup } from '@/lib/forms/local-backup';

type Props = {
  backup: LocalBackup;
  headingLevel: 2 | 3;
  onRestore: () => void;
  onDiscard: () => void;
};

/**
 * A copy of an article this person began here and never saved: bring it
 * back into the form, or let it go. Shown only with JavaScript, which kept it.
 */
export function BackupOffer({ backup, headingLevel, onRestore, onDiscard }: Props) {
  const Heading = `h${headingLevel}` as const;
  const title = backup.values.title?.trim();
  return (
    <section
      aria-labelledby="ban-luu-tam"
      className="space-y-3 rounded border-l-4 border-amber-600 bg-amber-50 p-4"
    >
      <Heading id="ban-luu-tam" className="text-lg font-bold">
        Có nội dung chưa lưu
      </Heading>
      <p>
        Trình duyệt này còn giữ một bài bạn đang viết dở
        {title ? (
          <>
            {' '}
            (<q>{title}</q>)
          </>
        ) : null}
        , chép lại lúc <StaffTime value={new Date(backup.savedAt)} />. Bài này chưa được lưu lên hệ
        thống. Nếu bạn viết bài khác tại đây mà không khôi phục, nội dung mới sẽ thay bản chép này.
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onRestore} className={buttonClass('primary')}>
          Khôi phục nội dung chưa lưu
        </button>
        <button type="button" onClick={onDiscard} className={buttonClass('secondary')}>
          Bỏ nội dung chưa lưu
        </button>
      </div>
    </section>
  );
}
