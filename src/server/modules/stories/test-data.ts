import zlib from 'node:zlib';
import sharp from 'sharp';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import type { TestPlatform } from '../../testing/test-platform';

export type Api = Awaited<ReturnType<typeof signIn>>;

/** A real JPEG carrying a camera make and GPS coordinates in its EXIF, as a phone writes it. */
export function jpegWithGps(width = 640, height = 480) {
  return sharp({ create: { width, height, channels: 3, background: '#3a7bd5' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'VoceCam', Model: 'Test' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 8/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '9/1 11/1 0/1' },
    })
    .toBuffer();
}

/** Whether EXIF bytes contain a GPS IFD pointer (tag 0x8825, either byte order). */
export function hasGpsPointer(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}

const crcChunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** A PNG whose header claims 20,000 × 20,000 pixels (400 MP): a decompression bomb, refused from its header. */
export function pngBomb(side = 20_000) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    crcChunk('IHDR', ihdr),
    crcChunk('IDAT', zlib.deflateSync(Buffer.alloc(4096))),
    crcChunk('IEND', Buffer.alloc(0)),
  ]);
}

export function uploadPhoto(api: Api, bytes: Uint8Array, name = 'photo.jpg', type = 'image/jpeg') {
  const form = new FormData();
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name, { type }));
  return api.raw('/api/stories/photos', { method: 'POST', body: form });
}

/** An organisation with an editor (moderator), an author and two colleagues, all signed in. */
export async function storyOrg(tp: TestPlatform) {
  const { org, admin, api: editor } = await adminOfNewOrg(tp, ['editor']);
  const author = await createPerson(tp, org.id, { name: 'Giulia Verdi' });
  const luca = await createPerson(tp, org.id, { name: 'Luca Neri' });
  const sara = await createPerson(tp, org.id, { name: 'Sara Blu', locale: 'en' });
  return {
    org,
    admin,
    editor,
    author,
    luca,
    sara,
    authorApi: await signIn(tp, author.email),
    lucaApi: await signIn(tp, luca.email),
  };
}

export const storyBody = (over: Record<string, unknown> = {}) => ({
  body: 'Orgogliosa di lavorare con questa squadra!',
  locale: 'it',
  consent: true,
  ...over,
});
