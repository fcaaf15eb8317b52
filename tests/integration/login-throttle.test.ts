import { describe, expect, it } from 'vitest';
import { authenticate } from '../../lib/auth/authenticate';
import { credentialsThrottleResponse } from '../../lib/auth/credentials-throttle';
import { hashPassword } from '../../lib/auth/password';
import { LOGIN_WINDOW_MS, MAX_ADDRESS_FAILURES, PRUNE_BATCH } from '../../lib/auth/rate-limit';
import { LOGIN_FAILED_MESSAGE } from '../../lib/auth/schema';
import { db } from '../../lib/db/client';
import { emptyDatabaseEachTest } from '../helpers/integration';

const PASSWORD = 'demo-Portal-2023';
const OFFICE = '203.0.113.50'; // one ministry NAT address for everybody

async function makeUser(email: string) {
  return db().user.create({
    data: { email, name: 'Trần Thị B', role: 'EDITOR', passwordHash: await hashPassword(PASSWORD) },
  });
}

async function failTimes(n: number, email: string, ip = OFFICE) {
  for (let i = 0; i < n; i += 1) {
    expect((await authenticate({ email, password: `sai-${i}`, ip })).ok).toBe(false);
  }
}

/** Failures recorded `agoMs` ago, written directly: quicker than 100 password checks. */
async function pastFailures(count: number, ip: string, agoMs = 60_000) {
  const at = new Date(Date.now() - agoMs);
  await db().loginAttempt.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      email: `khach${i}@example.gov.vn`,
      ip,
      success: false,
      at,
    })),
  });
}

function credentialsPost(email: string, ip = OFFICE): Request {
  return new Request('http://127.0.0.1/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    body: new URLSearchParams({ email, password: 'x', csrfToken: 'x' }),
  });
}

emptyDatabaseEachTest();

describe('one locked account never locks out colleagues behind the same address', () => {
  it("a colleague's correct password works after someone else's account is locked", async () => {
    const careless = await makeUser('bientap@example.gov.vn');
    const colleague = await makeUser('bientap2@example.gov.vn');
    await failTimes(5, careless.email);
    expect(await authenticate({ email: careless.email, password: PASSWORD, ip: OFFICE })).toEqual({
      ok: false,
      reason: 'rate_limited',
    });
    const result = await authenticate({ email: colleague.email, password: PASSWORD, ip: OFFICE });
    expect(result.ok).toBe(true);
  });

  it('an address is refused only past a far higher ceiling of failures', async () => {
    const colleague = await makeUser('bientap2@example.gov.vn');
    await pastFailures(MAX_ADDRESS_FAILURES - 1, OFFICE);
    expect(
      (await authenticate({ email: colleague.email, password: PASSWORD, ip: OFFICE })).ok,
    ).toBe(true);
    await pastFailures(2, OFFICE);
    expect(await authenticate({ email: colleague.email, password: PASSWORD, ip: OFFICE })).toEqual({
      ok: false,
      reason: 'rate_limited',
    });
    // Another address is not concerned.
    expect(
      (await authenticate({ email: colleague.email, password: PASSWORD, ip: '198.51.100.7' })).ok,
    ).toBe(true);
  });

  it('an unknown email locks exactly like a real one, so a lock reveals no account', async () => {
    await makeUser('pheduyet@example.gov.vn');
    await failTimes(5, 'pheduyet@example.gov.vn');
    await failTimes(5, 'khong-co-ai@example.gov.vn');
    for (const email of ['pheduyet@example.gov.vn', 'khong-co-ai@example.gov.vn']) {
      expect(await authenticate({ email, password: PASSWORD, ip: '198.51.100.8' })).toEqual({
        ok: false,
        reason: 'rate_limited',
      });
    }
  });

  it('tells the person the same thing for a lock as for a wrong password', () => {
    expect(LOGIN_FAILED_MESSAGE).toBe(
      'Email hoặc mật khẩu không đúng. Sau 5 lần nhập sai, việc đăng nhập bị tạm dừng 15 phút.',
    );
  });
});

describe('the credentials endpoint, hit directly, answers 429 when throttled', () => {
  it('lets an attempt through while under the limit, refuses with 429 after it', async () => {
    await makeUser('bientap@example.gov.vn');
    expect(await credentialsThrottleResponse(credentialsPost('bientap@example.gov.vn'))).toBeNull();
    await failTimes(5, 'bientap@example.gov.vn');
    const refused = await credentialsThrottleResponse(credentialsPost('BienTap@example.gov.vn'));
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get('retry-after')).toBe('900');
    expect(await refused?.text()).toBe(LOGIN_FAILED_MESSAGE);
    // A colleague at the same address is not refused.
    expect(
      await credentialsThrottleResponse(credentialsPost('bientap2@example.gov.vn')),
    ).toBeNull();
  });
});

describe('login attempts are pruned by the server itself', () => {
  it('a failed login deletes attempts older than the window and keeps recent ones', async () => {
    await pastFailures(3, '198.51.100.20', LOGIN_WINDOW_MS + 60_000);
    await pastFailures(2, '198.51.100.21', 60_000);
    await failTimes(1, 'ai-do@example.gov.vn');
    const left = await db().loginAttempt.findMany({ select: { ip: true } });
    expect(left.map((r) => r.ip).sort()).toEqual(['198.51.100.21', '198.51.100.21', OFFICE]);
  });

  it('deletes a bounded batch per failed login, so no login waits on a huge delete', async () => {
    await pastFailures(PRUNE_BATCH + 20, '198.51.100.22', LOGIN_WINDOW_MS + 60_000);
    await failTimes(1, 'ai-do@example.gov.vn');
    expect(await db().loginAttempt.count({ where: { ip: '198.51.100.22' } })).toBe(20);
    await failTimes(1, 'ai-do@example.gov.vn');
    expect(await db().loginAttempt.count({ where: { ip: '198.51.100.22' } })).toBe(0);
  });
});
