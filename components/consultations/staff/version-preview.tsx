import { DraftText } from '@/components/consultations/draft-text';
import { DOCUMENT_TYPE_LABELS, type DocumentType } from '@/lib/consultations/document-types';
import { type FlatUnit, unitTree } from '@/lib/consultations/unit-tree';
import { formatVnDateTime } from '@/lib/text/date';

type Props = {
  identity: { documentType: DocumentType; draftingUnit: string; contact: string };
  version: {
    summary: string;
    opensAt: Date;
    closesAt: Date;
    shortWindowReason: string;
    preamble: string;
    closing: string;
    units: FlatUnit[];
  };
};

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="sm:flex sm:gap-2">
      <dt className="font-semibold">{label}:</dt>
      <dd className="whitespace-pre-line break-words">{value}</dd>
    </div>
  );
}

/** The version as readers would get it, for whoever reviews it: its facts and the whole text. */
export function VersionPreview({ identity, version: v }: Props) {
  return (
    <section aria-labelledby="xem-truoc" className="space-y-4 rounded border border-slate-300 p-4">
      <h2 id="xem-truoc" className="text-lg font-bold">
        Xem trước toàn văn
      </h2>
      <dl className="space-y-1">
        <Fact label="Loại văn bản" value={DOCUMENT_TYPE_LABELS[identity.documentType] ?? ''} />
        <Fact label="Cơ quan chủ trì soạn thảo" value={identity.draftingUnit} />
        <Fact
          label="Thời gian lấy ý kiến"
          value={`Từ ${formatVnDateTime(v.opensAt)} đến hết ${formatVnDateTime(v.closesAt)}`}
        />
        {v.shortWindowReason ? <Fact label="Lý do rút ngắn" value={v.shortWindowReason} /> : null}
        <Fact label="Liên hệ" value={identity.contact} />
        <Fact label="Tóm tắt" value={v.summary} />
      </dl>
      {v.preamble ? <div className="whitespace-pre-line">{v.preamble}</div> : null}
      <DraftText units={unitTree(v.units)} />
      {v.closing ? <div className="whitespace-pre-line">{v.closing}</div> : null}
    </section>
  );
}
