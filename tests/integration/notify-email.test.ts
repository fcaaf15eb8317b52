import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../lib/db/client';
import { resetEnvCache } from '../../lib/env';
import { notifyWorkflowStep } from '../../lib/notify/workflow-mail';
import { createArticle, saveRevision } from '../../lib/workflow/editing';
import { approveRevision, rejectRevision } from '../../lib/workflow/transitions';
import { resetDatabase } from '../helpers/integration';
import { articleInput, type Cast, cast, submittedRevision } from '../helpers/workflow-fixtures';

// Email is tested end to end: nodemailer (the real client) talks SMTP to a
// real server this file starts, and what that server receives is decoded.

type Received = { to: string[]; subject: string; text: string };
let received: Received[] = [];
let server: SMTPServer;
let port = 0;

/** RFC 2047 encoded words ("=?UTF-8?B?…?=", possibly folded) back to text. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_m, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(
            data
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_x, h: string) =>
                String.fromCharCode(Number.parseInt(h, 16)),
              ),
            'latin1',
          ).toString('utf8'),
    );
}

function parse(raw: string, to: string[]): Received {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const unfolded = head.replace(/\r\n[ \t]+/g, ' ');
  const subject = /^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '';
  expect(unfolded).toMatch(/^Content-Type: text\/plain; charset=utf-8$/im);
  expect(unfolded).toMatch(/^Content-Transfer-Encoding: base64$/im);
  const text = Buffer.from(rest.join('\r\n\r\n').replace(/\s+/g, ''), 'base64').toString('utf8');
  return { to, subject: decodeHeader(subject), text };
}

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        received.push(parse(Buffer.concat(chunks).toString('utf8'), to));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  delete process.env.SMTP_URL;
  resetEnvCache();
});

let c: Cast;
beforeEach(async () => {
  await resetDatabase();
  c = await cast();
  received = [];
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  resetEnvCache();
});
afterEach(() => vi.restoreAllMocks());

const staffPage = (articleId: string) =>
  new RegExp(`https?://[^\\s]+/quan-tri/bai-viet/${articleId}`);

describe('email after a workflow step (SMTP_URL set)', () => {
  it('on submit, every approver who may sign it off gets one email in Vietnamese with a link', async () => {
    const title = 'Hội nghị đối thoại chính sách đầu tư công';
    const s = await submittedRevision(c.editor, c.categoryId, { title });
    expect(await notifyWorkflowStep(c.editor.id, s.revision.id)).toBe(2);
    expect(received.map((m) => m.to).sort()).toEqual(
      [[c.approver.email], [c.approver2.email]].sort(),
    );
    for (const mail of received) {
      expect(mail.subject).toBe(`Bài chờ duyệt: ${title}`);
      expect(mail.text).toContain(`${c.editor.name} đã gửi duyệt bài “${title}”.`);
      expect(mail.text).toMatch(staffPage(s.article.id));
      expect(mail.text.normalize('NFC')).toBe(mail.text);
    }
  });

  it('on submit by an approver, that approver is not asked to approve their own work', async () => {
    const s = await submittedRevision(c.approver, c.categoryId);
    expect(await notifyWorkflowStep(c.approver.id, s.revision.id)).toBe(1);
    expect(received.map((m) => m.to)).toEqual([[c.approver2.email]]);
  });

  it('on reject, the author gets the reason; on approval, the public address', async () => {
    const s = await submittedRevision(c.editor, c.categoryId);
    const reason = 'Sa-pô cần nêu rõ thời gian áp dụng.';
    const r = await rejectRevision(c.approver, s.revision.id, s.revision.version, { reason });
    await notifyWorkflowStep(c.approver.id, r.revision.id);
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual([c.editor.email]);
    expect(received[0]?.subject).toMatch(/^Bài bị từ chối: /);
    expect(received[0]?.text).toContain(`Lý do:\n${reason}`);

    const s2 = await submittedRevision(c.editor, c.categoryId);
    const p = await approveRevision(c.approver2, s2.revision.id, s2.revision.version);
    await notifyWorkflowStep(c.approver2.id, p.revision.id);
    expect(received).toHaveLength(2);
    expect(received[1]?.to).toEqual([c.editor.email]);
    expect(received[1]?.subject).toMatch(/^Bài đã xuất bản: /);
    expect(received[1]?.text).toContain(`/tin-tuc/${p.article.slug}`);
  });

  it('a scheduled approval tells the author when it will be public', async () => {
    const s = await submittedRevision(c.editor, c.categoryId);
    const publishAt = new Date(Date.UTC(2031, 3, 2, 2, 5));
    await approveRevision(c.approver, s.revision.id, s.revision.version, { publishAt });
    await notifyWorkflowStep(c.approver.id, s.revision.id);
    expect(received[0]?.subject).toMatch(/^Bài đã được hẹn giờ xuất bản: /);
    expect(received[0]?.text).toContain('lúc 02/04/2031 09:05 (giờ Việt Nam)');
  });

  it('a step that is not submit, reject or publish sends nothing', async () => {
    const created = await saveDraft(c);
    expect(await notifyWorkflowStep(c.editor.id, created)).toBe(0);
    expect(received).toEqual([]);
  });

  it('a dead mail server is logged and changes nothing that was saved', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const s = await submittedRevision(c.editor, c.categoryId);
    process.env.SMTP_URL = 'smtp://127.0.0.1:1';
    resetEnvCache();
    await expect(notifyWorkflowStep(c.editor.id, s.revision.id)).resolves.toBe(0);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^\[notify\] email to .+ not sent: /));
    const stored = await db().articleRevision.findUniqueOrThrow({ where: { id: s.revision.id } });
    expect(stored.state).toBe('SUBMITTED');
  });
});

describe('without SMTP_URL', () => {
  it('sends nothing at all', async () => {
    delete process.env.SMTP_URL;
    resetEnvCache();
    const s = await submittedRevision(c.editor, c.categoryId);
    expect(await notifyWorkflowStep(c.editor.id, s.revision.id)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toEqual([]);
  });
});

/** A draft saved twice (create, edit): the editor's newest step is an edit. */
async function saveDraft(cst: Cast): Promise<string> {
  const created = await createArticle(cst.editor, articleInput(cst.categoryId));
  await saveRevision(cst.editor, created.revision.id, created.revision.version, {
    ...articleInput(cst.categoryId),
  });
  return created.revision.id;
}
