import type { HeldChange } from './merge-row.js';

const FIELD_RU: Record<HeldChange['field'], string> = {
  status: 'статус',
  doneDate: 'дата выполнения',
  evidence: 'документ',
  comment: 'комментарий',
  fact: 'факт',
};

const REASON_RU: Record<HeldChange['reason'], string> = {
  backwards: 'изменение назад',
  conflict: 'в файле статусов после выгрузки этого трекера записано другое',
  'no-baseline': 'записанное значение заменилось бы, а трекер не помнит, что в нём было',
};

/** «1.2 «…»: статус «выполнено» → «не начато» (изменение назад); повторите с --force, чтобы записать.» */
export function formatHeld(label: string, changes: readonly HeldChange[]): string {
  const parts = changes.map((c) => `${FIELD_RU[c.field]} ${shown(c.from)} → ${shown(c.to)} (${REASON_RU[c.reason]})`);
  return `${label}: ${parts.join('; ')}. Чтобы записать, повторите с --force.`;
}

function shown(value: string | null): string {
  if (value === null) return '(пусто)';
  const t = value.replace(/\s+/g, ' ');
  return `«${t.length > 40 ? `${t.slice(0, 39)}…` : t}»`;
}
