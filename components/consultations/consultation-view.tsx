import type { DossierEntry } from '@/lib/consultations/dossier-queries';
import type { ConsultationDetail } from '@/lib/consultations/queries';
import { unitTree } from '@/lib/consultations/unit-tree';
import { DossierList } from './dossier-list';
import { DraftText, type UnitAside } from './draft-text';
import { type Phase, PhaseBadge, WindowText } from './window-text';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="sm:flex sm:gap-2">
      <dt className="font-semibold">{label}:</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </div>
  );
}

function Plain({ text, className }: { text: string; className?: string }) {
  if (!text.trim()) return null;
  return <div className={`whitespace-pre-line ${className ?? ''}`}>{text}</div>;
}

/**
 * One consultation: its facts, window, summary, dossier and the draft's full
 * text by unit; `aside` adds under each unit (its comments), `redraft` the
 * redraft section, `children` what comes after the text.
 */
export function ConsultationView({
  item,
  phase,
  aside,
  children,
  dossier = [],
  redraft = null,
}: {
  item: ConsultationDetail;
  phase: Phase;
  aside?: UnitAside;
  children?: React.ReactNode;
  dossier?: DossierEntry[];
  /** The redraft section (components/consultations/redraft-links.tsx), when there is one. */
  redraft?: React.ReactNode;
}) {
  return (
    <article aria-labelledby="du-thao-tieu-de">
      <PhaseBadge phase={phase} />
      <h1
        id="du-thao-tieu-de"
        className="mt-2 text-2xl leading-tight font-bold text-brand sm:text-3xl"
      >
        {item.title}
      </h1>
      <dl className="mt-4 space-y-1 text-slate-800">
        <Fact label="Loại văn bản">{item.typeLabel}</Fact>
        <Fact label="Cơ quan chủ trì soạn thảo">{item.draftingUnit}</Fact>
        <Fact label="Thời gian lấy ý kiến">
          <WindowText opensAt={item.opensAt} closesAt={item.closesAt} />
        </Fact>
        {item.versionNumber > 1 ? (
          <Fact label="Phiên bản">Dự thảo lần {item.versionNumber}</Fact>
        ) : null}
        <Fact label="Liên hệ">{item.contact}</Fact>
      </dl>
      <Plain text={item.summary} className="mt-4 text-lg leading-relaxed" />
      {dossier.length > 0 ? <DossierList files={dossier} headingId="ho-so" /> : null}
      {redraft}
      <section aria-labelledby="toan-van" className="mt-8">
        <h2 id="toan-van" className="text-xl font-bold">
          Toàn văn dự thảo
        </h2>
        <Plain text={item.preamble} className="mt-4 text-slate-800" />
        <div className="mt-6">
          <DraftText units={unitTree(item.units)} aside={aside} />
        </div>
        <Plain text={item.closing} className="mt-6 text-slate-800" />
      </section>
      {children}
    </article>
  );
}
