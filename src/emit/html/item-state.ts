import type { StatusValue } from '../../model/status.js';
import type { IsoDate } from '../../schedule/types.js';

/** What the site shows for one occurrence: the recorded status, or «просрочено» once its deadline has passed. */
export type ItemState = 'done' | 'overdue' | 'in_progress' | 'not_started' | 'failed';

export const STATE_WORDS: Readonly<Record<ItemState, string>> = {
  done: 'выполнено',
  overdue: 'просрочено',
  in_progress: 'в работе',
  not_started: 'не начато',
  failed: 'не выполнено',
};

/** Filter order: what needs attention first. */
export const STATE_ORDER: readonly ItemState[] = ['overdue', 'failed', 'in_progress', 'not_started', 'done'];

const BY_STATUS: Readonly<Record<StatusValue, ItemState>> = {
  'не начато': 'not_started',
  'в работе': 'in_progress',
  выполнено: 'done',
  'не выполнено': 'failed',
};

/** Same rule as `roadmap status`: a deadline before today that is not done is overdue. */
export function occurrenceState(status: StatusValue, deadline: IsoDate | null, today: IsoDate): ItemState {
  if (status !== 'выполнено' && deadline !== null && deadline < today) return 'overdue';
  return BY_STATUS[status];
}

/** An item with several occurrences is as urgent as its most urgent one; done only when all are. */
export function itemState(states: readonly ItemState[]): ItemState {
  for (const s of STATE_ORDER) if (states.includes(s) && s !== 'done') return s;
  return 'done';
}

/** The status as a word in a coloured badge: colour is never the only carrier. */
export function stateBadge(state: ItemState): string {
  return `<span class="badge s-${state.replace('_', '-')}">${STATE_WORDS[state]}</span>`;
}
