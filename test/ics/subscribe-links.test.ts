import { expect, test } from 'vitest';
import { subscribeLinks } from '../../src/emit/ics/subscribe-links.js';

test('subscription links: https to copy, webcal, Google and Outlook filled in with the feed address', () => {
  const links = subscribeLinks('https://uo.example.ru/karty/', 'calendars/oo.ics', 'Сроки: Отдел образования');
  expect(links.https).toBe('https://uo.example.ru/karty/calendars/oo.ics');
  expect(links.webcal).toBe('webcal://uo.example.ru/karty/calendars/oo.ics');
  expect(new URL(links.google).searchParams.get('cid')).toBe(links.webcal);
  const outlook = new URL(links.outlook);
  expect(outlook.searchParams.get('url')).toBe(links.https);
  expect(outlook.searchParams.get('name')).toBe('Сроки: Отдел образования');
  expect(links.yandex).toMatch(/^https:\/\/calendar\.yandex\.ru\//);
});
