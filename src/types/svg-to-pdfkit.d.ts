// svg-to-pdfkit ships no types: the one function it exports, as src/render/pdf/board-pack-pdf.ts calls it.
declare module 'svg-to-pdfkit' {
  const SVGtoPDF: (doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options?: object) => void;
  export default SVGtoPDF;
}
