import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, ValidationError } from '../../lib/core/errors';
import { db } from '../../lib/db/client';
import { eventsRss } from '../../lib/events/feed';
import { eventsCalendar } from '../../lib/events/ics';
import {
  approveEventRevision,
  createEvent,
  rejectEventRevision,
  saveEventRevision,
  startEventRevision,
  takeDownEvent,
} from '../../lib/events/mutations';
import { eventsPage, loadPublishedEvent, loadPublishedEvents } from '../../lib/events/queries';
import { getEventForStaff } from '../../lib/events/staff-queries';
import { loadPlan } from '../../lib/plans/queries';
import { loadSitemapData } from '../../lib/sitemap/queries';
import { sitemapXml } from '../../lib/sitemap/xml';
import { eventInput, publishedEventOf, submittedEvent } from '../helpers/events';
import { createPublishedArticle, createDraftArticle, createCategory } from '../helpers/fixtures';
import { castEachTest } from '../helpers/integration';
import { createPlan } from '../helpers/plans';

const c = castEachTest({ warm: true });

const url = (path: string) => `https://cong.example.gov.vn${path}`;
const meta = {
  name: 'Sự kiện',
  description: 'x',
  eventUrl: (s: string) => url(`/su-kien/${s}`),
  host: 'cong.example.gov.vn',
};
const feedMeta = {
  title: 'Sự kiện',
  description: 'x',
  pageUrl: url('/su-kien'),
  selfUrl: url('/su-kien/rss.xml'),
  eventUrl: meta.eventUrl,
};

/** Everything public about events: list, page, calendar, feed, sitemap. */
async function publicTrace(slug: string) {
  const list = await loadPublishedEvents();
  return {
    inList: list.some((e) => e.slug === slug),
    page: await loadPublishedEvent(slug),
    inCalendar: eventsCalendar(meta, list).includes(`UID:${slug}@`),
    inFeed: eventsRss(feedMeta, list).includes(`/su-kien/${slug}<`),
    inSitemap: sitemapXml(await loadSitemapData(null), url).includes(`/su-kien/${slug}<`),
  };
}

/** The VEVENTs of a calendar, read by ical.js with the calendar's own VTIMEZONE registered. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtz of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  }
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('an event through the articles workflow', () => {
  it('a draft, or a submitted or rejected one, is on no public route, list, calendar, feed or sitemap', async () => {
    const draft = await createEvent(c.editor, eventInput({ title: 'Tọa đàm nháp' }));
    expect(draft.revision.state).toBe('DRAFT');
    expect(draft.slug).toBe('toa-dam-nhap');
    const sent = await submittedEvent(c.editor, { title: 'Họp báo chờ duyệt' });
    const rejected = await rejectEventRevision(
      c.approver,
      sent.revision.id,
      sent.revision.version,
      {
        reason: 'Thiếu thông tin',
      },
    );
    expect(rejected.revision.state).toBe('REJECTED');
    for (const slug of [draft.slug, sent.slug]) {
      expect(await publicTrace(slug)).toEqual({
        inList: false,
        page: null,
        inCalendar: false,
        inFeed: false,
        inSitemap: false,
      });
    }
    const audit = await db().auditEvent.findMany({
      where: { entityType: 'event-revision' },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual(['create', 'create', 'submit', 'reject']);
  });

  it('four eyes: an editor cannot approve; nor can an approver who wrote, edited or submitted it', async () => {
    const sent = await submittedEvent(c.editor);
    await expect(
      approveEventRevision(c.editor2, sent.revision.id, sent.revision.version),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const own = await submittedEvent(c.approver, { title: 'Của người duyệt' });
    await expect(
      approveEventRevision(c.approver, own.revision.id, own.revision.version),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const created = await createEvent(c.editor, eventInput({ title: 'Sửa bởi người duyệt' }));
    const edited = await saveEventRevision(
      c.approver2,
      created.revision.id,
      created.revision.version,
      eventInput(),
      {
        submit: true,
      },
    );
    await expect(
      approveEventRevision(c.approver2, edited.revision.id, edited.revision.version),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const approved = await approveEventRevision(
      c.approver,
      edited.revision.id,
      edited.revision.version,
    );
    expect(approved.revision.state).toBe('PUBLISHED');
    expect(approved.tags).toContain(`event:${approved.slug}`);
  });

  it('published by another approver: public everywhere, in Vietnam time, with the plan page reading its public copy', async () => {
    const plan = await createPlan(2099, [{ kind: 'SOLUTION', title: 'Giải pháp 1' }]);
    const done = await publishedEventOf(c.editor, c.approver, {
      onlineUrl: 'https://truc-tuyen.example.vn/hop-bao',
      planItemIds: plan.items.map((i) => i.id),
    });
    const trace = await publicTrace(done.slug);
    expect(trace).toMatchObject({ inList: true, inCalendar: true, inFeed: true, inSitemap: true });
    expect(trace.page?.title).toBe('Họp báo thường kỳ quý II');
    expect(trace.page?.startsAt).toBe('2099-06-15T01:30:00.000Z');
    const planned = await loadPlan(2099);
    expect(planned?.items.SOLUTION[0]?.events.map((e) => e.title)).toEqual([
      'Họp báo thường kỳ quý II',
    ]);

    const [parsed] = parseCalendar(eventsCalendar(meta, await loadPublishedEvents()));
    expect(parsed?.summary).toBe('Họp báo thường kỳ quý II');
    expect(parsed?.startDate.zone?.tzid).toBe('Asia/Ho_Chi_Minh');
    expect(parsed?.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(
      'Asia/Ho_Chi_Minh',
    );
    expect([parsed?.startDate.hour, parsed?.startDate.minute]).toEqual([8, 30]);
    expect(parsed?.startDate.toJSDate().toISOString()).toBe('2099-06-15T01:30:00.000Z');
    expect(parsed?.endDate.toJSDate().toISOString()).toBe('2099-06-15T04:00:00.000Z');
    expect(parsed?.location).toContain('Hội trường Bộ');
    expect(parsed?.uid).toBe(`${done.slug}@cong.example.gov.vn`);
    // DTSTAMP in UTC, as RFC 5545 requires: the public copy's last change.
    const stamp = parsed?.component.getFirstProperty('dtstamp');
    expect(stamp?.toICALString()).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    const listed = (await loadPublishedEvents()).find((e) => e.slug === done.slug);
    const stamped = stamp?.getFirstValue() as ICAL.Time | undefined;
    expect(stamped?.toJSDate().toISOString()).toBe(
      new Date(Math.floor(Date.parse(listed?.updatedAt ?? '') / 1000) * 1000).toISOString(),
    );
  });

  it('a take-down (Gỡ) removes it from every public read and from the plan page, with its reason audited', async () => {
    const plan = await createPlan(2098, [{ kind: 'SOLUTION', title: 'Giải pháp 1' }]);
    const done = await publishedEventOf(c.editor, c.approver, {
      planItemIds: plan.items.map((i) => i.id),
    });
    expect((await loadPlan(2098))?.items.SOLUTION[0]?.events).toHaveLength(1);
    await expect(
      takeDownEvent(c.editor, done.revision.eventId, { reason: 'Hoãn' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      takeDownEvent(c.approver2, done.revision.eventId, { reason: '' }),
    ).rejects.toBeInstanceOf(ValidationError);
    const down = await takeDownEvent(c.approver2, done.revision.eventId, {
      reason: 'Sự kiện hoãn',
    });
    expect(down.revision.state).toBe('UNPUBLISHED');
    expect(down.tags).toEqual(expect.arrayContaining([`event:${done.slug}`, 'events', 'plans']));
    expect(await publicTrace(done.slug)).toEqual({
      inList: false,
      page: null,
      inCalendar: false,
      inFeed: false,
      inSitemap: false,
    });
    expect((await loadPlan(2098))?.items.SOLUTION[0]?.events).toEqual([]);
    const audit = await db().auditEvent.findFirst({
      where: { entityId: done.revision.id, action: 'unpublish' },
    });
    expect(audit?.note).toBe('Sự kiện hoãn');
    await expect(
      takeDownEvent(c.approver2, done.revision.eventId, { reason: 'lần nữa' }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('afterwards a new revision adds the report articles (only published ones shown) and replaces the live one', async () => {
    const category = await createCategory({ slug: 'tin-su-kien' });
    await createPublishedArticle({ category, slug: 'tuong-thuat-hop-bao' });
    await createDraftArticle({ category, slug: 'tuong-thuat-nhap' });
    const done = await publishedEventOf(c.editor, c.approver);
    const next = await startEventRevision(c.editor2, done.revision.eventId);
    expect(next.revision.state).toBe('DRAFT');
    await expect(startEventRevision(c.editor2, done.revision.eventId)).rejects.toBeInstanceOf(
      ConflictError,
    );
    const input = eventInput({
      reportSlugs:
        'https://cong.example.gov.vn/tin-tuc/tuong-thuat-hop-bao\n/tin-tuc/tuong-thuat-nhap',
      videoUrl: 'https://video.example.vn/hop-bao',
    });
    await expect(
      saveEventRevision(c.editor2, next.revision.id, next.revision.version, {
        ...input,
        reportSlugs: 'khong-co',
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    const saved = await saveEventRevision(
      c.editor2,
      next.revision.id,
      next.revision.version,
      input,
      { submit: true },
    );
    await expect(
      saveEventRevision(c.editor2, next.revision.id, next.revision.version, input),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await loadPublishedEvent(done.slug))?.reports).toEqual([]);
    await approveEventRevision(c.approver2, saved.revision.id, saved.revision.version);
    const page = await loadPublishedEvent(done.slug);
    expect(page?.reports.map((r) => r.slug)).toEqual(['tuong-thuat-hop-bao']);
    expect(page?.videoUrl).toBe('https://video.example.vn/hop-bao');
    const states = await db().eventRevision.findMany({
      where: { eventId: done.revision.eventId },
      orderBy: { number: 'asc' },
    });
    expect(states.map((r) => r.state)).toEqual(['SUPERSEDED', 'PUBLISHED']);
  });

  it('linked to plan items by its approved revision only: a draft amendment changes the plan page once approved', async () => {
    const plan = await createPlan(2097, [
      { kind: 'SOLUTION', title: 'Giải pháp 1' },
      { kind: 'SOLUTION', title: 'Giải pháp 2' },
    ]);
    const [one, two] = plan.items.map((i) => i.id);
    const eventsUnder = async () =>
      (await loadPlan(2097))?.items.SOLUTION.map((s) => s.events.map((e) => e.title));
    await expect(
      createEvent(c.editor, eventInput({ planItemIds: ['khong-co-muc-nay'] })),
    ).rejects.toMatchObject({ fieldErrors: { planItemIds: ['Có mục kế hoạch không tồn tại.'] } });
    const sent = await submittedEvent(c.editor, { planItemIds: [one ?? ''] });
    expect(await eventsUnder()).toEqual([[], []]);
    await approveEventRevision(c.approver, sent.revision.id, sent.revision.version);
    expect(await eventsUnder()).toEqual([['Họp báo thường kỳ quý II'], []]);

    const next = await startEventRevision(c.editor2, sent.revision.eventId);
    const copied = await db().eventRevision.findUniqueOrThrow({ where: { id: next.revision.id } });
    expect(copied.planItemIds).toEqual([one]);
    await expect(
      saveEventRevision(c.editor2, next.revision.id, next.revision.version, {
        ...eventInput(),
        planItemIds: [two ?? '', 'khong-co-muc-nay'],
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    const saved = await saveEventRevision(
      c.editor2,
      next.revision.id,
      next.revision.version,
      { ...eventInput(), planItemIds: [two ?? ''] },
      { submit: true },
    );
    expect(await eventsUnder()).toEqual([['Họp báo thường kỳ quý II'], []]);
    const review = await getEventForStaff(c.approver2, sent.revision.eventId);
    expect(review?.current.planItemTitles).toEqual(['Giải pháp 2']);
    await approveEventRevision(c.approver2, saved.revision.id, saved.revision.version);
    expect(await eventsUnder()).toEqual([[], ['Họp báo thường kỳ quý II']]);
  });

  it('the list is upcoming (soonest first) then past (latest first), 20 a page', async () => {
    const now = new Date('2050-01-01T00:00:00Z');
    const list = Array.from({ length: 25 }, (_, i) => ({
      slug: `e${i}`,
      kind: 'OTHER' as const,
      kindLabel: 'Sự kiện khác',
      title: `E${i}`,
      startsAt: new Date(Date.UTC(2049, 11, 20 + i)).toISOString(),
      endsAt: null,
      place: '',
      onlineUrl: '',
      hostUnit: '',
      summary: '',
      updatedAt: now.toISOString(),
    }));
    const first = eventsPage(list, 1, now);
    expect(first?.pageCount).toBe(2);
    expect(first?.upcomingCount).toBe(13);
    expect(first?.items.slice(0, 2).map((e) => e.slug)).toEqual(['e12', 'e13']);
    expect(first?.items[13]?.slug).toBe('e11');
    expect(eventsPage(list, 2, now)?.items.map((e) => e.slug)).toEqual([
      'e4',
      'e3',
      'e2',
      'e1',
      'e0',
    ]);
    expect(eventsPage(list, 3, now)).toBeNull();
  });

  it('refuses an end before the start, and a place-less event without an online link', async () => {
    await expect(
      createEvent(c.editor, eventInput({ endsAt: '15/06/2099 08:00' })),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(createEvent(c.editor, eventInput({ place: '' }))).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(createEvent(c.admin, eventInput())).rejects.toBeInstanceOf(ForbiddenError);
  });
});
