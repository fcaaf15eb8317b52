import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { resetEnvCache } from '../../lib/env';
import { confirmFeedback, findByLinkToken } from '../../lib/feedback/links';
import { sendConfirmation } from '../../lib/feedback/mail';
import { createCategory, createPublishedArticle } from '../helpers/fixtures';
import { submitAccepted } from '../helpers/feedback';
import { emptyDatabaseEachTest } from '../helpers/integration';

// The confirmation email through a real SMTP server this file starts: the
// link it carries is the one that confirms the address.

let server: SMTPServer;
const received: { to: string[]; raw: string }[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  resetEnvCache();
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  delete process.env.SMTP_URL;
  resetEnvCache();
});

emptyDatabaseEachTest();

it('the email carries the link that confirms the address and offers withdrawal', async () => {
  const category = await createCategory();
  await createPublishedArticle({ category, slug: 'bai-xac-nhan-email' });
  const { email, token, id } = await submitAccepted('bai-xac-nhan-email', {
    email: 'Thu@Example.vn',
  });
  await sendConfirmation(email, token, 'Bài xác nhận email');
  expect(received).toHaveLength(1);
  expect(received[0]?.to).toEqual(['thu@example.vn']);
  const [, body = ''] = received[0]?.raw.split('\r\n\r\n') ?? [];
  const text = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  expect(text).toContain('rút lại ý kiến');
  const link = /https?:\/\/\S+\/y-kien\/xac-nhan\?t=(\S+)/.exec(text);
  expect(link?.[1]).toBe(token);
  expect(await findByLinkToken(link?.[1])).toMatchObject({ id, verified: false });
  await confirmFeedback(link?.[1]);
  expect(await findByLinkToken(link?.[1])).toMatchObject({ id, verified: true });
});
