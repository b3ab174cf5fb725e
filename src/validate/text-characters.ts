import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedFile } from '../load/loaded-file.js';
import { positionOfCharacter } from '../load/positions.js';
import { codePointName, firstXmlIllegal } from '../util/xml-chars.js';

type Path = PropertyKey[];

/**
 * Every text value of the roadmap as decoded — `"\uFFFE"` and `"\x01"` are escapes in the file, so the file's bytes
 * are clean — checked for characters a DOCX or XLSX cannot hold: each value with one is an error at the character
 * (or its escape). Walks with its own stack: the load stage has already bounded the depth.
 */
export function textCharacterDiagnostics(loaded: LoadedFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: { value: unknown; path: Path }[] = [{ value: loaded.data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const i = firstXmlIllegal(value);
      if (i < 0) continue;
      const pos = positionOfCharacter(loaded, path, value.codePointAt(i)!);
      out.push(diagnostic('text-illegal-char', { file: loaded.file, ...pos }, codePointName(value, i), path));
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push({ value: entries[i]![1], path: [...path, entries[i]![0]] });
    }
  }
  return out;
}
