import type { ResolvedRoadmap } from '../model/resolved.js';
import type { RoadmapInput } from '../validate/schema.js';

type DocumentParts = Pick<ResolvedRoadmap, 'agreed' | 'agreedPlacement' | 'signatures' | 'preparedBy'>;

/** The parts of the document around the table: «СОГЛАСОВАНО» stamps, signatures, «Исполнитель» (#18). */
export function documentParts(input: RoadmapInput): DocumentParts {
  const agreed = input.agreed === undefined ? [] : Array.isArray(input.agreed) ? input.agreed : [input.agreed];
  return {
    agreed: agreed.map((a) => ({
      label: a.label?.trim() || 'СОГЛАСОВАНО',
      by: lines(a.by),
      signature: a.signature?.trim() || null,
      date: a.date ?? null,
      number: a.number?.trim() || null,
    })),
    agreedPlacement: input.agreedPlacement ?? 'left',
    signatures: (input.signatures ?? []).map((s) => ({ position: lines(s.position), name: s.name.trim() })),
    preparedBy: input.preparedBy
      ? { name: input.preparedBy.name.trim(), phone: input.preparedBy.phone?.trim() || null }
      : null,
  };
}

function lines(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  const list = typeof value === 'string' ? value.split(/\r?\n/) : value;
  return list.map((l) => l.trim()).filter((l) => l !== '');
}
