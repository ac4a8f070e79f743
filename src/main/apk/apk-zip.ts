// Takes one entry (AndroidManifest.xml) out of an APK, a zip from outside, with bounds: the entry's
// declared size is capped before anything is inflated, so is its compression ratio (a zip bomb
// declares a small compressed size and a huge real one), the bytes actually inflated are counted
// against the declared size, the number of directory entries walked is capped, and the whole read
// has a deadline.
import yauzl from 'yauzl';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  /** Largest uncompressed entry read (AndroidManifest.xml of large apps: a few hundred KiB). */
  maxEntryBytes: number;
  /** Above this uncompressed size, a compression ratio beyond `maxRatio` is refused. */
  ratioFloorBytes: number;
  /** Binary XML deflates about 3–10:1; a zip bomb by hundreds to a thousand. */
  maxRatio: number;
  /** Central directory records walked before giving up. */
  maxEntries: number;
  timeoutMs: number;
}

export const ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 16 * 1024 * 1024,
  ratioFloorBytes: 256 * 1024,
  maxRatio: 100,
  maxEntries: 500_000,
  timeoutMs: 10_000,
};

/** Why an APK's zip structure was refused; the message is written for the user. */
export class ApkZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApkZipError';
  }
}

/** The sizes a directory record declares, checked before inflating a byte (shared with the in-place read). */
export function checkEntrySizes(
  name: string,
  compressed: number,
  uncompressed: number,
  method: number,
  limits: ZipLimits = ZIP_LIMITS,
): void {
  if (method !== 0 && method !== 8)
    throw new ApkZipError(`${name} uses compression method ${method} (APKs use stored or deflate)`);
  if (uncompressed > limits.maxEntryBytes)
    throw new ApkZipError(
      `${name} is ${uncompressed} bytes uncompressed, more than the ${limits.maxEntryBytes} allowed`,
    );
  if (method === 0 && compressed !== uncompressed)
    throw new ApkZipError(`${name} is stored, but its sizes differ (${compressed} and ${uncompressed} bytes)`);
  if (compressed > limits.maxEntryBytes + 64 * 1024)
    throw new ApkZipError(`${name} is ${compressed} bytes compressed, more than the ${limits.maxEntryBytes} allowed`);
  if (uncompressed > limits.ratioFloorBytes && uncompressed > compressed * limits.maxRatio)
    throw new ApkZipError(
      `${name} is compressed ${Math.round(uncompressed / Math.max(1, compressed))}:1, more than the ${limits.maxRatio}:1 a real one can be (a zip bomb?)`,
    );
}

/** Inflates at most `declared` bytes (zlib stops there), and insists on exactly that many. */
export function inflateEntry(name: string, method: number, raw: Buffer, declared: number): Buffer {
  let out: Buffer;
  if (method === 0) out = raw;
  else {
    try {
      out = inflateRawSync(raw, { maxOutputLength: Math.max(1, declared) });
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError)
        throw new ApkZipError(`${name} inflates to more than the ${declared} bytes it declares`);
      throw new ApkZipError(`${name} cannot be inflated (${e.message})`);
    }
  }
  if (out.length !== declared) throw new ApkZipError(`${name} is ${out.length} bytes, not the ${declared} it declares`);
  return out;
}

type ZipFile = yauzl.ZipFile;
const fromBuffer = promisify(yauzl.fromBuffer) as (b: Buffer, o: yauzl.Options) => Promise<ZipFile>;
const openFile = promisify(yauzl.open) as (p: string, o: yauzl.Options) => Promise<ZipFile>;

/** The bytes of entry `name`, or an ApkZipError; file-system errors (ENOENT) pass through as they are. */
export async function readZipEntry(
  apk: string | Buffer,
  name: string,
  limits: ZipLimits = ZIP_LIMITS,
): Promise<Buffer> {
  const opts: yauzl.Options = {
    lazyEntries: true,
    autoClose: false,
    validateEntrySizes: true,
    strictFileNames: false,
    decodeStrings: true,
  };
  let zip: ZipFile;
  try {
    zip = Buffer.isBuffer(apk) ? await fromBuffer(apk, opts) : await openFile(apk, opts);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code) throw err;
    throw new ApkZipError(`not a zip file (${(err as Error).message})`);
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new ApkZipError(`the zip directory lists ${zip.entryCount} entries, more than ${limits.maxEntries}`);
  }
  return new Promise<Buffer>((resolve, reject) => {
    let done = false;
    let stream: (NodeJS.ReadableStream & { destroy?: () => void }) | undefined;
    const finish = (err: Error | null, data?: Buffer) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      stream?.destroy?.();
      zip.close();
      if (err) reject(err);
      else resolve(data!);
    };
    const timer = setTimeout(
      () => finish(new ApkZipError(`reading the zip took longer than ${limits.timeoutMs} ms`)),
      limits.timeoutMs,
    );
    zip.on('error', (err: Error) => finish(new ApkZipError(`a damaged zip (${err.message})`)));
    zip.on('end', () => finish(new ApkZipError(`no ${name} in it`)));
    zip.on('entry', (entry: yauzl.Entry) => {
      if (done) return;
      if (entry.fileName !== name) return zip.readEntry();
      try {
        checkEntrySizes(name, entry.compressedSize, entry.uncompressedSize, entry.compressionMethod, limits);
      } catch (err) {
        return finish(err as Error);
      }
      // The raw bytes, inflated here in one bounded call: yauzl's own inflating stream stalls
      // (neither data, end nor error) on an entry that inflates to more than it declares.
      const open = (cb: (err: Error | null, s?: NodeJS.ReadableStream & { destroy?: () => void }) => void) => {
        try {
          // yauzl throws when asked not to decompress a stored entry.
          if (entry.compressionMethod === 8) zip.openReadStream(entry, { decompress: false }, cb);
          else zip.openReadStream(entry, cb);
        } catch (err) {
          cb(err as Error);
        }
      };
      open((err, s) => {
        if (err || !s) return finish(new ApkZipError(`cannot read ${name} (${err?.message ?? 'no stream'})`));
        stream = s;
        const chunks: Buffer[] = [];
        let total = 0;
        s.on('data', (c: Buffer) => {
          total += c.length;
          if (total > entry.compressedSize)
            return finish(new ApkZipError(`${name} holds more than the ${entry.compressedSize} bytes it declares`));
          chunks.push(c);
        });
        s.on('error', (e: Error) => finish(new ApkZipError(`${name} cannot be read (${e.message})`)));
        s.on('end', () => {
          try {
            finish(
              null,
              inflateEntry(name, entry.compressionMethod, Buffer.concat(chunks, total), entry.uncompressedSize),
            );
          } catch (e) {
            finish(e as Error);
          }
        });
      });
    });
    zip.readEntry();
  });
}
