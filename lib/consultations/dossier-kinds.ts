/**
 * What a dossier file is, in the order a drafting agency files them: the
 * submission (tờ trình), the draft itself, the impact assessment, then the
 * rest. Labels are shown on the public page next to each file.
 */
export const DOSSIER_KINDS = [
  'to-trinh',
  'du-thao',
  'danh-gia-tac-dong',
  'bao-cao-tong-ket',
  'khac',
] as const;

export type DossierKind = (typeof DOSSIER_KINDS)[number];

export const DOSSIER_KIND_LABELS: Record<DossierKind, string> = {
  'to-trinh': 'Tờ trình',
  'du-thao': 'Dự thảo văn bản',
  'danh-gia-tac-dong': 'Báo cáo đánh giá tác động',
  'bao-cao-tong-ket': 'Báo cáo tổng kết, đánh giá thi hành',
  khac: 'Tài liệu khác',
};

/** The label of a stored kind; an unknown one (an older list) reads as "Tài liệu khác". */
export function dossierKindLabel(kind: string): string {
  return (DOSSIER_KINDS as readonly string[]).includes(kind)
    ? DOSSIER_KIND_LABELS[kind as DossierKind]
    : DOSSIER_KIND_LABELS.khac;
}

/** "1,2 MB", "340 KB": a file's size as Vietnamese readers write it (decimal comma). */
export function formatFileSize(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.max(1, Math.round(kb))} KB`;
  const mb = kb / 1024;
  return `${mb.toFixed(mb < 10 ? 1 : 0).replace('.', ',')} MB`;
}
