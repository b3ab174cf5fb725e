export { loadYaml, loadYamlText, type LoadResult } from './load-yaml.js';
export type { LoadedFile } from './loaded-file.js';
export { decodeSource } from './decode.js';
export { positionOf, keyPositionOf, positionInScalar } from './positions.js';
