import { withoutXmlIllegal } from '../../util/xml-chars.js';

/**
 * User text is data: every character that could start markup or end an attribute is escaped, and those no
 * markup may hold (controls, U+FFFE/U+FFFF) are dropped.
 */
export function esc(text: string): string {
  return withoutXmlIllegal(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** A relative link to a file in the output folder: each path segment percent-encoded. */
export function href(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
