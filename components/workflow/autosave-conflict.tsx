import { buttonClass } from '@/components/ui/form/button-class';
import type { Conflict } from './use-autosave';

type Props = { conflict: Conflict; onKeepMine: () => void; onTakeTheirs: () => void };

type VersionProps = { label: string; text: Conflict['mine'] };

function Version({ label, text }: VersionProps) {
  return (
    <section aria-label={label} className="space-y-2 rounded border border-slate-300 bg-white p-3">
      <h4 className="font-bold">{label}</h4>
      <p className="font-semibold">{text.title}</p>
      <p className="text-slate-700">{text.lead}</p>
      <pre className="max-h-80 overflow-auto font-sans text-sm whitespace-pre-wrap">
        {text.body}
      </pre>
    </section>
  );
}

/**
 * Someone else saved the draft while this page was open: both versions side
 * by side, and the user decides. Nothing is written until then.
 */
export function AutosaveConflict({ conflict, onKeepMine, onTakeTheirs }: Props) {
  return (
    <section
      role="alert"
      aria-labelledby="xung-dot-tu-luu"
      className="space-y-3 rounded border-l-4 border-amber-600 bg-amber-50 p-4"
    >
      <h3 id="xung-dot-tu-luu" className="text-lg font-bold">
        Bài vừa được người khác lưu
      </h3>
      <p>Chưa tự động lưu bản của bạn để không ghi đè. Hãy so sánh hai bản rồi chọn bản giữ lại.</p>
      <div className="grid gap-3 lg:grid-cols-2">
        <Version label="Bản của bạn (chưa lưu)" text={conflict.mine} />
        <Version
          label={`Bản đã lưu (phiên bản ${conflict.theirs.version})`}
          text={conflict.theirs}
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onKeepMine} className={buttonClass('primary')}>
          Giữ bản của tôi
        </button>
        <button type="button" onClick={onTakeTheirs} className={buttonClass('secondary')}>
          Dùng bản đã lưu
        </button>
      </div>
    </section>
  );
}
