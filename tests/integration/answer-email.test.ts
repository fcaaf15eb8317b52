import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notifyAnswerPublished } from '../../lib/answers/mail';
import { approveAnswer, saveAnswer } from '../../lib/answers/transitions';
import { db } from '../../lib/db/client';
import { resetEnvCache } from '../../lib/env';
import { moderateFeedback } from '../../lib/moderation/moderate';
import { castEachTest } from '../helpers/integration';
import { pendingFeedback } from '../helpers/pending-feedback';
import { publishedArticle } from '../helpers/workflow-fixtures';

// The asker's email, end to end: nodemailer talks SMTP to a real server
// this file starts; what it receives is decoded and read.

type Received = { to: string[]; text: string };
let received: Received[] = [];
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const body = raw.split('\r\n\r\n').slice(1).join('').replace(/\s+/g, '');
        const to = session.envelope.rcptTo.map((r) => r.address);
        received.push({ to, text: Buffer.from(body, 'base64').toString('utf8') });
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

const c = castEachTest();
beforeEach(() => {
  received = [];
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  resetEnvCache();
});

async function approvedAnswer(email: string | null) {
  const live = await publishedArticle(c.editor, c.approver, c.categoryId);
  const f = await pendingFeedback({ articleId: live.article.id, kind: 'QUESTION', email });
  await moderateFeedback(c.editor, [{ id: f.id, version: 1 }], { decision: 'publish' });
  const draft = await saveAnswer(
    c.editor,
    f.id,
    null,
    { body: 'Bộ trả lời: đã có hướng dẫn.' },
    { submit: true },
  );
  const approved = await approveAnswer(c.approver, draft.answer.id, draft.answer.version);
  return { f, slug: live.article.slug, answerId: approved.answer.id };
}

describe("the asker's email once the answer is approved (SMTP_URL set)", () => {
  it('quotes the question, gives the answer and the article address', async () => {
    const { f, slug, answerId } = await approvedAnswer('nguoi-hoi@example.vn');
    expect(await notifyAnswerPublished(answerId)).toBe(1);
    expect(received.map((m) => m.to)).toEqual([['nguoi-hoi@example.vn']]);
    const text = received[0]?.text ?? '';
    expect(text).toContain(f.body);
    expect(text).toContain('Bộ trả lời: đã có hướng dẫn.');
    expect(text).toContain(`/tin-tuc/${slug}`);
  });

  it('is not sent once the address is erased, nor for an answer not published', async () => {
    const { f, answerId } = await approvedAnswer('xoa@example.vn');
    await db().feedback.update({
      where: { id: f.id },
      data: { email: null, erasedAt: new Date() },
    });
    expect(await notifyAnswerPublished(answerId)).toBe(0);
    const other = await approvedAnswer('khac@example.vn');
    await db().feedbackAnswer.update({
      where: { id: other.answerId },
      data: { state: 'UNPUBLISHED' },
    });
    expect(await notifyAnswerPublished(other.answerId)).toBe(0);
    expect(received).toEqual([]);
  });

  it('a mail server that refuses is logged and undoes nothing', async () => {
    const { answerId } = await approvedAnswer('nguoi-hoi@example.vn');
    process.env.SMTP_URL = 'smtp://127.0.0.1:1';
    resetEnvCache();
    expect(await notifyAnswerPublished(answerId)).toBe(0);
    const stored = await db().feedbackAnswer.findUniqueOrThrow({ where: { id: answerId } });
    expect(stored.state).toBe('PUBLISHED');
  });
});
