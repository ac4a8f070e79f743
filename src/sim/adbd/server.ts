// A device-side ADB endpoint over TCP: what `adb connect 127.0.0.1:PORT` talks to. It speaks the
// transport (CNXN/AUTH/OPEN/OKAY/WRTE/CLSE with per-stream flow control) and hands each opened
// service (`shell:…`, `shell,v2,…:…`, `exec:…`, `sync:`) to the phone behind it.
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import {
  A_AUTH,
  A_CLSE,
  A_CNXN,
  A_OKAY,
  A_OPEN,
  A_VERSION,
  A_WRTE,
  AUTH_RSAPUBLICKEY,
  AUTH_SIGNATURE,
  AUTH_TOKEN,
  DEVICE_MAX_PAYLOAD,
  MessageDecoder,
  deviceBanner,
  encodeMessage,
  type Message,
} from './protocol';

/** One service stream as the phone sees it. */
export interface ServiceIO {
  /** Sends to the host; resolves once the host acknowledged it (ADB flow control). */
  write(data: Buffer | string): Promise<void>;
  /** Data the host sends on this stream (stdin of a shell, sync requests). */
  onData(listener: (data: Buffer) => void): void;
  /** Aborted when the host closes the stream or the connection drops. */
  readonly signal: AbortSignal;
  /** Ends the stream from the phone's side. */
  close(): void;
}

export interface DeviceEndpoint {
  banner(): { product: string; model: string; device: string };
  features(): string[];
  /** False makes the endpoint ask for authentication and refuse every signature (`unauthorized`). */
  isAuthorized(): boolean;
  /** Starts a service; return false to refuse it (the host sees `closed`). */
  openService(service: string, io: ServiceIO): boolean;
}

class Stream implements ServiceIO {
  private listeners: ((data: Buffer) => void)[] = [];
  private readonly abort = new AbortController();
  private waitingOkay: (() => void) | null = null;
  private queue: Promise<void> = Promise.resolve();
  closed = false;

  constructor(
    private readonly conn: Connection,
    readonly localId: number,
    readonly remoteId: number,
  ) {}

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  write(data: Buffer | string): Promise<void> {
    const buf = typeof data === 'string' ? Buffer.from(data) : data;
    if (buf.length === 0) return this.queue;
    this.queue = this.queue.then(() => this.writeChunks(buf));
    return this.queue;
  }

  private async writeChunks(buf: Buffer): Promise<void> {
    const max = this.conn.maxPayload;
    for (let off = 0; off < buf.length; off += max) {
      if (this.closed) return;
      const chunk = buf.subarray(off, Math.min(off + max, buf.length));
      await new Promise<void>((resolve) => {
        this.waitingOkay = resolve;
        this.conn.send(A_WRTE, this.localId, this.remoteId, chunk);
      });
    }
  }

  onData(listener: (data: Buffer) => void): void {
    this.listeners.push(listener);
  }

  close(): void {
    if (this.closed) return;
    // Flush what is queued before closing, as adbd does.
    void this.queue.then(() => {
      if (this.closed) return;
      this.closed = true;
      this.conn.send(A_CLSE, this.localId, this.remoteId);
      this.finish();
    });
  }

  /** Host acknowledged our last WRTE. */
  acked(): void {
    const resolve = this.waitingOkay;
    this.waitingOkay = null;
    resolve?.();
  }

  received(data: Buffer): void {
    this.conn.send(A_OKAY, this.localId, this.remoteId);
    for (const l of this.listeners) l(data);
  }

  /** The host closed the stream, or the connection went away. */
  finish(): void {
    this.closed = true;
    this.conn.streams.delete(this.localId);
    this.acked();
    if (!this.abort.signal.aborted) this.abort.abort();
  }
}

class Connection {
  readonly streams = new Map<number, Stream>();
  maxPayload = 4096;
  private online = false;
  private readonly decoder = new MessageDecoder(DEVICE_MAX_PAYLOAD + 1024 * 1024);

  constructor(
    private readonly socket: net.Socket,
    private readonly endpoint: DeviceEndpoint,
    private readonly nextId: () => number,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk) => {
      let messages: Message[];
      try {
        messages = this.decoder.push(chunk);
      } catch {
        socket.destroy();
        return;
      }
      for (const m of messages) this.handle(m);
    });
    socket.on('close', () => this.teardown());
    socket.on('error', () => this.teardown());
  }

  send(command: number, arg0: number, arg1: number, data?: Buffer): void {
    if (!this.socket.destroyed) this.socket.write(encodeMessage(command, arg0, arg1, data));
  }

  private sendConnect(): void {
    this.online = true;
    this.send(A_CNXN, A_VERSION, DEVICE_MAX_PAYLOAD, deviceBanner(this.endpoint.banner(), this.endpoint.features()));
  }

  private askAuth(): void {
    this.send(A_AUTH, AUTH_TOKEN, 0, randomBytes(20));
  }

  /** Called when the phone's owner accepts the debugging prompt. */
  authorize(): void {
    if (!this.online && !this.socket.destroyed) this.sendConnect();
  }

  private handle(m: Message): void {
    switch (m.command) {
      case A_CNXN:
        this.maxPayload = Math.max(256, Math.min(m.arg1 || 4096, DEVICE_MAX_PAYLOAD));
        if (this.endpoint.isAuthorized()) this.sendConnect();
        else this.askAuth();
        return;
      case A_AUTH:
        if (m.arg0 === AUTH_SIGNATURE || m.arg0 === AUTH_RSAPUBLICKEY) {
          // A real phone shows the "Allow USB debugging?" prompt on RSAPUBLICKEY; until it is
          // accepted the host lists the device as unauthorized.
          if (this.endpoint.isAuthorized()) this.sendConnect();
          else if (m.arg0 === AUTH_SIGNATURE) this.askAuth();
        }
        return;
      case A_OPEN:
        this.open(m);
        return;
      case A_OKAY:
        this.streams.get(m.arg1)?.acked();
        return;
      case A_WRTE:
        this.streams.get(m.arg1)?.received(m.data);
        return;
      case A_CLSE: {
        const s = this.streams.get(m.arg1);
        if (s) {
          if (!s.closed) this.send(A_CLSE, s.localId, s.remoteId);
          s.finish();
        }
        return;
      }
      default:
        // SYNC, STLS and unknown commands are not used by adb over TCP without TLS.
        return;
    }
  }

  private open(m: Message): void {
    if (!this.online) return;
    const service = m.data.toString('utf8').replace(/\0+$/, '');
    const id = this.nextId();
    const stream = new Stream(this, id, m.arg0);
    this.streams.set(id, stream);
    let accepted: boolean;
    try {
      accepted = this.endpoint.openService(service, stream);
    } catch {
      accepted = false;
    }
    if (!accepted) {
      this.streams.delete(id);
      this.send(A_CLSE, 0, m.arg0);
      return;
    }
    this.send(A_OKAY, id, m.arg0);
  }

  teardown(): void {
    for (const s of [...this.streams.values()]) s.finish();
    this.streams.clear();
    this.online = false;
  }

  drop(): void {
    this.socket.destroy();
    this.teardown();
  }
}

export interface AdbdServer {
  readonly port: number;
  readonly host: string;
  /** Closes every host connection (a cable pulled); the listener stays, so adb reconnects. */
  dropConnections(): void;
  /** Completes the authentication of waiting hosts (the user accepted the prompt). */
  authorizeWaiting(): void;
  /**
   * A phone rebooting: every host connection drops and new ones are closed at once until it is
   * back (adbd is not running); the port is kept, so adb reconnects when it is.
   */
  setOffline(offline: boolean): void;
  connectionCount(): number;
  close(): Promise<void>;
}

export async function startAdbd(
  endpoint: DeviceEndpoint,
  options: { port?: number; host?: string } = {},
): Promise<AdbdServer> {
  const host = options.host ?? '127.0.0.1';
  const connections = new Set<Connection>();
  let lastId = 0;
  const nextId = () => (lastId = (lastId % 0x7fffffff) + 1);
  let offline = false;
  const server = net.createServer((socket) => {
    if (offline) {
      socket.destroy();
      return;
    }
    const conn = new Connection(socket, endpoint, nextId);
    connections.add(conn);
    socket.on('close', () => connections.delete(conn));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as net.AddressInfo;
  return {
    port: address.port,
    host,
    dropConnections: () => {
      for (const c of [...connections]) c.drop();
      connections.clear();
    },
    authorizeWaiting: () => {
      for (const c of connections) c.authorize();
    },
    setOffline: (value) => {
      offline = value;
      if (!value) return;
      for (const c of [...connections]) c.drop();
      connections.clear();
    },
    connectionCount: () => connections.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of [...connections]) c.drop();
        connections.clear();
        server.close(() => resolve());
      }),
  };
}
