// @ts-check
// Readers' feedback posts ("Gửi ý kiến"), answered by the production server
// ahead of Next. Next's route handler pipeline (routing, a web Request
// built from the socket, form parsing through web streams, the response
// piped back) cost several milliseconds of CPU per post, more than storing
// it: a burst of posts then queued behind each other on a small machine.
// Here the same function answers (components/feedback/answer-post.ts, which
// the route under app/ also calls, so `next dev` behaves the same), from a
// bundle esbuild makes of it when the server starts, with the headers Next
// would add to that address (its routes manifest: security headers, cache
// rules). FORM_POSTS=off leaves every post to Next, to compare with.
import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, stop } from 'esbuild';

const ENTRY = 'components/feedback/answer-post.ts';
const FEEDBACK_PATH = /^\/tin-tuc\/([^/?]+)\/y-kien(?:\?.*)?$/;
const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(?:;|$)/i;

/**
 * 'server-only' throws unless resolved under React's server condition; this
 * bundle only ever runs on the server, so it is left out.
 * @type {import('esbuild').Plugin}
 */
const serverOnly = {
  name: 'server-only',
  setup(b) {
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: 'server-only', namespace: 'empty' }));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '', loader: 'js' }));
  },
};

/**
 * Bundles the answering function (the project's own code; packages stay
 * imports from node_modules) into .next, written under a name of its own
 * and renamed, so instances starting together never read a half-written file.
 * @param {string} dir
 */
async function bundle(dir) {
  const out = path.join(dir, '.next', 'portal');
  await mkdir(out, { recursive: true });
  const file = path.join(out, 'answer-post.mjs');
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await build({
      entryPoints: [path.join(dir, ENTRY)],
      outfile: temporary,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      tsconfig: path.join(dir, 'tsconfig.json'),
      plugins: [serverOnly],
      logLevel: 'warning',
    });
  } finally {
    // esbuild's service process would otherwise live as long as the server (about 20 MB).
    await stop();
  }
  await rename(temporary, file);
  return file;
}

/**
 * The header rules of next.config.ts as Next compiled them (and its Vary),
 * applied as Next applies them: every rule whose address and conditions match, in order, a
 * later value replacing an earlier one.
 * @param {string} dir
 */
async function headerRules(dir) {
  const manifest = JSON.parse(
    await readFile(path.join(dir, '.next', 'routes-manifest.json'), 'utf8'),
  );
  /** @type {{ regex: string, has?: { type: string, key: string, value?: string }[], headers: { key: string, value: string }[] }[]} */
  const rules = manifest.headers;
  const compiled = rules.map((rule) => ({
    regex: new RegExp(rule.regex),
    has: (rule.has ?? []).map((c) => {
      if (c.type !== 'header')
        throw new Error(`form posts: unsupported header rule condition ${c.type}`);
      return { key: c.key.toLowerCase(), value: c.value ? new RegExp(`^${c.value}$`) : null };
    }),
    headers: rule.headers,
  }));
  // Next's app router answers every route, handlers included, with this Vary.
  /** @type {string | undefined} */
  const vary = manifest.rsc?.varyHeader;
  /** @param {string} pathname @param {import('node:http').IncomingHttpHeaders} request */
  return (pathname, request) => {
    /** @type {Record<string, string>} */
    const out = vary ? { vary } : {};
    for (const rule of compiled) {
      if (!rule.regex.test(pathname)) continue;
      const met = rule.has.every(({ key, value }) => {
        const got = request[key];
        const text = Array.isArray(got) ? got.join(', ') : got;
        return text !== undefined && (value === null || value.test(text));
      });
      if (!met) continue;
      for (const { key, value } of rule.headers) out[key.toLowerCase()] = value;
    }
    return out;
  };
}

/**
 * Reads a form body of at most `max` bytes; null when it is larger.
 * @param {import('node:http').IncomingMessage} req @param {number} max
 * @returns {Promise<string | null>}
 */
function readBody(req, max) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > max ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
    // A client gone before the whole body arrived: nothing to store or answer.
    req.on('close', () => {
      if (!req.complete) reject(new Error('form post: the client left before the body ended'));
    });
  });
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @returns {{ get(name: string): string | null }}
 */
function headerSource(req) {
  return {
    get(name) {
      const key = name.toLowerCase();
      const value = req.headers[key];
      // As Next does: the socket's address when no proxy wrote one.
      if (value === undefined && key === 'x-forwarded-for') return req.socket.remoteAddress ?? null;
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

/**
 * The feedback posts' handler for the production server.
 * @param {{ dir: string }} options
 */
export async function createFormPosts({ dir }) {
  const module = await import(pathToFileURL(await bundle(dir)).href);
  /** @type {typeof import('../../components/feedback/answer-post').answerFeedbackPost} */
  const answer = module.answerFeedbackPost;
  /** @type {number} */
  const maxBytes = module.MAX_FORM_BYTES;
  const headersFor = await headerRules(dir);

  /** @param {import('node:http').ServerResponse} res @param {number} status @param {Record<string, string>} headers @param {string} body */
  const send = (res, status, headers, body) => {
    const bytes = Buffer.from(body, 'utf8');
    res.writeHead(status, { ...headers, 'content-length': String(bytes.length) });
    res.end(bytes);
  };

  /**
   * Answers a feedback post and returns true, or returns false for anything
   * else (left to Next): other methods and addresses, bodies that are not a
   * plain form.
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
   */
  function handle(req, res) {
    if (req.method !== 'POST' || !req.url) return false;
    const match = FEEDBACK_PATH.exec(req.url);
    if (!match?.[1] || !FORM_TYPE.test(req.headers['content-type'] ?? '')) return false;
    let slug;
    try {
      slug = decodeURIComponent(match[1]);
    } catch {
      return false;
    }
    const pathname = req.url.split('?')[0] ?? req.url;
    const base = headersFor(pathname, req.headers);
    void (async () => {
      if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
        return send(
          res,
          413,
          { ...base, 'content-type': 'text/plain;charset=UTF-8' },
          'Payload Too Large',
        );
      }
      const body = await readBody(req, maxBytes);
      if (body === null) {
        return send(
          res,
          413,
          { ...base, 'content-type': 'text/plain;charset=UTF-8' },
          'Payload Too Large',
        );
      }
      const result = await answer(slug, {
        headers: headerSource(req),
        form: new URLSearchParams(body),
      });
      // Next's rules win over the handler's own headers, as in Next.
      send(res, result.status, { ...lower(result.headers), ...base }, result.html);
      if (result.afterwards) {
        await result
          .afterwards()
          .catch((error) => console.error('[feedback] after answer:', error));
      }
    })().catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Lỗi máy chủ');
    });
    return true;
  }
  return { handle };
}

/** @param {Record<string, string>} headers */
function lower(headers) {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
