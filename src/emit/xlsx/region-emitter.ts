import type { Emitter } from '../emitter.js';

/**
 * #20: the regional summary `region.xlsx`, part of the xlsx format: it merges every roadmap of the build, so it
 * runs once after the trackers; a build of one district's roadmaps writes none (the trackers' «Сводка» says it).
 */
export const regionXlsxEmitter: Emitter = {
  format: 'xlsx',
  perRoadmap: false,
  needs: ['statuses'],
  emit: async (roadmaps, ctx) => {
    const { regionWorkbook, severalDistricts } = await import('./region-workbook.js');
    if (!severalDistricts(roadmaps)) return { files: [], diagnostics: [] };
    return { files: [{ path: 'region.xlsx', data: await regionWorkbook(roadmaps, ctx) }], diagnostics: [] };
  },
};
