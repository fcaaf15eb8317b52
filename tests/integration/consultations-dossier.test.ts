import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../lib/core/actor';
import { ConflictError, ForbiddenError, ValidationError } from '../../lib/core/errors';
import { db } from '../../lib/db/client';
import {
  approveConsultationVersion,
  createConsultation,
  startConsultationVersion,
  submitConsultationVersion,
} from '../../lib/consultations/mutations';
import { addDossierFile, removeDossierFile } from '../../lib/consultations/dossier';
import { loadPublicDossier } from '../../lib/consultations/dossier-queries';
import { consultationInput } from '../helpers/consultations';
import { minimalDocxFile, minimalPdf, upload } from '../helpers/dossier';
import { castEachTest } from '../helpers/integration';
import { tempMediaDir } from '../helpers/media';

// The download route as a browser reaches it, with whoever the session says.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => session.actor }));
const { GET } = await import('../../app/media/[...path]/route');

const c = castEachTest();
const dir = tempMediaDir('dossier', { emptyEachTest: true });
beforeEach(() => {
  session.actor = null;
});

function download(href: string, as: Actor | null = null): Promise<Response> {
  session.actor = as;
  const segments = href.replace(/^\/media\//, '').split('/');
  return GET(new Request(`http://portal.test${href}`), {
    params: Promise.resolve({ path: segments }),
  });
}

async function draft() {
  const created = await createConsultation(c.editor, consultationInput());
  return created.version;
}

const toTrinh = (file: File) => ({ kind: 'to-trinh', title: 'Tờ trình dự thảo Nghị định', file });

async function withPdf() {
  const v = await draft();
  const pdf = upload(minimalPdf(), 'Tờ trình số 12.pdf');
  const added = await addDossierFile(c.editor, v.id, v.version, toTrinh(pdf));
  const [row] = await db().dossierFile.findMany({ where: { versionId: v.id } });
  if (!row) throw new Error('no dossier row');
  return { version: added.version, row, slug: added.slug, href: `/media/${row.path}` };
}

describe('uploading a dossier file', () => {
  it('stores the bytes under a random name, audits the edit and joins the uploader to the contributors', async () => {
    const { version, row } = await withPdf();
    expect(row.path).toMatch(/^dossier\/\d{4}\/[0-9a-f-]{36}\.pdf$/);
    expect(row.fileName).toBe('Tờ trình số 12.pdf');
    expect(row.mimeType).toBe('application/pdf');
    expect(await readFile(path.join(dir.root, row.path))).toEqual(minimalPdf());
    const stored = await db().consultationVersion.findUniqueOrThrow({ where: { id: version.id } });
    expect(stored.contributorIds).toContain(c.editor.id);
    const audit = await db().auditEvent.findFirst({
      where: { entityType: 'consultation-version', entityId: version.id, action: 'edit' },
      orderBy: { at: 'desc' },
    });
    expect(audit?.note).toMatch(/^Thêm tệp hồ sơ: Tờ trình, PDF, 1 KB$/);
  });

  it('refuses what is not a clean PDF or .docx, whatever its name says, and stores nothing', async () => {
    const v = await draft();
    const refusals: [Buffer, string, RegExp][] = [
      [Buffer.from('MZ\x90\x00 a Windows program'), 'bao-cao.pdf', /không phải PDF hay \.docx/],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'cu.doc', /\.doc\)/],
      [minimalPdf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >> '), 'x.pdf', /mã lệnh/],
      [minimalPdf().subarray(0, 40), 'cut.pdf', /cắt cụt/],
      [minimalDocxFile([['word/vbaProject.bin', 'macro']]), 'macro.docx', /macro/],
      [Buffer.alloc(0), 'empty.pdf', /Hãy chọn/],
      [Buffer.concat([minimalPdf(), Buffer.alloc(5 * 2 ** 20)]), 'big.pdf', /lớn hơn 5 MB/],
    ];
    for (const [bytes, name, message] of refusals) {
      const attempt = addDossierFile(c.editor, v.id, v.version, toTrinh(upload(bytes, name)));
      await expect(attempt).rejects.toThrow(ValidationError);
      await expect(attempt).rejects.toThrow(message);
    }
    expect(await db().dossierFile.count()).toBe(0);
    expect(dir.files()).toEqual([]);
    const after = await db().consultationVersion.findUniqueOrThrow({ where: { id: v.id } });
    expect(after.version).toBe(v.version);
  });

  it('takes a .docx, named for its format, and refuses a stale form without storing anything', async () => {
    const v = await draft();
    const docx = upload(minimalDocxFile(), 'C:\\Users\\a\\Báo cáo ĐGTĐ.PDF', 'application/pdf');
    const meta = { kind: 'danh-gia-tac-dong', title: 'Báo cáo đánh giá tác động', file: docx };
    await addDossierFile(c.editor, v.id, v.version, meta);
    const row = await db().dossierFile.findFirstOrThrow({ where: { versionId: v.id } });
    expect(row.fileName).toBe('Báo cáo ĐGTĐ.docx');
    expect(row.mimeType).toMatch(/wordprocessingml/);
    const stale = addDossierFile(c.editor, v.id, v.version, meta);
    await expect(stale).rejects.toThrow(ConflictError);
    expect(await db().dossierFile.count()).toBe(1);
    expect(dir.files()).toHaveLength(1);
  });

  it('is refused on a submitted version, and an approver who added a file may not approve it', async () => {
    const { version } = await withPdf();
    const sent = await submitConsultationVersion(c.editor, version.id, version.version);
    const late = addDossierFile(
      c.editor,
      version.id,
      sent.version.version,
      toTrinh(upload(minimalPdf(), 'a.pdf')),
    );
    await expect(late).rejects.toThrow();
    const other = await draft();
    const byApprover = await addDossierFile(
      c.approver,
      other.id,
      other.version,
      toTrinh(upload(minimalPdf(), 'b.pdf')),
    );
    const submitted = await submitConsultationVersion(
      c.editor,
      other.id,
      byApprover.version.version,
    );
    const approve = approveConsultationVersion(c.approver, other.id, submitted.version.version);
    await expect(approve).rejects.toThrow(ForbiddenError);
  });
});

describe('who may download a dossier file', () => {
  it('nobody outside staff before publication; everyone after, as an attachment under its name', async () => {
    const { version, href, slug } = await withPdf();
    expect((await download(href)).status).toBe(404);
    expect(await loadPublicDossier(slug)).toEqual([]);
    const staff = await download(href, c.editor2);
    expect(staff.status).toBe(200);
    expect(staff.headers.get('cache-control')).toBe('private, no-store');

    const sent = await submitConsultationVersion(c.editor, version.id, version.version);
    expect((await download(href)).status).toBe(404);
    await approveConsultationVersion(c.approver, version.id, sent.version.version);

    const pub = await download(href);
    expect(pub.status).toBe(200);
    expect(pub.headers.get('content-type')).toBe('application/pdf');
    expect(pub.headers.get('cache-control')).toBe('public, no-cache');
    expect(pub.headers.get('x-content-type-options')).toBe('nosniff');
    expect(pub.headers.get('content-security-policy')).toMatch(/sandbox/);
    expect(pub.headers.get('content-disposition')).toBe(
      `attachment; filename="To trinh so 12.pdf"; filename*=UTF-8''${encodeURIComponent('Tờ trình số 12.pdf')}`,
    );
    expect(Buffer.from(await pub.arrayBuffer())).toEqual(minimalPdf());
    expect(await loadPublicDossier(slug)).toEqual([
      expect.objectContaining({ kindLabel: 'Tờ trình', format: 'PDF', size: '1 KB', href }),
    ]);
  });

  it('a redraft keeps the dossier; a file it drops stays public until the redraft is approved', async () => {
    const { version, href, slug } = await withPdf();
    const sent = await submitConsultationVersion(c.editor, version.id, version.version);
    const live = await approveConsultationVersion(c.approver, version.id, sent.version.version);
    const v2 = await startConsultationVersion(c.editor, live.version.consultationId);
    const copied = await db().dossierFile.findFirstOrThrow({ where: { versionId: v2.version.id } });
    expect(`/media/${copied.path}`).toBe(href);

    const dropped = await removeDossierFile(c.editor, v2.version.id, v2.version.version, copied.id);
    expect((await download(href)).status).toBe(200);
    expect(await loadPublicDossier(slug)).toHaveLength(1);

    const sent2 = await submitConsultationVersion(c.editor, v2.version.id, dropped.version.version);
    await approveConsultationVersion(c.approver, v2.version.id, sent2.version.version);
    expect((await download(href)).status).toBe(404);
    expect(await loadPublicDossier(slug)).toEqual([]);
    expect((await download(href, c.editor)).status).toBe(200);
  });

  it('answers 404 to paths outside the dossier folder or with no row', async () => {
    const { row } = await withPdf();
    expect((await download(`/media/dossier/2026/${'0'.repeat(36)}.pdf`, c.editor)).status).toBe(
      404,
    );
    expect((await download(`/media/dossier/../${row.path}`, c.editor)).status).toBe(404);
  });
});
