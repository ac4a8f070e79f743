// The ADB transport protocol as a phone's adbd speaks it (system/adb/protocol.txt in AOSP).
// Every message is a 24-byte little-endian header followed by an optional payload.

export const A_SYNC = 0x434e5953;
export const A_CNXN = 0x4e584e43;
export const A_AUTH = 0x48545541;
export const A_OPEN = 0x4e45504f;
export const A_OKAY = 0x59414b4f;
export const A_CLSE = 0x45534c43;
export const A_WRTE = 0x45545257;
export const A_STLS = 0x534c5453;

export const AUTH_TOKEN = 1;
export const AUTH_SIGNATURE = 2;
export const AUTH_RSAPUBLICKEY = 3;

/** Version with checksums skipped by the host (adb >= 1.0.39 sends 0 checksums to such devices). */
export const A_VERSION = 0x01000001;
export const HEADER_SIZE = 24;
/** What the virtual phone advertises; the host then never sends more than this per WRTE. */
export const DEVICE_MAX_PAYLOAD = 256 * 1024;

export interface Message {
  command: number;
  arg0: number;
  arg1: number;
  data: Buffer;
}

export function commandName(command: number): string {
  return Buffer.from(Uint32Array.of(command).buffer).toString('latin1');
}

function byteSum(data: Buffer): number {
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum = (sum + data[i]) >>> 0;
  return sum;
}

export function encodeMessage(command: number, arg0: number, arg1: number, data: Buffer = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(HEADER_SIZE);
  header.writeUInt32LE(command >>> 0, 0);
  header.writeUInt32LE(arg0 >>> 0, 4);
  header.writeUInt32LE(arg1 >>> 0, 8);
  header.writeUInt32LE(data.length, 12);
  // The host ignores the checksum of a 0x01000001 device, but older hosts check it: always send it.
  header.writeUInt32LE(byteSum(data), 16);
  header.writeUInt32LE((command ^ 0xffffffff) >>> 0, 20);
  return data.length ? Buffer.concat([header, data]) : header;
}

/** Incremental decoder: feed TCP chunks, get whole messages. Rejects corrupt headers. */
export class MessageDecoder {
  private buffered: Buffer[] = [];
  private size = 0;

  constructor(private readonly maxPayload = 1024 * 1024) {}

  push(chunk: Buffer): Message[] {
    this.buffered.push(chunk);
    this.size += chunk.length;
    const out: Message[] = [];
    for (;;) {
      if (this.size < HEADER_SIZE) break;
      const all = this.flatten();
      const command = all.readUInt32LE(0);
      const magic = all.readUInt32LE(20);
      if ((command ^ 0xffffffff) >>> 0 !== magic) throw new Error(`bad ADB header magic for ${commandName(command)}`);
      const length = all.readUInt32LE(12);
      if (length > this.maxPayload) throw new Error(`ADB payload of ${length} bytes is over the limit`);
      if (all.length < HEADER_SIZE + length) break;
      out.push({
        command,
        arg0: all.readUInt32LE(4),
        arg1: all.readUInt32LE(8),
        data: Buffer.from(all.subarray(HEADER_SIZE, HEADER_SIZE + length)),
      });
      this.buffered = [all.subarray(HEADER_SIZE + length)];
      this.size = this.buffered[0].length;
    }
    return out;
  }

  private flatten(): Buffer {
    if (this.buffered.length > 1) this.buffered = [Buffer.concat(this.buffered)];
    return this.buffered[0];
  }
}

/** The device banner the host shows in `adb devices -l` (product, model, device) plus features. */
export function deviceBanner(props: { product: string; model: string; device: string }, features: string[]): Buffer {
  const clean = (v: string) => v.replace(/[;=\s]/g, '_');
  return Buffer.from(
    `device::ro.product.name=${clean(props.product)};ro.product.model=${clean(props.model)};` +
      `ro.product.device=${clean(props.device)};features=${features.join(',')}`,
  );
}
