import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../lib/core/errors';
import { contentFromForm, type PlanContent, parsePlanContent } from '../../lib/plans/content';
import { diffPlans } from '../../lib/plans/diff';

const form = {
  title: '  Kế hoạch 2024 ',
  decisionRef: '',
  basis: '',
  summary: '',
  order: 's1,a1',
  'item:s1:kind': 'SOLUTION',
  'item:s1:title': 'Họp báo',
  'item:s1:targetDate': '01/01/2024',
  'item:a1:kind': 'ACTIVITY',
  'item:a1:title': 'Họp báo quý I',
  'item:a1:parent': 's1',
  'item:a1:targetDate': '31/03/2024',
  'item:a1:unit': 'Vụ Truyền thông',
};

describe('the staff editor form as plan content', () => {
  it('reads items in page order, the day typed dd/mm/yyyy as a Vietnam calendar day', () => {
    const content = parsePlanContent(contentFromForm(form));
    expect(content.title).toBe('Kế hoạch 2024');
    expect(content.items).toEqual([
      {
        key: 's1',
        kind: 'SOLUTION',
        title: 'Họp báo',
        body: '',
        parentKey: null,
        targetDate: null,
        unit: '',
      },
      {
        key: 'a1',
        kind: 'ACTIVITY',
        title: 'Họp báo quý I',
        body: '',
        parentKey: 's1',
        targetDate: '2024-03-31',
        unit: 'Vụ Truyền thông',
      },
    ]);
  });

  it('refuses a day that does not exist and an activity under no solution, by field', () => {
    const errorsOf = (fields: Record<string, string>) => {
      try {
        parsePlanContent(contentFromForm(fields));
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        return Object.keys((e as ValidationError).fieldErrors).sort();
      }
      return [];
    };
    expect(errorsOf({ ...form, 'item:a1:targetDate': '31/02/2024', title: '' })).toEqual([
      'item:a1:targetDate',
      'title',
    ]);
    expect(errorsOf({ ...form, 'item:a1:parent': 'nope' })).toEqual(['item:a1:parent']);
    expect(errorsOf(form)).toEqual([]);
  });
});

describe('diffPlans', () => {
  const base: PlanContent = parsePlanContent(contentFromForm(form));
  it('matches items by key: a reworded item is a change, a new one added, a dropped one removed', () => {
    const after: PlanContent = {
      ...base,
      items: [
        { ...(base.items[0] as PlanContent['items'][number]), title: 'Họp báo định kỳ' },
        {
          key: 'n1',
          kind: 'CHANNEL',
          title: 'Cổng thông tin',
          body: '',
          parentKey: null,
          targetDate: null,
          unit: '',
        },
      ],
    };
    const diff = diffPlans(base, after);
    const of = (kind: string) =>
      diff.sections.find((s) => s.kind === kind)?.items.map((i) => i.change);
    expect(of('SOLUTION')).toEqual(['changed']);
    expect(of('CHANNEL')).toEqual(['added']);
    expect(of('ACTIVITY')).toEqual(['removed']);
    expect(diff.fields.every((f) => !f.diff.changed)).toBe(true);
  });

  it('shows a changed target day in the activity text', () => {
    const moved = {
      ...base,
      items: base.items.map((i) =>
        i.kind === 'ACTIVITY' ? { ...i, targetDate: '2024-04-30' } : i,
      ),
    };
    const activity = diffPlans(base, moved).sections.find((s) => s.kind === 'ACTIVITY')?.items[0];
    expect(activity?.change).toBe('changed');
    expect(
      activity?.diff.segments
        .filter((s) => s.type !== 'removed')
        .map((s) => s.text)
        .join(''),
    ).toContain('30/04/2024');
  });

  it('without a base, everything is added', () => {
    const diff = diffPlans(null, base);
    expect(diff.hasBase).toBe(false);
    expect(diff.sections.flatMap((s) => s.items).map((i) => i.change)).toEqual(['added', 'added']);
  });
});
