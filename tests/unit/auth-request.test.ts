import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from '../../lib/auth/callback-url';
import { clientIpFrom, normaliseIp } from '../../lib/auth/ip';
import { loginSchema } from '../../lib/auth/schema';

const headers = (init: Record<string, string>) => new Headers(init);

describe('clientIpFrom', () => {
  it('takes the right-most X-Forwarded-For entry, the one the nearest hop wrote', () => {
    expect(clientIpFrom(headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }))).toBe(
      '203.0.113.7',
    );
  });
  it('accepts IPv6 and unwraps IPv4-mapped IPv6 addresses', () => {
    expect(clientIpFrom(headers({ 'x-forwarded-for': '2001:DB8::1' }))).toBe('2001:db8::1');
    expect(clientIpFrom(headers({ 'x-forwarded-for': '::ffff:127.0.0.1' }))).toBe('127.0.0.1');
  });
  it('falls back to X-Real-IP when X-Forwarded-For holds no address', () => {
    expect(
      clientIpFrom(headers({ 'x-forwarded-for': 'garbage', 'x-real-ip': '198.51.100.4' })),
    ).toBe('198.51.100.4');
  });
  it('returns null rather than storing forged text', () => {
    expect(clientIpFrom(headers({ 'x-forwarded-for': "1.2.3.4'; DROP TABLE" }))).toBeNull();
    expect(clientIpFrom(headers({}))).toBeNull();
  });
  it('strips ports', () => {
    expect(normaliseIp('203.0.113.9:51234')).toBe('203.0.113.9');
    expect(normaliseIp('[2001:db8::2]:443')).toBe('2001:db8::2');
  });
});

describe('safeCallbackUrl', () => {
  it('keeps a staff-area path with its query', () => {
    expect(safeCallbackUrl('/quan-tri/bai-viet/abc?tab=lich-su')).toBe(
      '/quan-tri/bai-viet/abc?tab=lich-su',
    );
    expect(safeCallbackUrl('/quan-tri')).toBe('/quan-tri');
  });
  it.each([
    'https://evil.example/quan-tri',
    '//evil.example/quan-tri',
    '/\\evil.example',
    '/tin-tuc/abc',
    '/quan-trix',
    '/quan-tri/../dang-nhap',
    'javascript:alert(1)',
    '',
    undefined,
    42,
  ])('sends %s to /quan-tri instead', (value) => {
    expect(safeCallbackUrl(value)).toBe('/quan-tri');
  });
});

describe('loginSchema', () => {
  it('trims the email and explains a missing field in Vietnamese', () => {
    const ok = loginSchema.safeParse({ email: '  a@b.vn ', password: 'x' });
    expect(ok.success && ok.data.email).toBe('a@b.vn');
    const bad = loginSchema.safeParse({ email: '', password: '' });
    expect(bad.success).toBe(false);
    const messages = bad.success ? [] : bad.error.issues.map((i) => i.message);
    expect(messages).toContain('Vui lòng nhập email.');
    expect(messages).toContain('Vui lòng nhập mật khẩu.');
  });
});
