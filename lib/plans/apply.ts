import 'server-only';
import { ValidationError } from '../core/errors';
import type { Tx } from '../workflow/tx';
import { dayOf } from './day';
import type { PlanContent, PlanContentItem } from './content';

type ItemRow = {
  id: string;
  kind: PlanContentItem['kind'];
  title: string;
  body: string;
  isSummary: boolean;
  parentId: string | null;
  targetDate: Date | null;
  unit: string;
};

/** What the public sees of a plan now, as content (the base of an amendment and of a diff). */
export async function liveContent(tx: Tx, planId: string): Promise<PlanContent> {
  const plan = await tx.communicationPlan.findUniqueOrThrow({
    where: { id: planId },
    include: { items: { orderBy: [{ kind: 'asc' }, { position: 'asc' }] } },
  });
  const { title, decisionRef, basis, summary } = plan;
  return { title, decisionRef, basis, summary, items: plan.items.map(contentItem) };
}

function contentItem(row: ItemRow): PlanContentItem {
  return {
    key: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    parentKey: row.parentId,
    targetDate: dayOf(row.targetDate),
    unit: row.unit,
  };
}

/** Refuses to drop an item that published work already points at. */
async function assertRemovable(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const linked = await tx.planItem.findMany({
    where: { id: { in: ids }, OR: [{ articles: { some: {} } }, { events: { some: {} } }] },
    select: { title: true },
  });
  if (linked.length === 0) return;
  const names = linked.map((l) => `“${l.title}”`).join(', ');
  const message = `Không thể bỏ ${names}: đã có tin bài hoặc sự kiện liên kết với mục này. Hãy giữ mục hoặc bỏ liên kết trước.`;
  throw new ValidationError({ items: [message] }, message);
}

/**
 * Writes approved content onto the plan's public rows, in the caller's
 * transaction: the plan's fields, then its items (kept by key, so their
 * links stay; new ones created; dropped ones deleted, unless linked), each
 * numbered within its kind in the content's order. The "summary" mark of a
 * seeded item stays only while its wording is unchanged.
 */
export async function writeContent(tx: Tx, planId: string, content: PlanContent): Promise<void> {
  const { title, decisionRef, basis, summary } = content;
  await tx.communicationPlan.update({
    where: { id: planId },
    data: { title, decisionRef, basis, summary },
  });
  const existing = await tx.planItem.findMany({ where: { planId } });
  const byId = new Map(existing.map((row) => [row.id, row]));
  const keys = new Set(content.items.map((i) => i.key));
  const dropped = existing.filter((row) => !keys.has(row.id)).map((row) => row.id);
  await assertRemovable(tx, dropped);
  await tx.planItem.deleteMany({ where: { id: { in: dropped } } });
  // Out of the way of the (plan, kind, position) key while positions change.
  await tx.$executeRaw`UPDATE "PlanItem" SET "position" = -1 - "position" WHERE "planId" = ${planId}`;
  const idOf = new Map<string, string>();
  const position = new Map<string, number>();
  for (const item of content.items) {
    const p = (position.get(item.kind) ?? 0) + 1;
    position.set(item.kind, p);
    const data = {
      kind: item.kind,
      position: p,
      title: item.title,
      body: item.body,
      targetDate: item.targetDate ? new Date(`${item.targetDate}T00:00:00Z`) : null,
      unit: item.unit,
      parentId: null,
    };
    const old = byId.get(item.key);
    if (old) {
      const isSummary = old.isSummary && old.title === item.title && old.body === item.body;
      await tx.planItem.update({ where: { id: old.id }, data: { ...data, isSummary } });
      idOf.set(item.key, old.id);
    } else {
      const row = await tx.planItem.create({ data: { ...data, planId }, select: { id: true } });
      idOf.set(item.key, row.id);
    }
  }
  for (const item of content.items) {
    const parentId = item.parentKey ? idOf.get(item.parentKey) : undefined;
    const id = idOf.get(item.key);
    if (parentId && id) await tx.planItem.update({ where: { id }, data: { parentId } });
  }
}
