import type { Scene } from '../charts/scene.js';
import type { PdfDocument } from './pdf-document.js';

/**
 * A chart's scene drawn into the PDF at (x, top), scaled by `scale`: the same rectangles, lines and text as
 * its SVG, in the same fonts (the charts are measured with the fonts the PDF embeds).
 */
export function drawScene(doc: PdfDocument, scene: Scene, x: number, top: number, scale: number): void {
  doc.transformed(x, top, scale, () => {
    doc.rect(0, 0, scene.width, scene.height, '#ffffff');
    for (const group of scene.groups) {
      for (const mark of group.marks) {
        if (mark.kind === 'rect') {
          if (mark.width > 0 && mark.height > 0) doc.rect(mark.x, mark.y, mark.width, mark.height, mark.fill);
        } else if (mark.kind === 'line') {
          doc.line(mark.points, mark.stroke, mark.width, mark.dash);
        } else {
          const font = mark.bold ? 'bold' : 'body';
          const width = doc.widthOf(mark.text, font, mark.size);
          const shift = mark.anchor === 'middle' ? width / 2 : mark.anchor === 'end' ? width : 0;
          if (mark.rotate === -90) doc.textUp(mark.text, mark.x, mark.y + shift, font, mark.size, mark.fill);
          else doc.text(mark.text, mark.x - shift, mark.y, font, mark.size, mark.fill);
        }
      }
    }
  });
}
