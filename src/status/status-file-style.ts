import { CST, stringify, type Scalar } from 'yaml';

/** How a status file is written, so that what the writer adds looks like what the methodist wrote. */
export interface StatusFileStyle {
  eol: '\n' | '\r\n';
  /** Spaces per nesting level. */
  step: number;
  /** The spaces between a key and the comment after it (`uid:  # 1.1 …`). */
  commentGap: string;
  /** yaml's `singleQuote` option: the file's own quotes when it uses only one kind. */
  singleQuote: boolean | null;
}

export const DEFAULT_STYLE: StatusFileStyle = { eol: '\n', step: 2, commentGap: '  ', singleQuote: null };

/** The style of an existing file, read from its CST tokens. */
export function styleOf(text: string, tokens: readonly CST.Token[]): StatusFileStyle {
  const firstBreak = text.indexOf('\n');
  const eol = firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  let step = 0;
  let commentGap: string | null = null;
  let single = 0;
  let double = 0;
  for (const token of tokens) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item, path) => {
      const value = item.value;
      if (value?.type === 'single-quoted-scalar') single++;
      if (value?.type === 'double-quoted-scalar') double++;
      if (step === 0 && value?.type === 'block-map' && path.length > 0) {
        const parent = CST.visit.parentCollection(token, path);
        if (parent.type === 'block-map' && value.indent > parent.indent) step = value.indent - parent.indent;
      }
      const sep = item.sep ?? [];
      const comment = sep.findIndex((t) => t.type === 'comment');
      if (
        commentGap === null &&
        comment > 0 &&
        sep[comment - 1]!.type === 'space' &&
        value &&
        CST.isCollection(value)
      ) {
        commentGap = sep[comment - 1]!.source;
      }
    });
  }
  return {
    eol,
    step: step || DEFAULT_STYLE.step,
    commentGap: commentGap ?? DEFAULT_STYLE.commentGap,
    singleQuote: single > 0 && double === 0 ? true : double > 0 && single === 0 ? false : null,
  };
}

/**
 * The scalar form for a value: the one `yaml` itself would choose (it knows which strings must be quoted to stay
 * strings), except that a value already written in quotes keeps the methodist's quotes.
 */
export function scalarType(
  value: string,
  style: StatusFileStyle,
  current?: CST.Token['type'],
  inFlow = false,
): Scalar.Type {
  const chosen = stringify(value, { lineWidth: 0, singleQuote: style.singleQuote }).charAt(0);
  const natural: Scalar.Type =
    chosen === '|'
      ? 'BLOCK_LITERAL'
      : chosen === '>'
        ? 'BLOCK_FOLDED'
        : chosen === '"'
          ? 'QUOTE_DOUBLE'
          : chosen === "'"
            ? 'QUOTE_SINGLE'
            : 'PLAIN';
  // `{ … }` cannot hold a `|` block; a plain scalar there is checked for `,` `[` `]` `{` `}` by setScalarValue.
  if (natural.startsWith('BLOCK')) return inFlow ? 'QUOTE_DOUBLE' : natural;
  if (current === 'single-quoted-scalar') return 'QUOTE_SINGLE';
  if (current === 'double-quoted-scalar') return 'QUOTE_DOUBLE';
  return natural;
}

/** Line breaks that the CST functions wrote as `\n`, turned into the file's own. */
export function useEol(token: CST.Token, eol: StatusFileStyle['eol']): void {
  if (eol === '\n') return;
  const fix = (s: string): string => s.replace(/\r?\n/g, '\r\n');
  if ('source' in token) token.source = fix(token.source);
  for (const list of ['props', 'end', 'start'] as const) {
    const tokens = (token as unknown as Record<string, CST.SourceToken[] | undefined>)[list];
    if (Array.isArray(tokens)) for (const t of tokens) t.source = fix(t.source);
  }
}
