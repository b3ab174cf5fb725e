// The parts of docx the emitters use. The CLI build bundles this file on its own (dist/vendor/docx.cjs):
// tree-shaken to about a third of the package and loaded with a code cache, only by commands that write DOCX.
// (Tables are written as markup directly: src/emit/docx/table-xml.ts.)
export { AlignmentType, Document, FileChild, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
