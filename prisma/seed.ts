// `npm run db:seed`: seeds DATABASE_URL from the source article (idempotent).
// Demo accounts only when SEED_DEMO_ACCOUNTS=true; `npm start` sets it for
// the embedded database.
import { db } from '../lib/db/client';
import { env } from '../lib/env';
import { seedDatabase } from '../lib/seed/run';

async function main(): Promise<void> {
  const config = env();
  if (!config.DATABASE_URL)
    throw new Error('DATABASE_URL is not set (npm start seeds the embedded database itself)');
  const client = db();
  const report = await seedDatabase(client, {
    demoAccounts: config.SEED_DEMO_ACCOUNTS,
    mediaDir: config.MEDIA_DIR,
  }).finally(() => client.$disconnect());
  const log = (line: string) => console.log(`[seed] ${line}`);
  for (const email of report.accountsCreated) log(`created account ${email}`);
  if (report.categoryCreated) log('created category truyen-thong-chinh-sach');
  if (report.planCreated) log('created the 2023 communication plan');
  for (const slug of report.articlesCreated) log(`published /tin-tuc/${slug}`);
  for (const slug of report.pagesCreated) log(`published page ${slug}`);
  for (const slug of report.consultationsCreated)
    log(`published sample consultation /du-thao/${slug}`);
  const nothing =
    report.accountsCreated.length === 0 &&
    !report.categoryCreated &&
    !report.planCreated &&
    report.articlesCreated.length === 0 &&
    report.pagesCreated.length === 0 &&
    report.consultationsCreated.length === 0;
  log(
    nothing
      ? `nothing to do: all ${report.articlesKept.length} seeded articles and the plan are present`
      : `done (${report.articlesCreated.length} articles created, ${report.articlesKept.length} already present)`,
  );
  if (!config.SEED_DEMO_ACCOUNTS)
    log('demo accounts not requested (SEED_DEMO_ACCOUNTS=true adds them)');
}

main().catch((error: unknown) => {
  console.error(`[seed] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
