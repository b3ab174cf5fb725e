// Deadline-phrase throughput: a 10,000-row column of real phrases (the seeds' «Срок проведения» and
// «Дата реализации» cells, with the spelling variations documents have) through the built engine.
// Run after `node scripts/build.mjs`; prints phrases per second, the median of 5 runs.
import { parseDeadline, parsePeriod } from '../dist/index.js';

const SEEDS = [
  'Сентябрь ежегодно',
  'Июль ежегодно',
  'Август-сентябрь, ежегодно',
  'В соответствии с графиком проведения МСИ',
  'В соответствии с графиком РПР',
  'Ежегодно',
  'Ежеквартально',
  '2020-2022',
  'Ежегодно, июль-август',
  'Август-декабрь 2020',
  'Декабрь 2020',
  'Февраль 2021',
  'Первое полугодие 2021',
  'Март 2020',
  'Ежегодно (в соответствии с графиком проведения мероприятий)',
  'Постоянно',
  '2020-2022 (по графику проведения мероприятий)',
  '2020-2022 (в соответствии с планом ГАОУ ДПО ИРР ПО)',
  'август 2020 г.',
  'Январь-февраль 2021',
  'Октябрь-ноябрь ежегодно',
  'Ежегодно, декабрь',
  '2020 2022',
  '2021',
  'Согласно дорожной карте проекта',
  'Ежегодно, по итогам учебного года',
  'Январь 2022, далее один раз в два года',
  'Ежегодно - май',
  'Ежегодно Сентябрь - февраль',
  'Ежегодно - сентябрь, май',
  'Ноябрь 2021',
  'Декабрь \n2022',
  'В течение\nгода',
  'Март- апрель 2023',
  'до 20.11.2022',
  'не позднее 15 мая',
  'с 5 февраля по 5 марта 2020 года',
  'до 25 числа каждого месяца',
  'IV кв. 2021 г.',
  'третья декада июня',
];
const VARIANTS = [
  (s) => s,
  (s) => s.toUpperCase(),
  (s) => s.replace(/-/g, ' – '),
  (s) => `  ${s.replace(/ /g, '  ')} `,
  (s) => s.replace(/е/g, 'ё'),
];

const column = [];
for (let i = 0; column.length < 10_000; i++) {
  const seed = SEEDS[i % SEEDS.length];
  column.push(VARIANTS[Math.floor(i / SEEDS.length) % VARIANTS.length](seed));
}
const period = parsePeriod('2020-2022');

function run() {
  const t0 = process.hrtime.bigint();
  let occurrences = 0;
  for (const phrase of column) occurrences += parseDeadline(phrase, { period }).occurrences.length;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds, occurrences };
}

run(); // warm-up
const runs = Array.from({ length: 5 }, run).sort((a, b) => a.seconds - b.seconds);
const median = runs[2];
const rate = Math.round(column.length / median.seconds);
console.log(
  `${column.length} phrases: median ${(median.seconds * 1000).toFixed(1)} ms, ${rate} phrases/s (${median.occurrences} occurrences)`,
);
