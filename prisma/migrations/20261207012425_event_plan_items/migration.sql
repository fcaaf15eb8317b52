-- AlterTable
ALTER TABLE "EventRevision" ADD COLUMN     "planItemIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Links made before revisions carried them (EventPlanItem rows only) move
-- onto the event's revisions, so approving a later amendment keeps them.
UPDATE "EventRevision" AS r
SET "planItemIds" = links."ids"
FROM (
  SELECT "eventId", array_agg("planItemId" ORDER BY "planItemId") AS "ids"
  FROM "EventPlanItem"
  GROUP BY "eventId"
) AS links
WHERE r."eventId" = links."eventId";
