import { compileRoadmap } from '../api/compile.js';
import { blocksBuild, type Diagnostic } from '../diagnostics/diagnostic.js';
import { walkItems } from '../model/walk.js';

interface UnreadPhrase {
  line: number;
  when: string;
}

export interface ImportCheck {
  /** Problems other than unreadable deadlines: the generated YAML should never have any. */
  problems: Diagnostic[];
  /** Deadline phrases the engine could not read, with their line in the generated YAML. */
  unread: UnreadPhrase[];
  items: number;
}

/** Compiles the generated YAML exactly as `roadmap validate` would, and lists the phrases it could not read. */
export function checkImported(file: string, yaml: string): ImportCheck {
  const result = compileRoadmap(file, new TextEncoder().encode(yaml));
  const problems = result.diagnostics.filter(blocksBuild);
  const unread: UnreadPhrase[] = [];
  let items = 0;
  if (result.roadmap) {
    for (const { item } of walkItems(result.roadmap)) {
      items++;
      if (item.when !== '' && item.schedule.kind === 'unknown')
        unread.push({ line: item.whenPosition.line, when: item.when });
    }
  }
  return { problems, unread, items };
}
