import { readIndicator, targetText, type Bound } from '../../resolve/indicator.js';
import type { CliIo } from '../io.js';

const BOUND_NAMES: Record<Bound, string> = {
  '≥': 'не менее (≥)',
  '>': 'более (>)',
  '≤': 'не более (≤)',
  '<': 'менее (<)',
  '=': 'ровно (=)',
};

/** `roadmap indicator "<text>"`: how an indicator is read — a measurable target or plain text. Always exit 0. */
export async function runIndicator(io: CliIo, text: string, opts: { json?: boolean }): Promise<number> {
  const target = readIndicator(text);
  if (opts.json) {
    io.stdout.write(`${JSON.stringify({ text, target })}\n`);
    return 0;
  }
  if (!target) {
    io.stdout.write(
      'Измеримая цель не найдена: показатель останется текстом (цель — число с «не менее/не более …» или со знаком %; два таких числа — не угадываются).\n',
    );
    return 0;
  }
  io.stdout.write(
    [
      `Цель: ${targetText(target)}`,
      `  значение: ${String(target.value).replace('.', ',')}`,
      `  единица: ${target.unit || '—'}`,
      ...(target.of ? [`  от числа: ${target.of}`] : []),
      `  условие: ${BOUND_NAMES[target.bound]}`,
      `  за период: ${target.per ?? '—'}`,
      `  прочитано из: «${target.phrase}»`,
      '',
    ].join('\n'),
  );
  return 0;
}
