// Pulls a file from the phone over the sync protocol, with a size cap and a timeout.
import type { Client } from './kit';
import { DeviceError, deviceError } from './shell';

export async function pullFile(
  client: Client,
  serial: string,
  path: string,
  opts: { timeoutMs?: number; maxBytes?: number; signal?: AbortSignal } = {},
): Promise<Buffer> {
  const max = opts.maxBytes ?? 512 * 1024 * 1024;
  const timeoutMs = opts.timeoutMs ?? 120_000;
  let transfer: NodeJS.ReadableStream & { cancel?: () => void };
  try {
    transfer = (await client.getDevice(serial).pull(path)) as unknown as NodeJS.ReadableStream & {
      cancel?: () => void;
    };
  } catch (err) {
    throw deviceError(err, serial);
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (err) {
        transfer.cancel?.();
        reject(err);
      } else resolve(Buffer.concat(chunks));
    };
    const timer = setTimeout(
      () =>
        finish(
          new DeviceError(
            'timeout',
            serial,
            `Pulling ${path} from ${serial} took longer than ${Math.round(timeoutMs / 1000)} s.`,
          ),
        ),
      timeoutMs,
    );
    opts.signal?.addEventListener(
      'abort',
      () => finish(new DeviceError('aborted', serial, `Stopped while pulling ${path}.`)),
      { once: true },
    );
    transfer.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max)
        return finish(new DeviceError('failed', serial, `${path} is larger than ${Math.round(max / 1e6)} MB.`));
      chunks.push(c);
    });
    transfer.on('end', () => finish());
    transfer.on('error', (err: Error) =>
      finish(
        /does not exist|No such file/i.test(err.message)
          ? new DeviceError('failed', serial, `The phone has no file ${path}.`)
          : deviceError(err, serial),
      ),
    );
  });
}
