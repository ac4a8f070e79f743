// The phone's screen as PNG (`screencap -p`), for the "check by hand" steps: the support engineer
// sees the vendor screen the tool just opened without holding the phone.
import type { Client } from '../adb/kit';
import { DeviceError, shellBytes } from '../adb/shell';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** PNG bytes; a phone whose shell turned \n into \r\n (old pty shells) is mended. */
export function pngFromScreencap(raw: Buffer, serial: string): Buffer {
  if (raw.subarray(0, 8).equals(SIGNATURE)) return raw;
  if (raw.includes(Buffer.from('\r\r\n'))) {
    const mended = Buffer.from(raw.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
    if (mended.subarray(0, 8).equals(SIGNATURE)) return mended;
  }
  const head = raw.subarray(0, 120).toString('utf8').trim();
  throw new DeviceError(
    'failed',
    serial,
    `The phone did not answer \`screencap -p\` with a PNG${head ? `: ${head}` : ''}.`,
    'Unlock the phone and try again; some phones refuse screenshots of secure screens.',
  );
}

export async function screenshot(client: Client, serial: string): Promise<Buffer> {
  return pngFromScreencap(
    await shellBytes(client, serial, 'screencap -p', { timeoutMs: 15_000, maxBytes: 16 * 1024 * 1024 }),
    serial,
  );
}
