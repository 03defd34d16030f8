import fs from 'node:fs/promises';
import path from 'node:path';

/** Binary objects (uploaded images). Disk by default; an S3-compatible adapter can implement the same three calls. */
export type Storage = {
  kind: 'disk';
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<{ bytes: Uint8Array; contentType: string } | null>;
  delete(key: string): Promise<void>;
};

export type StorageConfig = { kind: 'disk'; dir: string };

const safeKey = (key: string) => {
  if (!/^[a-zA-Z0-9/_.-]+$/.test(key) || key.includes('..')) throw new Error('invalid storage key');
  return key;
};

function diskStorage(dir: string): Storage {
  const file = (key: string) => path.join(dir, safeKey(key));
  return {
    kind: 'disk',
    async put(key, bytes, contentType) {
      await fs.mkdir(path.dirname(file(key)), { recursive: true });
      await fs.writeFile(file(key), bytes);
      await fs.writeFile(`${file(key)}.type`, contentType);
    },
    async get(key) {
      try {
        const [bytes, contentType] = await Promise.all([fs.readFile(file(key)), fs.readFile(`${file(key)}.type`, 'utf8')]);
        return { bytes, contentType };
      } catch {
        return null;
      }
    },
    async delete(key) {
      await fs.rm(file(key), { force: true });
      await fs.rm(`${file(key)}.type`, { force: true });
    },
  };
}

export function createStorage(cfg: StorageConfig): Storage {
  switch (cfg.kind) {
    case 'disk':
      return diskStorage(cfg.dir);
    default: {
      const unhandled: never = cfg.kind;
      throw new Error(`unknown storage ${String(unhandled)}`);
    }
  }
}
