import type { ResolvedItem, ResolvedSection } from '../model/resolved.js';
import { sha1Hex } from '../util/hash.js';
import { titleKey } from '../validate/near-duplicate-titles.js';
import { richTextToPlain } from './rich-text.js';

/**
 * Calendar UIDs must survive other items being inserted, removed, renumbered or moved, so they never depend on
 * position: an explicit item id wins (`<roadmap>-<id>@roadmap`); otherwise a hash of the title as `titleKey` reads
 * it (`<roadmap>-t<hash>@roadmap`, the UID such items have always had). Items whose titles have one key are told
 * apart by what belongs to each — section, parent items and deadline phrase (`-t<hash>-<hash of those>`); only
 * items where even those agree (validate warns: item-indistinguishable) are numbered in document order.
 */
export function assignUids(roadmapId: string, sections: readonly ResolvedSection[]): void {
  const titled: Array<{ item: ResolvedItem; key: string; context: string }> = [];
  const walk = (items: readonly ResolvedItem[], section: string, parents: string) => {
    for (const item of items) {
      const key = titleKey(richTextToPlain(item.title));
      if (item.id) item.uid = `${roadmapId}-${item.id}@roadmap`;
      else titled.push({ item, key, context: [section, parents, titleKey(item.when)].join('\n') });
      walk(item.items, section, `${parents}\n${key}`);
    }
  };
  for (const s of sections) walk(s.items, titleKey(s.title ?? ''), '');

  const byKey = new Map<string, typeof titled>();
  for (const t of titled) byKey.set(t.key, [...(byKey.get(t.key) ?? []), t]);
  for (const [key, group] of byKey) {
    const base = `${roadmapId}-t${sha1Hex(key).slice(0, 12)}`;
    if (group.length === 1) {
      group[0]!.item.uid = `${base}@roadmap`;
      continue;
    }
    const seen = new Map<string, number>();
    for (const { item, context } of group) {
      const n = (seen.get(context) ?? 0) + 1;
      seen.set(context, n);
      item.uid = `${base}-${sha1Hex(context).slice(0, 6)}${n > 1 ? `-${n}` : ''}@roadmap`;
    }
  }
}

export { titleKey as normaliseTitle };

/** The domain every item key ends in: status files and tracker keys are written with it, whatever the feeds use. */
const KEY_DOMAIN = '@roadmap';

/**
 * The UID a published calendar (and the JSON) gives an item: its key with the project's domain (config
 * `uidDomain`, else the host of `baseUrl`) instead of `@roadmap`, so two departments' feeds never share a UID.
 * Status files and trackers keep the key itself, so changing the domain never orphans recorded statuses.
 */
export function calendarUid(key: string, domain: string | null): string {
  if (!domain || !key.endsWith(KEY_DOMAIN)) return key;
  return `${key.slice(0, -KEY_DOMAIN.length)}@${domain}`;
}

/**
 * An item's key from a UID with any domain: a status file may have been written, or copied from a feed or the
 * JSON, under another domain than the items' keys (`…@roadmap`); what identifies the item is before the `@`.
 */
export function itemKey(uid: string): string {
  const at = uid.lastIndexOf('@');
  return at < 0 ? uid : `${uid.slice(0, at)}${KEY_DOMAIN}`;
}
