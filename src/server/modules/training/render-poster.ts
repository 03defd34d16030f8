import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import QRCode from 'qrcode';

export type PosterContent = {
  kicker: string;
  title: string;
  audience: string | null;
  blocks: { heading: string; text: string }[];
  facts: string[];
  qrUrl: string;
  qrCaption: string;
  footer: string;
};

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 48;
const INK = rgb(0.1, 0.12, 0.16);
const ACCENT = rgb(0.13, 0.35, 0.62);
const MUTED = rgb(0.33, 0.36, 0.4);

/** The standard PDF fonts only know Windows-1252: anything else (an emoji, a rare sign) prints as "?" instead of failing. */
function printable(font: PDFFont, s: string): string {
  const known = new Set(font.getCharacterSet());
  return [...s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"')]
    .map((ch) => (known.has(ch.codePointAt(0) ?? 0) || ch === '\n' ? ch : '?'))
    .join('');
}

function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of printable(font, text).split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Draws wrapped text from the top `y` down; answers the y below it. */
function block(
  page: PDFPage,
  font: PDFFont,
  text: string,
  o: { x: number; y: number; size: number; width: number; color?: ReturnType<typeof rgb>; maxLines?: number },
) {
  let y = o.y;
  const all = wrap(font, text, o.size, o.width);
  const lines = all.slice(0, o.maxLines ?? 99);
  // A text cut short says so, rather than stopping mid-sentence as if it were complete.
  if (lines.length < all.length) lines[lines.length - 1] = `${lines[lines.length - 1].replace(/\s+\S+$/, '')}\u2026`;
  for (const line of lines) {
    y -= o.size * 1.25;
    page.drawText(line, { x: o.x, y, size: o.size, font, color: o.color ?? INK });
  }
  return y;
}

/**
 * An A4 poster for a notice board (a plant where people have no company e-mail): the training, the value proposition
 * of the population it is printed for, the practical facts, and a large QR code to the campaign's tracked link, so
 * every scan is counted by channel.
 */
export async function renderPoster(c: PosterContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(c.title);
  doc.setCreator('Voce');
  const page = doc.addPage(A4);
  const [W, H] = A4;
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const width = W - 2 * MARGIN;

  page.drawRectangle({ x: 0, y: H - 12, width: W, height: 12, color: ACCENT });
  let y = block(page, bold, c.kicker.toUpperCase(), { x: MARGIN, y: H - 40, size: 12, width, color: ACCENT });
  y = block(page, bold, c.title, { x: MARGIN, y: y - 6, size: 36, width, maxLines: 3 });
  if (c.audience) y = block(page, regular, c.audience, { x: MARGIN, y: y - 6, size: 16, width, color: MUTED });
  // Sized for a notice board read from a step away; the worst case (three-line title, four lines per block) still
  // ends above the QR code.
  y -= 14;
  for (const b of c.blocks) {
    y = block(page, bold, b.heading, { x: MARGIN, y, size: 16, width, color: ACCENT });
    y = block(page, regular, b.text, { x: MARGIN, y: y - 2, size: 15, width, maxLines: 4 }) - 12;
  }

  const qrSize = 190;
  const png = await QRCode.toBuffer(c.qrUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 12 });
  const qr = await doc.embedPng(png);
  const qrY = MARGIN + 40;
  page.drawImage(qr, { x: W - MARGIN - qrSize, y: qrY, width: qrSize, height: qrSize });
  block(page, bold, c.qrCaption, { x: W - MARGIN - qrSize, y: qrY, size: 11, width: qrSize });
  let fy = qrY + qrSize;
  for (const fact of c.facts)
    fy = block(page, regular, fact, { x: MARGIN, y: fy, size: 13, width: width - qrSize - 24, maxLines: 3 }) - 6;
  block(page, regular, c.footer, { x: MARGIN, y: MARGIN, size: 9, width, color: MUTED });
  return doc.save();
}
