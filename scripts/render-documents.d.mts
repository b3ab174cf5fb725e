/** See scripts/render-documents.mjs. */
export const REPORT: { today: string; from: string; to: string };
export const REPORT_500: { today: string };
export const DOCUMENTS: string[];
export function prepareDocuments(dir: string): string;
export function renderPng(out: string, files?: string[]): string[];
export function pdfOf(out: string, file: string): string;
