import { deserialize, serialize } from 'node:v8';
import type { ResolvedRoadmap } from '../model/resolved.js';

/**
 * The compiled roadmaps of a build, kept as V8-serialised bytes outside the JavaScript heap and brought back
 * when an emitter needs them: a per-roadmap emitter one roadmap at a time, a merging emitter all of them for its
 * run. V8 lets its heap grow to about four times what is live before it collects, so a thousand resolved models
 * (≈ 0.24 GB) kept live for the whole build let the garbage of DOCX and XLSX writing pile up to a 1 GB peak.
 * A roadmap comes back as an equal copy (the models are plain data), never as the same object.
 */
export class ModelStore {
  private readonly bytes: Buffer[] = [];
  /** Each stored roadmap's id and source file, without bringing it back. */
  readonly refs: Pick<ResolvedRoadmap, 'id' | 'source'>[] = [];

  add(roadmap: ResolvedRoadmap): void {
    this.bytes.push(serialize(roadmap));
    this.refs.push({ id: roadmap.id, source: roadmap.source });
  }

  get size(): number {
    return this.bytes.length;
  }

  /** Roadmap `index`, as a fresh copy. */
  at(index: number): ResolvedRoadmap {
    return deserialize(this.bytes[index]!) as ResolvedRoadmap;
  }

  /** Every roadmap, as fresh copies; dropped by the caller once its emitter is done. */
  all(): ResolvedRoadmap[] {
    return this.bytes.map((b) => deserialize(b) as ResolvedRoadmap);
  }
}
