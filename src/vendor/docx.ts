// The parts of docx the emitters use. The CLI build bundles this file on its own (dist/vendor/docx.cjs):
// tree-shaken to about a third of the package and loaded with a code cache, only when a document has a letterhead
// (src/emit/docx/docx-writer.ts). Other documents and all tables are written as markup (package-xml.ts, table-xml.ts).
export { AlignmentType, Document, FileChild, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
