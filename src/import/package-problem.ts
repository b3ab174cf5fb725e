import type { BrokenPart, PackageResult } from './docx-package.js';
import type { ZipProblem } from './read-zip.js';

const MB = (n: number): string => `${Math.round(n / (1024 * 1024))} МБ`;
const REPAIR = 'Откройте документ в Word (при ошибке — «Открыть и восстановить») и сохраните его заново как .docx.';

/** What the person reads when a DOCX cannot be imported: which part, where, and what is lost. */
export function packageProblemMessage(result: Exclude<PackageResult, { ok: true }>): string {
  switch (result.reason) {
    case 'not-docx':
      return 'в архиве нет основной части документа Word (word/document.xml): это не DOCX.';
    case 'zip':
      return zipMessage(result.problem);
    case 'xml':
      return xmlMessage(result.broken);
  }
}

function zipMessage(p: ZipProblem): string {
  switch (p.kind) {
    case 'not-zip':
      return 'файл не похож на документ Word (DOCX): это не ZIP-архив. Старый формат .doc сначала сохраните как .docx.';
    case 'truncated':
      return `файл обрезан: в архиве DOCX нет его окончания (оглавления архива) — документ не докачан или не дописан, прочитать его целиком нельзя. ${REPAIR}`;
    case 'corrupt':
      return `часть «${p.entry}» повреждена (контрольная сумма или размер не совпадают): её текст прочитать нельзя, ничего не импортировано. ${REPAIR}`;
    case 'too-large':
      return `часть «${p.entry}» распаковывается в ${MB(p.size)} — больше предела ${MB(p.limit)}: это не похоже на документ (возможно, «zip-бомба»); импорт остановлен.`;
    case 'ratio':
      return `часть «${p.entry}» сжата в ${p.ratio} раз (у документов Word — не больше ${p.limit}): это похоже на «zip-бомбу»; импорт остановлен.`;
  }
}

function xmlMessage(b: BrokenPart): string {
  const at = `${b.part}:${b.line}:${b.column}`;
  const after = b.lastText ? ` Прочитано до текста «${b.lastText}»; всё, что после него, потеряно.` : '';
  switch (b.problem.kind) {
    case 'unclosed':
      return `${at}: документ обрывается (не закрыт элемент ${b.problem.element}) — файл обрезан или повреждён, ничего не импортировано.${after} ${REPAIR}`;
    case 'mismatched':
      return `${at}: XML повреждён (закрывающий ${b.problem.element} вместо ${b.problem.expected}) — ничего не импортировано.${after} ${REPAIR}`;
    case 'too-deep':
      return `${at}: вложенность элементов больше ${b.problem.limit} (таблица в таблице в таблице …) — так документы не устроены; импорт остановлен.`;
  }
}
