/** Long side sent to the server: what it stores anyway, so a phone uploads a few hundred KB instead of 5–10 MB. */
const MAX_SIDE = 2048;

/**
 * Draws the photo on a canvas at most 2048 px wide or high and encodes it as JPEG. The browser applies the EXIF
 * orientation when decoding, and the canvas carries no metadata, so location data does not even leave the phone (the
 * server strips it again whatever arrives). A format the browser cannot decode (HEIC outside Safari) is sent as it
 * is, and the server answers with a clear message.
 */
export async function resizeForUpload(file: File): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return file;
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const g = canvas.getContext('2d');
  if (!g) return file;
  g.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  return blob ?? file;
}
