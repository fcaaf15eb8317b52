import { describe, expect, it } from 'vitest';
import {
  BACKUP_MAX_AGE_MS,
  backupKey,
  hasContent,
  keptValues,
  parseBackup,
  forgetOnSignOut,
  signedOutKey,
} from '../../lib/forms/local-backup';

const NOW = Date.UTC(2026, 10, 29, 5, 0);
const copy = (values: Record<string, string>, savedAt = NOW - 60_000) =>
  JSON.stringify({ savedAt, values });

describe('the new-article form kept in the browser', () => {
  it('keeps every text field, repeated ones joined, without the submit intent or a file', () => {
    const data = new FormData();
    data.append('title', 'Đầu tư công');
    data.append('readMoreIds', 'a');
    data.append('readMoreIds', 'b');
    data.append('intent', 'save');
    data.append('cover', new Blob(['x']), 'anh.jpg');
    data.append('$ACTION_ID_1', '');
    expect(keptValues(data)).toEqual({ title: 'Đầu tư công', readMoreIds: 'a\nb' });
  });

  it('a form is worth keeping only once something is typed in its text', () => {
    expect(hasContent({ title: '  ', categoryId: 'c1', readMoreIds__sent: '1' })).toBe(false);
    expect(hasContent({ body: 'Kiểm tra' })).toBe(true);
    expect(hasContent({ source: 'PLVN' })).toBe(true);
  });

  it('one key per person and form', () => {
    expect(backupKey('bai-viet-moi', 'u1')).not.toBe(backupKey('bai-viet-moi', 'u2'));
  });

  it('reads back a recent copy as it was written', () => {
    expect(parseBackup(copy({ title: 'Tin', body: 'Nội dung' }), NOW)).toEqual({
      savedAt: NOW - 60_000,
      values: { title: 'Tin', body: 'Nội dung' },
    });
  });

  it('offers nothing for no copy, a malformed or foreign one, an empty one or a stale one', () => {
    expect(parseBackup(null, NOW)).toBeNull();
    expect(parseBackup('{not json', NOW)).toBeNull();
    expect(parseBackup('"text"', NOW)).toBeNull();
    expect(parseBackup(JSON.stringify({ savedAt: 'x', values: {} }), NOW)).toBeNull();
    expect(parseBackup(JSON.stringify({ savedAt: NOW, values: { title: 5 } }), NOW)).toBeNull();
    expect(parseBackup(copy({ title: '' }), NOW)).toBeNull();
    expect(parseBackup(copy({ title: 'Cũ' }, NOW - BACKUP_MAX_AGE_MS - 1), NOW)).toBeNull();
    expect(parseBackup(copy({ title: 'Sau' }, NOW + 3_600_000), NOW)).toBeNull();
  });
});

describe('forgetOnSignOut', () => {
  /** The part of the Storage interface used, over a Map. */
  function memoryStorage(entries: Record<string, string>) {
    const map = new Map(Object.entries(entries));
    return {
      map,
      get length() {
        return map.size;
      },
      key: (i: number) => [...map.keys()][i] ?? null,
      removeItem: (key: string) => void map.delete(key),
      setItem: (key: string, value: string) => void map.set(key, value),
    };
  }

  it("forgets every copy of the person's, keeps other people's and other keys, marks them signed out", () => {
    const storage = memoryStorage({
      [backupKey('bai-viet-moi', 'u1')]: '{}',
      [backupKey('trang-moi', 'u1')]: '{}',
      [backupKey('bai-viet-moi', 'u2')]: '{}',
      [backupKey('bai-viet-moi', 'u11')]: '{}',
      'something:else:u1': 'x',
    });
    forgetOnSignOut(storage, 'u1');
    expect([...storage.map.keys()].sort()).toEqual(
      [
        backupKey('bai-viet-moi', 'u2'),
        backupKey('bai-viet-moi', 'u11'),
        'something:else:u1',
        signedOutKey('u1'),
      ].sort(),
    );
  });
});
