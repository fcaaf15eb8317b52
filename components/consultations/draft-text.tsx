import type { UnitNode } from '@/lib/consultations/unit-tree';

/** What the page shows under a unit (its comments and counts); nothing by default. */
export type UnitAside = (unit: UnitNode) => React.ReactNode;
const none: UnitAside = () => null;

/**
 * The draft as semantic HTML: Chương, Mục and Điều as headings (levels
 * following their depth), Khoản and Điểm as lists, every unit carrying its
 * anchor as its id and a visible link to itself, so a reader can share or
 * comment on exactly that unit. Text is rendered as text, never as HTML.
 */
export function DraftText({ units, aside }: { units: UnitNode[]; aside?: UnitAside }) {
  return (
    <div className="space-y-6 leading-relaxed text-slate-900">
      {units.map((unit) => (
        <Unit key={unit.id} unit={unit} aside={aside ?? none} />
      ))}
    </div>
  );
}

type Props = { unit: UnitNode; aside: UnitAside };

function Unit({ unit, aside }: Props) {
  if (unit.kind === 'khoan' || unit.kind === 'diem') return null;
  return unit.kind === 'dieu' ? (
    <Dieu unit={unit} aside={aside} />
  ) : (
    <Section unit={unit} aside={aside} />
  );
}

function Paragraphs({ text }: { text: string }) {
  return text
    .split('\n')
    .filter((p) => p.trim() !== '')
    .map((p, i) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one unit never reorder
      <p key={i} className="mt-2 first:mt-0">
        {p}
      </p>
    ));
}

/** A visible "#" after a unit's label whose accessible name says which unit it links to. */
function SelfLink({ unit }: { unit: UnitNode }) {
  return (
    <a
      href={`#${unit.anchor}`}
      className="ml-2 inline-block rounded px-1 text-sm font-normal text-blue-800 underline underline-offset-2 hover:bg-blue-50"
    >
      <span aria-hidden="true">#</span>
      <span className="sr-only">Liên kết đến {unit.citation}</span>
    </a>
  );
}

type HeadingTag = 'h3' | 'h4' | 'h5' | 'h6';
const heading = (depth: number): HeadingTag =>
  (['h3', 'h4', 'h5', 'h6'] as const)[Math.min(depth, 3)] ?? 'h6';

/** Chương or Mục: a heading, its own text, then its Điều. */
function Section({ unit, aside }: Props) {
  const Tag = heading(unit.sectionDepth);
  const label = unit.kind === 'chuong' ? 'Chương' : 'Mục';
  return (
    <section
      id={unit.anchor}
      aria-labelledby={`${unit.anchor}-tieu-de`}
      className="scroll-mt-4 space-y-6"
    >
      <Tag id={`${unit.anchor}-tieu-de`} className="text-center text-lg font-bold">
        {label} {unit.number}
        {unit.title ? <span className="block">{unit.title}</span> : null}
        <SelfLink unit={unit} />
      </Tag>
      {unit.text ? <Paragraphs text={unit.text} /> : null}
      {aside(unit)}
      {unit.children.map((child) => (
        <Unit key={child.id} unit={child} aside={aside} />
      ))}
    </section>
  );
}

/** Điều: a heading, its own text, then its Khoản (or Điểm) as a list. */
function Dieu({ unit, aside }: Props) {
  const Tag = heading(unit.sectionDepth);
  return (
    <article
      id={unit.anchor}
      aria-labelledby={`${unit.anchor}-tieu-de`}
      className="scroll-mt-4 rounded target:bg-amber-50"
    >
      <Tag id={`${unit.anchor}-tieu-de`} className="text-base font-bold">
        Điều {unit.number}.{unit.title ? ` ${unit.title}` : ''}
        <SelfLink unit={unit} />
      </Tag>
      {unit.text ? <div className="mt-2">{<Paragraphs text={unit.text} />}</div> : null}
      {aside(unit)}
      <Items units={unit.children} aside={aside} />
    </article>
  );
}

/** Khoản ("2.") or Điểm ("a)"), numbered as written in the draft rather than by the browser. */
function Items({ units, aside }: { units: UnitNode[]; aside: UnitAside }) {
  if (units.length === 0) return null;
  return (
    <ol className="mt-2 list-none space-y-2 p-0">
      {units.map((unit) => (
        <li key={unit.id} id={unit.anchor} className="scroll-mt-4 rounded target:bg-amber-50">
          <div className="flex items-start gap-1">
            <span className="shrink-0 font-medium">
              {unit.kind === 'diem' ? `${unit.number})` : `${unit.number}.`}
            </span>
            <div className="min-w-0 flex-1 break-words">
              <Paragraphs text={unit.text} />
            </div>
            <SelfLink unit={unit} />
          </div>
          {aside(unit)}
          {unit.children.length > 0 ? (
            <div className="pl-4 sm:pl-6">
              <Items units={unit.children} aside={aside} />
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
