// Test-only: finds the images a PDF page draws and decodes the QR code among them, from the PDF's own bytes.
import zlib from 'node:zlib';
import jsQR from 'jsqr';
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFNumber, type PDFRawStream } from 'pdf-lib';

/**
 * The text of the first QR code drawn on the first page, or null. Each image XObject the page's content stream
 * actually paints (`/Name Do`) is inflated to its pixels (pdf-lib stores PNGs as deflated 8-bit RGB or grey) and given
 * to jsQR, the decoder phones' scanner libraries are modelled on.
 */
export async function qrOfPdf(bytes: Uint8Array): Promise<string | null> {
  const doc = await PDFDocument.load(bytes);
  const page = doc.getPage(0);
  // The page's content: one stream or an array of them.
  const contents = page.node.Contents();
  const streams = (contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : []).map(
    (r) => doc.context.lookup(r) as PDFRawStream,
  );
  const decoded = (s: PDFRawStream) =>
    s.dict.get(PDFName.of('Filter'))?.toString() === '/FlateDecode'
      ? zlib.inflateSync(Buffer.from(s.contents))
      : Buffer.from(s.contents);
  const drawn = streams.map((s: PDFRawStream) => decoded(s).toString('latin1')).join('\n');
  const xobjects = page.node.Resources()?.lookup(PDFName.of('XObject'), PDFDict);
  if (!xobjects) return null;
  for (const [name, ref] of xobjects.entries()) {
    if (!drawn.includes(`${name.toString()} Do`)) continue;
    const img = doc.context.lookup(ref) as PDFRawStream;
    const num = (key: string) => (img.dict.get(PDFName.of(key)) as PDFNumber).asNumber();
    if (img.dict.get(PDFName.of('Subtype'))?.toString() !== '/Image') continue;
    const width = num('Width');
    const height = num('Height');
    const raw = decoded(img);
    const channels = img.dict.get(PDFName.of('ColorSpace'))?.toString() === '/DeviceGray' ? 1 : 3;
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      const [r, g, b] = channels === 1 ? [raw[i], raw[i], raw[i]] : [raw[i * 3], raw[i * 3 + 1], raw[i * 3 + 2]];
      rgba.set([r, g, b, 255], i * 4);
    }
    const found = jsQR(rgba, width, height);
    if (found) return found.data;
  }
  return null;
}
