import { describe, expect, it } from 'vitest';
import type { FeedbackRejectReason, FeedbackState } from '../../lib/generated/prisma/enums';
import {
  decisionsFor,
  MODERATION_DECISIONS,
  type ModerationDecision,
  moderatedState,
  spamLesson,
} from '../../lib/moderation/decisions';
import { decisionInputSchema, readRefs, refsValue } from '../../lib/moderation/schema';

const STATES: FeedbackState[] = ['PENDING', 'PUBLISHED', 'REJECTED', 'HIDDEN', 'WITHDRAWN'];

// Every (state, decision) pair, written out: what a moderator may do to an item in each state.
const SPEC: Record<FeedbackState, Partial<Record<ModerationDecision, FeedbackState>>> = {
  PENDING: { publish: 'PUBLISHED', reject: 'REJECTED' },
  PUBLISHED: { hide: 'HIDDEN' },
  REJECTED: { restore: 'PENDING' },
  HIDDEN: { restore: 'PUBLISHED' },
  WITHDRAWN: {},
};

describe('moderation decisions', () => {
  const pairs = STATES.flatMap((state) =>
    MODERATION_DECISIONS.map((decision) => ({
      state,
      decision,
      to: SPEC[state][decision] ?? null,
    })),
  );

  it('covers 5 states × 4 decisions = 20', () => expect(pairs).toHaveLength(20));

  it.each(pairs)('$state --$decision--> $to', ({ state, decision, to }) => {
    expect(moderatedState(state, decision)).toBe(to);
    expect(decisionsFor(state).includes(decision)).toBe(to !== null);
  });

  it('only a publication or a refusal as spam teaches the spam filter', () => {
    const reasons: (FeedbackRejectReason | null)[] = [
      null,
      'SPAM',
      'ABUSIVE',
      'OFF_TOPIC',
      'PERSONAL_DATA',
    ];
    const lessons = MODERATION_DECISIONS.flatMap((d) =>
      reasons.map((r) => [d, r, spamLesson(d, r)] as const),
    ).filter(([, , lesson]) => lesson !== null);
    expect(lessons).toEqual([
      ['publish', null, false],
      ['publish', 'SPAM', false],
      ['publish', 'ABUSIVE', false],
      ['publish', 'OFF_TOPIC', false],
      ['publish', 'PERSONAL_DATA', false],
      ['reject', 'SPAM', true],
    ]);
  });
});

describe('decision input', () => {
  it('a refusal needs a reason; other decisions drop one given by mistake, except hiding', () => {
    expect(decisionInputSchema.safeParse({ decision: 'reject' }).success).toBe(false);
    expect(decisionInputSchema.parse({ decision: 'reject', reason: 'SPAM' }).reason).toBe('SPAM');
    expect(decisionInputSchema.parse({ decision: 'publish', reason: 'SPAM' }).reason).toBeNull();
    expect(decisionInputSchema.parse({ decision: 'hide', reason: 'ABUSIVE' }).reason).toBe(
      'ABUSIVE',
    );
    expect(decisionInputSchema.safeParse({ decision: 'delete' }).success).toBe(false);
  });

  it('checkbox values round-trip, groups included; malformed or repeated pairs are dropped', () => {
    const refs = [
      { id: 'a', version: 1 },
      { id: 'b', version: 3 },
    ];
    expect(readRefs([refsValue(refs), 'c:2', 'a:1', 'x:0', 'y:zz', 7])).toEqual([
      ...refs,
      { id: 'c', version: 2 },
    ]);
  });
});
