import type { Executor } from '../../model/resolved.js';

/**
 * Executors as a document lists them: «Отдел образования, образовательные организации». After a comma a name
 * starts with a small letter, unless it begins with an abbreviation («ГБУ ПО …», «ОО»), a person's name
 * («Иванова И.И.», «И.И. Иванова») or a single capital letter; an executor of the directory may say how it reads in
 * a list (`inList`), for the proper names no rule can tell («Дом детского творчества» → as written).
 */
export function executorList(executors: readonly Executor[]): string {
  return executors.map((e, i) => (i === 0 ? e.name : (e.inList ?? inList(e.name)))).join(', ');
}

function inList(name: string): string {
  const first = /^[А-ЯЁ][а-яё]+(?=[\s,«"(]|$)/u.exec(name);
  if (!first || PERSON.test(name)) return name;
  return name[0]!.toLocaleLowerCase('ru') + name.slice(1);
}

/** «Иванова И.И.» or «И.И. Иванова» (and with a space between the initials). */
const PERSON = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?|^[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ]/u;
