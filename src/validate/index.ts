export { validateRoadmap, type ValidateResult } from './validate.js';
export {
  RoadmapSchema,
  ItemSchema,
  SectionSchema,
  ID_PATTERN,
  type RoadmapInput,
  type ItemInput,
  type SectionInput,
} from './schema.js';
