import 'server-only';
import type { Actor } from '../core/actor';
import { ForbiddenError } from '../core/errors';
import { can } from '../core/policy';
import { db } from '../db/client';
import { Prisma } from '../generated/prisma/client';

/**
 * Whose trends an actor may read: approvers and admins the whole portal;
 * an editor only the articles they wrote or edited (any revision). Every
 * dashboard query takes the scope and filters in SQL with it.
 */
export type TrendsScope = { all: true } | { all: false; userId: string };

export function trendsScope(actor: Actor): TrendsScope {
  if (can(actor, 'viewAllTrends')) return { all: true };
  if (actor.role === 'EDITOR') return { all: false, userId: actor.id };
  throw new ForbiddenError();
}

/** SQL condition on an article id column: true for every article in the scope. */
export function articleInScope(scope: TrendsScope, column: Prisma.Sql): Prisma.Sql {
  if (scope.all) return Prisma.sql`${column} IS NOT NULL`;
  return Prisma.sql`${column} IN (
    SELECT r."articleId" FROM "ArticleRevision" r
    WHERE r."authorId" = ${scope.userId} OR ${scope.userId} = ANY (r."contributorIds"))`;
}

/** Refuses an article outside the actor's scope (as not found: ids are not confirmed). */
export async function assertArticleInScope(scope: TrendsScope, articleId: string): Promise<void> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "Article" a
    WHERE a.id = ${articleId} AND ${articleInScope(scope, Prisma.sql`a.id`)}`;
  if (rows.length === 0) throw new ForbiddenError('Bạn không xem được xu hướng của bài viết này.');
}
