/**
 * Rich cell text: paragraphs and bullet items, in document order. Written in YAML as lines of a block scalar,
 * where a line starting with "- ", "* " or "• " is a bullet item.
 */
export type Block = { kind: 'paragraph'; text: string } | { kind: 'bullet'; text: string };

export type RichText = Block[];
