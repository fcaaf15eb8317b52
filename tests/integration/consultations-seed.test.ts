import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPublishedConsultations } from '../../lib/consultations/queries';
import { db } from '../../lib/db/client';
import { seedDatabase } from '../../lib/seed/run';
import { resetDatabase } from '../helpers/integration';

let mediaDir: string;
beforeAll(async () => {
  mediaDir = await mkdtemp(path.join(os.tmpdir(), 'seed-consult-'));
});
afterAll(() => rm(mediaDir, { recursive: true, force: true }));

describe('the sample consultation', () => {
  it('is seeded in the demo only, published, marked as sample text, once', async () => {
    await resetDatabase();
    await seedDatabase(db(), { demoAccounts: false, mediaDir });
    expect(await db().consultation.count()).toBe(0);

    await resetDatabase();
    const report = await seedDatabase(db(), { demoAccounts: true, mediaDir });
    const [sample] = await loadPublishedConsultations();
    expect(report.consultationsCreated).toEqual([sample?.slug]);
    expect(sample?.title).toMatch(/^\[Mẫu\]/);
    expect(sample?.summary).toMatch(/văn bản MẪU/);
    const again = await seedDatabase(db(), { demoAccounts: true, mediaDir });
    expect(again.consultationsCreated).toEqual([]);
    expect(await db().consultation.count()).toBe(1);
  });
});
