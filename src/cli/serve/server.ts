// `push-doctor serve`: the desktop UI in a browser. Static files of the built renderer plus a
// WebSocket that carries the same contract as Electron's IPC. Loopback by default; a random
// access token in the printed URL (kept afterwards in an HttpOnly cookie whose name carries the
// port, since cookies ignore ports); the Host of every request and the Origin of every WebSocket
// checked against a fixed list of this server's own names (never built from the request, which a
// DNS-rebinding page controls); a non-loopback address only with --allow-remote.
//
// One client can never take the server down: every socket has an error listener, malformed frames
// and messages close that client with a code and a reason, each client's send buffer is capped
// (log lines dropped and counted first, a client that stays over the hard cap disconnected), and
// the log streams a client opened are its own and end when it goes.
import http from 'node:http';
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import type { PushDoctorApi, PushDoctorEvent } from '../../shared/contract';
import { createDispatcher, toFailure } from '../../main/rpc';
import { BadInputError } from '../../main/errors';
import { registerSecret } from '../../main/secrets';
import { describeError } from './guard';

export interface ServeOptions {
  api: PushDoctorApi;
  subscribe: (listener: (e: PushDoctorEvent) => void) => () => void;
  staticDir: string;
  host?: string;
  port?: number;
  allowRemote?: boolean;
  token?: string;
  /** Bytes waiting for one client above which its log lines are dropped (and counted); default 2 MiB. */
  sendSoftCap?: number;
  /** Bytes waiting for one client above which it is disconnected; default 16 MiB. */
  sendHardCap?: number;
  /** Where problems with clients are reported (one redacted line each); default stderr. */
  log?: (line: string) => void;
}

export interface ClientStats {
  id: string;
  /** Bytes queued for this client now, and the most ever queued. */
  bufferedAmount: number;
  maxBufferedAmount: number;
  /** Log-line events not sent because the client was not keeping up. */
  droppedEvents: number;
  /** The log streams this client opened and that still run. */
  streams: string[];
}

export interface ServeHandle {
  url: string;
  host: string;
  port: number;
  token: string;
  /** The name of the cookie that carries the token (bound to the port). */
  cookieName: string;
  /** Connected WebSocket clients (for tests and diagnostics). */
  clients(): ClientStats[];
  close(): Promise<void>;
}

/** The largest WebSocket message accepted from a client; a bigger one closes it (1009). */
export const MAX_MESSAGE_BYTES = 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * The `host:port` names this server answers to: the loopback names, the --host value, and for a
 * wildcard address every address of this machine's interfaces. Fixed at start: a request's Host
 * header is checked against them, never trusted to say what "same origin" is.
 */
export function allowedHosts(host: string, port: number): Set<string> {
  const names = new Set<string>();
  const add = (h: string) => names.add(`${h.includes(':') ? `[${h}]` : h}:${port}`.toLowerCase());
  for (const h of ['127.0.0.1', 'localhost', '::1', host]) add(h);
  if (host === '0.0.0.0' || host === '::') {
    for (const list of Object.values(networkInterfaces()))
      for (const i of list ?? []) add(i.address.replace(/%.*$/, ''));
  }
  return names;
}

/** Close codes sent to a client that broke the protocol (RFC 6455 section 7.4.1). */
const CLOSE_UNSUPPORTED = 1003;
const CLOSE_INVALID = 1007;
const CLOSE_POLICY = 1008;

/** ws closes on a protocol error with a bare code; these say in words what was wrong. */
const CLOSE_REASONS: Record<number, string> = {
  1002: 'protocol error: a client frame must be masked, with a known opcode and no reserved bits',
  1007: 'a text message must be valid UTF-8 JSON',
  1009: `a message may be at most ${MAX_MESSAGE_BYTES / 1024 / 1024} MiB`,
};

export async function startServe(opts: ServeOptions): Promise<ServeHandle> {
  const host = opts.host ?? '127.0.0.1';
  if (!isLoopbackHost(host) && !opts.allowRemote)
    throw new BadInputError(
      `Refusing to serve on ${host}: anyone who can reach it could drive the phones.`,
      'Serve on 127.0.0.1, or add --allow-remote (the access token is then required for every page and connection).',
    );
  if (opts.token !== undefined && !/^[A-Za-z0-9_-]{16,128}$/.test(opts.token))
    throw new BadInputError('--token must be 16-128 letters, digits, _ or -.');
  const token = opts.token ?? randomBytes(24).toString('base64url');
  // The token is a secret like any other: no log line, error or report may carry it.
  registerSecret(token);
  const root = resolve(opts.staticDir);
  if (!existsSync(join(root, 'index.html')))
    throw new BadInputError(
      `The UI is not built (${join(root, 'index.html')} is missing).`,
      'Run `npm run build` (or `npm run setup`) first.',
    );
  const dispatch = createDispatcher(opts.api);
  const softCap = opts.sendSoftCap ?? 2 * 1024 * 1024;
  const hardCap = Math.max(opts.sendHardCap ?? 16 * 1024 * 1024, softCap);
  const log = opts.log ?? ((line: string) => void process.stderr.write(line));
  const say = (line: string) => {
    try {
      log(`push-doctor serve: ${line}\n`);
    } catch {
      // A failing log must not take the server down either.
    }
  };

  // Set once the port is known (before the first request can arrive).
  let allowed = new Set<string>();
  let cookieName = 'pd_token';

  const security = {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };

  const authorized = (req: http.IncomingMessage, url: URL) =>
    sameToken(url.searchParams.get('token') ?? undefined, token) ||
    sameToken(cookieToken(req.headers.cookie, cookieName), token);
  const hostAllowed = (req: http.IncomingMessage) =>
    typeof req.headers.host === 'string' && allowed.has(req.headers.host.toLowerCase());
  const originAllowed = (origin: string | undefined) =>
    typeof origin === 'string' &&
    origin.toLowerCase().startsWith('http://') &&
    allowed.has(origin.slice('http://'.length).toLowerCase());
  const parseUrl = (req: http.IncomingMessage): URL | null => {
    try {
      return new URL(req.url ?? '/', 'http://serve');
    } catch {
      return null;
    }
  };

  const server = http.createServer((req, res) => {
    res.on('error', () => undefined);
    const url = parseUrl(req);
    if (!url) {
      res.writeHead(400, security).end();
      return;
    }
    if (!hostAllowed(req)) {
      // 421: this server is not the one the name points at (a DNS-rebinding page, a stray proxy).
      res
        .writeHead(421, { ...security, 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Push Doctor: unknown Host. Open the URL that `push-doctor serve` printed.\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...security, Allow: 'GET, HEAD' }).end();
      return;
    }
    if (!authorized(req, url)) {
      res
        .writeHead(401, { ...security, 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Push Doctor: open the URL that `push-doctor serve` printed (it carries the access token).\n');
      return;
    }
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, security).end();
      return;
    }
    if (rel === '/' || rel === '') rel = '/index.html';
    const file = resolve(root, '.' + rel);
    // Nothing outside the build folder, and no directory listings.
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { ...security, 'Content-Type': 'text/plain' }).end('Not found\n');
      return;
    }
    const headers: Record<string, string> = {
      ...security,
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
    };
    if (url.searchParams.has('token'))
      headers['Set-Cookie'] = `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    headers['Cache-Control'] = rel === '/index.html' ? 'no-store' : 'private, max-age=3600';
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    // A file removed between the check and the read ends this response, not the server.
    else
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
  });
  server.on('clientError', (_err, socket: Socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    socket.destroy();
  });

  // Frames over the limit are refused by the header (before the payload is read) with 1009.
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });
  wss.on('error', (err) => say(`WebSocket server error: ${describeError(err)}`));
  wss.on('wsClientError', (err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    socket.destroy();
    say(`refused a WebSocket handshake: ${describeError(err)}`);
  });
  server.on('upgrade', (req, socket: Socket, head) => {
    socket.on('error', () => socket.destroy());
    const url = parseUrl(req);
    const refuse = (status: number, why: string) => {
      if (socket.writable) socket.end(`HTTP/1.1 ${status} ${why}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      socket.destroy();
    };
    if (!url || url.pathname !== '/ws') return refuse(404, 'Not Found');
    if (!hostAllowed(req)) return refuse(421, 'Misdirected Request');
    if (!originAllowed(req.headers.origin)) return refuse(403, 'Forbidden');
    if (!authorized(req, url)) return refuse(401, 'Unauthorized');
    try {
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    } catch (err) {
      say(`WebSocket upgrade failed: ${describeError(err)}`);
      socket.destroy();
    }
  });

  interface Client {
    id: string;
    ws: WebSocket;
    /** Log streams this client opened (only it gets their lines). */
    streams: Set<string>;
    /** Log lines not sent per stream, added to the next batch's `dropped` that goes out. */
    droppedLines: Map<string, number>;
    droppedEvents: number;
    maxBuffered: number;
    gone: boolean;
  }
  const clients = new Map<string, Client>();
  // One serialization per event, however many clients get it.
  const serialized = new WeakMap<PushDoctorEvent, string>();
  const text = (event: PushDoctorEvent) => {
    let t = serialized.get(event);
    if (t === undefined) serialized.set(event, (t = JSON.stringify({ event })));
    return t;
  };

  const drop = (c: Client, code: number, reason: string) => {
    if (c.gone) return;
    say(`closed client ${c.id.slice(0, 8)}: ${reason}`);
    try {
      c.ws.close(code, Buffer.byteLength(reason) > 123 ? reason.slice(0, 120) : reason);
    } catch {
      // Already closing.
    }
  };

  /** Sends one message within the client's buffer caps; false when it was not sent. */
  const sendTo = (c: Client, data: string, lowValue: boolean): boolean => {
    if (c.gone || c.ws.readyState !== c.ws.OPEN) return false;
    const queued = c.ws.bufferedAmount;
    if (lowValue && queued > softCap) return false;
    if (queued + Buffer.byteLength(data) > hardCap) {
      drop(c, CLOSE_POLICY, `more than ${Math.round(hardCap / 1024 / 1024)} MiB waiting: the client stopped reading`);
      // The close frame cannot get through a full buffer: free the memory now.
      c.ws.terminate();
      return false;
    }
    c.ws.send(data);
    c.maxBuffered = Math.max(c.maxBuffered, c.ws.bufferedAmount);
    return true;
  };

  const deliver = (c: Client, event: PushDoctorEvent) => {
    if (event.type === 'logcat') {
      if (!c.streams.has(event.streamId)) return;
      const owed = c.droppedLines.get(event.streamId) ?? 0;
      const out = owed ? { ...event, dropped: (event.dropped ?? 0) + owed } : event;
      if (sendTo(c, text(out), true)) c.droppedLines.delete(event.streamId);
      else {
        c.droppedEvents++;
        c.droppedLines.set(event.streamId, owed + event.lines.length + (event.dropped ?? 0));
      }
      return;
    }
    if (event.type === 'logcat-ended') {
      if (!c.streams.delete(event.streamId)) return;
      c.droppedLines.delete(event.streamId);
    }
    sendTo(c, text(event), false);
  };

  const answer = (c: Client, id: unknown, body: { result: unknown } | { error: unknown }) =>
    sendTo(c, JSON.stringify({ id, ...body }), false);

  const handle = async (c: Client, data: RawData, isBinary: boolean) => {
    if (isBinary) return drop(c, CLOSE_UNSUPPORTED, 'binary messages are not accepted: send JSON text');
    let msg: unknown;
    try {
      msg = JSON.parse(
        Buffer.isBuffer(data)
          ? data.toString('utf8')
          : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]).toString('utf8'),
      );
    } catch {
      return drop(c, CLOSE_INVALID, 'the message is not JSON');
    }
    if (typeof msg !== 'object' || msg === null || Array.isArray(msg))
      return drop(c, CLOSE_POLICY, 'a message must be a JSON object {id, method, payload}');
    const m = msg as { id?: unknown; method?: unknown; payload?: unknown };
    const id = typeof m.id === 'number' || typeof m.id === 'string' ? m.id : null;
    const method = typeof m.method === 'string' ? m.method : String(m.method);
    try {
      if (method === 'stopLogcat') {
        const streamId = (m.payload as { streamId?: unknown } | null)?.streamId;
        if (typeof streamId === 'string' && !c.streams.has(streamId)) {
          answer(c, id, { error: { message: 'No log stream with that id on this connection.', code: 'bad-request' } });
          return;
        }
      }
      const result = await dispatch(method, m.payload);
      if (method === 'startLogcat') {
        const streamId = (result as { streamId?: unknown } | null)?.streamId;
        if (typeof streamId === 'string') {
          // Its client left while the stream was opening: nobody would ever read or stop it.
          if (c.gone) {
            await opts.api.stopLogcat({ streamId }).catch(() => undefined);
            return;
          }
          c.streams.add(streamId);
        }
      }
      answer(c, id, { result: result ?? null });
    } catch (err) {
      answer(c, id, { error: toFailure(err) });
    }
  };

  wss.on('connection', (ws: WebSocket) => {
    const c: Client = {
      id: randomUUID(),
      ws,
      streams: new Set(),
      droppedLines: new Map(),
      droppedEvents: 0,
      maxBuffered: 0,
      gone: false,
    };
    clients.set(c.id, c);
    const close = ws.close.bind(ws);
    ws.close = (code?: number, reason?: string | Buffer) =>
      close(code, reason ?? (code !== undefined ? CLOSE_REASONS[code] : undefined));
    // ws closes the connection itself on a protocol error (1002 unmasked or bad frame, 1007 bad
    // UTF-8, 1009 too big) and reports it here; without this listener Node would exit.
    ws.on('error', (err) => say(`client ${c.id.slice(0, 8)}: ${describeError(err)}`));
    const unsubscribe = opts.subscribe((event) => {
      try {
        deliver(c, event);
      } catch (err) {
        say(`could not send an event to client ${c.id.slice(0, 8)}: ${describeError(err)}`);
      }
    });
    ws.on('close', () => {
      c.gone = true;
      unsubscribe();
      clients.delete(c.id);
      for (const streamId of c.streams) void opts.api.stopLogcat({ streamId }).catch(() => undefined);
      c.streams.clear();
    });
    ws.on('message', (data, isBinary) => {
      handle(c, data, isBinary).catch((err) => say(`client ${c.id.slice(0, 8)}: ${describeError(err)}`));
    });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new BadInputError(
              `Port ${opts.port} is in use.`,
              'Pick another with --port, or leave it out for a free one.',
            )
          : err,
      ),
    );
    server.listen(opts.port ?? 0, host, () => resolvePromise());
  });
  server.on('error', (err) => say(`server error: ${describeError(err)}`));
  const port = (server.address() as AddressInfo).port;
  allowed = allowedHosts(host, port);
  cookieName = `pd_token_${port}`;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/?token=${token}`,
    host,
    port,
    token,
    cookieName,
    clients: () =>
      [...clients.values()].map((c) => ({
        id: c.id,
        bufferedAmount: c.ws.bufferedAmount,
        maxBufferedAmount: c.maxBuffered,
        droppedEvents: c.droppedEvents,
        streams: [...c.streams],
      })),
    close: () =>
      new Promise<void>((r) => {
        for (const c of wss.clients) c.terminate();
        wss.close();
        server.closeAllConnections?.();
        server.close(() => r());
      }),
  };
}
