// `push-doctor serve`: the desktop UI in a browser. Static files of the built renderer plus a
// WebSocket that carries the same contract as Electron's IPC. Loopback by default; a random
// access token in the printed URL (kept in an HttpOnly cookie afterwards); the Origin of every
// WebSocket checked; a non-loopback address only with --allow-remote.
import http from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { PushDoctorApi, PushDoctorEvent } from '../../shared/contract';
import { createDispatcher, toFailure } from '../../main/rpc';
import { BadInputError } from '../../main/errors';

export interface ServeOptions {
  api: PushDoctorApi;
  subscribe: (listener: (e: PushDoctorEvent) => void) => () => void;
  staticDir: string;
  host?: string;
  port?: number;
  allowRemote?: boolean;
  token?: string;
}

export interface ServeHandle {
  url: string;
  host: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

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

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(header: string | undefined): string | undefined {
  return /(?:^|;\s*)pd_token=([A-Za-z0-9_-]+)/.exec(header ?? '')?.[1];
}

export async function startServe(opts: ServeOptions): Promise<ServeHandle> {
  const host = opts.host ?? '127.0.0.1';
  if (!isLoopbackHost(host) && !opts.allowRemote)
    throw new BadInputError(`Refusing to serve on ${host}: anyone who can reach it could drive the phones.`, 'Serve on 127.0.0.1, or add --allow-remote (the access token is then required for every page and connection).');
  if (opts.token !== undefined && !/^[A-Za-z0-9_-]{16,128}$/.test(opts.token))
    throw new BadInputError('--token must be 16-128 letters, digits, _ or -.');
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const root = resolve(opts.staticDir);
  if (!existsSync(join(root, 'index.html')))
    throw new BadInputError(`The UI is not built (${join(root, 'index.html')} is missing).`, 'Run `npm run build` (or `npm run setup`) first.');
  const dispatch = createDispatcher(opts.api);

  const security = {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };

  const authorized = (req: http.IncomingMessage, url: URL) => sameToken(url.searchParams.get('token') ?? undefined, token) || sameToken(cookieToken(req.headers.cookie), token);

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://serve');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...security, Allow: 'GET, HEAD' }).end();
      return;
    }
    if (!authorized(req, url)) {
      res.writeHead(401, { ...security, 'Content-Type': 'text/plain; charset=utf-8' }).end('Push Doctor: open the URL that `push-doctor serve` printed (it carries the access token).\n');
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
    const headers: Record<string, string> = { ...security, 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' };
    if (url.searchParams.has('token')) headers['Set-Cookie'] = `pd_token=${token}; HttpOnly; SameSite=Strict; Path=/`;
    headers['Cache-Control'] = rel === '/index.html' ? 'no-store' : 'private, max-age=3600';
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://serve');
    const origin = req.headers.origin;
    const expected = `http://${req.headers.host}`;
    const refuse = (status: number, why: string) => {
      socket.write(`HTTP/1.1 ${status} ${why}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      socket.destroy();
    };
    if (url.pathname !== '/ws') return refuse(404, 'Not Found');
    if (!origin || origin !== expected) return refuse(403, 'Forbidden');
    if (!authorized(req, url)) return refuse(401, 'Unauthorized');
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  wss.on('connection', (ws: WebSocket) => {
    const unsubscribe = opts.subscribe((event) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ event }));
    });
    ws.on('close', unsubscribe);
    ws.on('message', async (data) => {
      let msg: { id?: unknown; method?: unknown; payload?: unknown };
      try {
        msg = JSON.parse(String(data));
      } catch {
        ws.send(JSON.stringify({ id: null, error: { message: 'The message is not JSON.', code: 'bad-request' } }));
        return;
      }
      const id = typeof msg.id === 'number' || typeof msg.id === 'string' ? msg.id : null;
      try {
        const result = await dispatch(String(msg.method), msg.payload);
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id, result: result ?? null }));
      } catch (err) {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id, error: toFailure(err) }));
      }
    });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new BadInputError(`Port ${opts.port} is in use.`, 'Pick another with --port, or leave it out for a free one.') : err),
    );
    server.listen(opts.port ?? 0, host, () => resolvePromise());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/?token=${token}`,
    host,
    port,
    token,
    close: () =>
      new Promise<void>((r) => {
        for (const c of wss.clients) c.terminate();
        wss.close();
        server.closeAllConnections?.();
        server.close(() => r());
      }),
  };
}
