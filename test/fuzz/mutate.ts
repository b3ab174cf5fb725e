/** Seeded mutations of a user's files, as careless editing, broken tools and hostile input make them. */

/** Pieces a mutation may insert: YAML syntax, aliases, escapes XML cannot hold, limits, encodings. */
const TOKENS = [
  '[',
  ']',
  '{',
  '}',
  ':',
  ': ',
  '- ',
  '"',
  "'",
  '&a ',
  '*a',
  '*nope',
  '!!binary ',
  '\t',
  '---\n',
  '\n',
  '# ',
  '\\',
  '"\\uFFFE"',
  '"\\e[2J"',
  '"\\x01"',
  '\u0000',
  '\uFEFF',
  '~',
  'null',
  '<<: *a\n',
  '%YAML 1.1\n',
  '|\n',
  '>-\n',
  '"2100"',
  '"0000"',
  '99999999999999999999',
  'period: "0000"\n',
  'id: ' + 'x'.repeat(300) + '\n',
  'Ежеквартально',
  'Сентябрь ежегодно',
  'when: ""\n',
  'title: ""\n',
  'executors: [a, b, c]\n',
  'items: &a\n  - title: x\n    items: *a\n',
  '['.repeat(400),
  '{a: '.repeat(80),
  'абракадабра '.repeat(2_000),
  '\u202e',
  '\r\n',
  'ё',
  '\uD83D\uDE00',
];

export interface Mutation {
  bytes: Uint8Array;
  /** What was done, for the failure message: the case can be replayed from the seed. */
  steps: string[];
}

/** 1–3 edits of `source`: deleted, duplicated, swapped, reindented or truncated lines, inserted tokens or bytes. */
export function mutateText(source: string, random: () => number): Mutation {
  let text = source;
  const steps: string[] = [];
  const pick = (n: number) => Math.floor(random() * n);
  let bytes: Uint8Array | null = null;
  const edits = 1 + pick(3);
  for (let e = 0; e < edits; e++) {
    const lines = text.split('\n');
    const at = pick(text.length + 1);
    const line = pick(lines.length);
    switch (pick(8)) {
      case 0: {
        const n = 1 + pick(60);
        text = text.slice(0, at) + text.slice(at + n);
        steps.push(`delete ${n} at ${at}`);
        break;
      }
      case 1:
        lines.splice(line, 0, lines[line]!);
        text = lines.join('\n');
        steps.push(`duplicate line ${line + 1}`);
        break;
      case 2:
      case 3: {
        const token = TOKENS[pick(TOKENS.length)]!;
        text = text.slice(0, at) + token + text.slice(at);
        steps.push(`insert ${JSON.stringify(token.slice(0, 30))} at ${at}`);
        break;
      }
      case 4: {
        const other = pick(lines.length);
        [lines[line], lines[other]] = [lines[other]!, lines[line]!];
        text = lines.join('\n');
        steps.push(`swap lines ${line + 1} and ${other + 1}`);
        break;
      }
      case 5: {
        const shift = pick(2) === 0 ? ' ' : '   ';
        lines[line] = pick(2) === 0 ? shift + lines[line]! : lines[line]!.replace(/^ {1,3}/, '');
        text = lines.join('\n');
        steps.push(`reindent line ${line + 1}`);
        break;
      }
      case 6:
        text = text.slice(0, at);
        steps.push(`truncate at ${at}`);
        break;
      default: {
        const encoded = new TextEncoder().encode(text);
        const i = pick(encoded.length);
        encoded[i] = pick(256);
        bytes = encoded;
        steps.push(`byte ${i} := random`);
      }
    }
    if (bytes) break;
  }
  return { bytes: bytes ?? new TextEncoder().encode(text), steps };
}

/** A damaged zip: bytes flipped, cut short, or one XML part of it edited as text (see the test). */
export function mutateBytes(source: Uint8Array, random: () => number): Mutation {
  const bytes = Uint8Array.from(source);
  const pick = (n: number) => Math.floor(random() * n);
  if (pick(2) === 0) {
    const at = pick(bytes.length);
    return { bytes: bytes.subarray(0, at), steps: [`truncate at ${at}`] };
  }
  const steps: string[] = [];
  for (let k = 0; k < 1 + pick(8); k++) {
    const i = pick(bytes.length);
    bytes[i] = pick(256);
    steps.push(`byte ${i} := random`);
  }
  return { bytes, steps };
}
