/** An item as the change list shows it. */
export interface ItemSnapshot {
  uid: string;
  id: string | null;
  number: string;
  section: string | null;
  title: string;
  when: string;
  executors: string[];
  indicator: string;
}

export type ItemField = 'title' | 'when' | 'executors' | 'indicator' | 'section';

export interface FieldChange {
  field: ItemField | 'roadmap-title' | 'period' | 'approval';
  before: string;
  after: string;
}

export interface ItemChange {
  before: ItemSnapshot;
  after: ItemSnapshot;
  /** `uid`: same id or same title; `similarity`: a renamed item paired by a similar title at a similar place. */
  matchedBy: 'uid' | 'similarity';
  changes: FieldChange[];
}

export interface RoadmapDiff {
  /** Labels of the two versions («HEAD~1:roadmaps/a.yaml», «roadmaps/a.yaml»). */
  beforeLabel: string;
  afterLabel: string;
  id: string;
  title: string;
  /** The whole roadmap appeared or disappeared (comparing a repository against a revision). */
  status: 'changed' | 'added' | 'removed';
  header: FieldChange[];
  added: ItemSnapshot[];
  removed: ItemSnapshot[];
  changed: ItemChange[];
  /** Items whose only change is their number (something was inserted or removed before them). */
  renumbered: { uid: string; title: string; before: string; after: string }[];
}
