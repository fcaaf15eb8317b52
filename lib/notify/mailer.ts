import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '../env';

export type Mail = { to: string; subject: string; text: string };

let transport: { url: string; transporter: Transporter } | undefined;

/** One SMTP transport per URL, kept between sends. */
function transporterFor(url: string): Transporter {
  if (transport?.url !== url) {
    transport = {
      url,
      transporter: nodemailer.createTransport(url, {
        // A slow or dead mail server must not hold a request's after-work for minutes.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    };
  }
  return transport.transporter;
}

/** Whether email is configured (SMTP_URL set). */
export function mailEnabled(): boolean {
  return env().SMTP_URL !== undefined;
}

/**
 * Sends plain-text UTF-8 mail, one message per recipient (nobody sees the
 * other addresses). Each failure is logged with the recipient and the
 * server's message, and does not stop the others. Returns how many were
 * accepted. Does nothing without SMTP_URL.
 */
export async function sendMails(mails: readonly Mail[]): Promise<number> {
  const { SMTP_URL: url, SMTP_FROM: from } = env();
  if (!url) return 0;
  let sent = 0;
  for (const mail of mails) {
    try {
      await transporterFor(url).sendMail({ from, ...mail, textEncoding: 'base64' });
      sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`[notify] email to ${mail.to} not sent: ${message}`);
    }
  }
  return sent;
}
