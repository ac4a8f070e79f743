// Local stand-ins for the push services: one HTTP server, a path prefix per provider, each
// speaking its provider's API as push-apis.md describes — auth, signatures, the send call, the
// real error envelopes for a bad secret, an unknown token, a wrong package, a quota — and
// delivering accepted messages to the virtual phone that holds the token after a delay.
// Each provider's routes, credentials and signature checks are in its folder
// (src/sim/vendors/<id>/standin.ts, signing.ts), written from the vendors' documents, never with the
// product's senders; this file is the server, the shared state and the injected faults.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PROVIDERS, type ProviderName } from '../../shared/types';
import { VENDOR_IDS, type ImId, type VendorId } from '../../shared/vendors';
import type { PhoneRegistry, PushEnvelope, StandinFault, TokenReport } from './types';
import type { StandinContext, StandinModule, StandinUrls, Handler } from './kit';
import { rnd } from './kit';
import { SIM_IMS, SIM_VENDORS, type SimImTypes, type SimVendorTypes } from '../vendors/registry';

export type { StandinUrls } from './kit';

/** Each provider's stand-in module, from its folder (src/sim/vendors/<id>/standin.ts). */
type Modules = { [P in VendorId]: SimVendorTypes[P]['standin'] } & { [P in ImId]: SimImTypes[P]['standin'] };
type CredentialsOf<M> = M extends StandinModule<infer C, string> ? C : never;

/** Every provider's credentials, under its module's `credKey` (Tencent IM's is `tencent`). */
export type StandinCredentials = { package: string } & {
  [P in ProviderName as Modules[P]['credKey']]: CredentialsOf<Modules[P]>;
};

/** A provider's stand-in module. */
export const standinOf = (p: ProviderName): StandinModule<unknown> =>
  (VENDOR_IDS as readonly string[]).includes(p) ? SIM_VENDORS[p as VendorId].standin : SIM_IMS[p as ImId].standin;

export interface StandinOptions {
  port?: number;
  host?: string;
  /** Delay between accepting a message and it reaching the phone (ms). */
  delayMs?: number;
  phones: PhoneRegistry;
  credentials?: Partial<StandinCredentials>;
  /** Messages a provider accepts before it answers with its quota error. */
  quota?: Partial<Record<ProviderName, number>>;
}

export interface Standins {
  urls: Record<ProviderName, StandinUrls>;
  credentials: StandinCredentials;
  /** Requests seen per provider and endpoint (tests count auth calls). */
  calls: Record<string, number>;
  /** The next `count` requests to a provider fail this way. */
  failNext(provider: ProviderName, fault: StandinFault, count?: number): void;
  /** Tokens issued so far stop working (the next call gets the provider's expired-token answer). */
  expireAuth(): void;
  /** A device token the vendor now reports as expired (Honor lists it in expireTokens). */
  expireDeviceToken(token: string): void;
  reportToken(report: TokenReport): void;
  /** Messages delivered to phones, for tests and the UI. */
  delivered: { envelope: PushEnvelope; outcome: unknown; at: number }[];
  close(): Promise<void>;
}

export function generateCredentials(pkg = 'com.example.chat'): StandinCredentials {
  const out: Record<string, unknown> = { package: pkg };
  for (const p of PROVIDERS) {
    const m = standinOf(p);
    out[m.credKey] = m.credentials();
  }
  return out as StandinCredentials;
}

export async function startStandins(opts: StandinOptions): Promise<Standins> {
  const cred: StandinCredentials = {
    ...generateCredentials(opts.credentials?.package),
    ...opts.credentials,
  } as StandinCredentials;
  const delayMs = opts.delayMs ?? 300;
  const issued = new Map<string, { provider: ProviderName; expiresAt: number }>();
  const calls: Record<string, number> = {};
  const faults = new Map<ProviderName, { fault: StandinFault; count: number }>();
  const sent: Partial<Record<ProviderName, number>> = {};
  const delivered: Standins['delivered'] = [];
  const imTokens = new Map<string, TokenReport[]>(); // `${sdk}:${user}` → reports
  const pending = new Set<NodeJS.Timeout>();
  const hanging = new Set<http.ServerResponse>();
  const expiredDeviceTokens = new Set<string>();
  let origin = ''; // known once listening; the FCM assertion's audience is this server's token URL

  const issue = (provider: ProviderName, ttlSec: number) => {
    const token = `${provider}-${rnd(16)}`;
    issued.set(token, { provider, expiresAt: Date.now() + ttlSec * 1000 });
    return token;
  };
  const tokenState = (provider: ProviderName, token: string | undefined) => {
    const t = token ? issued.get(token) : undefined;
    if (!t || t.provider !== provider) return 'unknown' as const;
    return t.expiresAt > Date.now() ? ('valid' as const) : ('expired' as const);
  };
  const overQuota = (provider: ProviderName) => {
    sent[provider] = (sent[provider] ?? 0) + 1;
    return opts.quota?.[provider] !== undefined && sent[provider]! > opts.quota[provider]!;
  };

  // ---- providers: each one's routes come from its folder ---------------------------------------
  const routes: { provider: ProviderName; method: string; re: RegExp; handle: Handler }[] = [];
  for (const provider of PROVIDERS) {
    const m = standinOf(provider);
    const context: StandinContext<unknown> = {
      cred: (cred as unknown as Record<string, unknown>)[m.credKey],
      package: cred.package,
      origin: () => origin,
      route: (method, re, handle) => routes.push({ provider, method, re, handle }),
      issue: (ttlSec) => issue(provider, ttlSec),
      valid: (token) => tokenState(provider, token) === 'valid',
      tokenState: (token) => tokenState(provider, token),
      overQuota: () => overQuota(provider),
      phone: (vendor, token) => opts.phones.lookup(vendor, token),
      deviceTokenExpired: (token) => expiredDeviceTokens.has(token),
      tokenReports: (sdk, user) => imTokens.get(`${sdk}:${user}`) ?? [],
      vendors: SIM_VENDORS,
    };
    m.routes(context);
  }

  // ---- server ---------------------------------------------------------------------------------
  const deliverLater = (envelopes: PushEnvelope[] | undefined) => {
    for (const e of envelopes ?? []) {
      const t = setTimeout(() => {
        pending.delete(t);
        const h = opts.phones.lookup(e.vendor, e.token);
        const outcome = h ? h.deliver(e) : { shown: false, reason: 'unknown-token' };
        delivered.push({ envelope: e, outcome, at: Date.now() });
      }, delayMs);
      pending.add(t);
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 1024 * 1024) req.destroy();
      else chunks.push(c);
    });
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const body = Buffer.concat(chunks).toString('utf8');
      const found = routes.find((r) => r.method === req.method && r.re.test(url.pathname));
      if (!found) {
        res
          .writeHead(404, { 'content-type': 'text/html' })
          .end('<html><head><title>404 Not Found</title></head><body>Not Found</body></html>');
        return;
      }
      const key = `${found.provider} ${url.pathname.replace(/\/(v1\/)?[0-9]{6,}\//, '/$1:id/')}`;
      calls[key] = (calls[key] ?? 0) + 1;
      calls[found.provider] = (calls[found.provider] ?? 0) + 1;
      const fault = faults.get(found.provider);
      if (fault && fault.count > 0) {
        fault.count--;
        switch (fault.fault) {
          case 'hang':
            hanging.add(res);
            res.on('close', () => hanging.delete(res));
            return;
          case 'html':
            res
              .writeHead(502, { 'content-type': 'text/html' })
              .end('<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>');
            return;
          case 'empty':
            res.writeHead(200, { 'content-type': 'application/json' }).end();
            return;
          case '429':
            res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0' }).end(
              JSON.stringify({
                error: { code: 429, status: 'RESOURCE_EXHAUSTED', message: 'Too many requests' },
                code: 429,
                result: 429,
              }),
            );
            return;
          case '500':
            res.writeHead(500, { 'content-type': 'application/json' }).end(
              JSON.stringify({
                error: { code: 500, status: 'INTERNAL', message: 'Internal error' },
                code: 500,
                result: 500,
              }),
            );
            return;
          case 'echo': {
            const dump = `${req.method} ${req.url} authorization=${req.headers.authorization ?? ''} ${body}`;
            const text = `${dump} | ${encodeURIComponent(dump)} | ${Buffer.from(dump).toString('base64')}`;
            const fields = {
              result: 'error',
              code: 400,
              reason: text,
              description: text,
              message: text,
              msg: text,
              error_description: text,
              ErrorInfo: text,
            };
            res
              .writeHead(400, { 'content-type': 'application/json' })
              .end(JSON.stringify({ ...fields, error: { code: 400, status: 'INVALID_ARGUMENT', message: text } }));
            return;
          }
          default:
            break;
        }
      }
      let parsed: unknown = null;
      try {
        parsed = body && /json/.test(req.headers['content-type'] ?? '') ? JSON.parse(body) : null;
      } catch {
        parsed = null;
      }
      try {
        const out = await found.handle({
          method: req.method ?? 'GET',
          path: url.pathname,
          query: url.searchParams,
          headers: req.headers,
          body,
          form: new URLSearchParams(/urlencoded/.test(req.headers['content-type'] ?? '') ? body : ''),
          json: parsed,
        });
        res.writeHead(out.status, { 'content-type': 'application/json;charset=utf-8' }).end(JSON.stringify(out.body));
        deliverLater(out.deliver);
      } catch (err) {
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: String((err as Error).message) }));
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${opts.host ?? '127.0.0.1'}:${port}`;
  const urls = Object.fromEntries(PROVIDERS.map((p) => [p, standinOf(p).urls(origin)])) as Record<
    ProviderName,
    StandinUrls
  >;
  return {
    urls,
    credentials: cred,
    calls,
    delivered,
    failNext: (provider, fault, count = 1) => {
      if (fault === 'expire-auth') {
        for (const t of issued.values()) if (t.provider === provider) t.expiresAt = 0;
        return;
      }
      if (fault === 'quota') {
        opts.quota = { ...(opts.quota ?? {}), [provider]: sent[provider] ?? 0 };
        return;
      }
      faults.set(provider, { fault, count });
    },
    expireDeviceToken: (token) => {
      expiredDeviceTokens.add(token);
    },
    expireAuth: () => {
      for (const t of issued.values()) t.expiresAt = 0;
    },
    reportToken: (report) => {
      if (report.imSdk === 'vendor-demo') return;
      const key = `${report.imSdk}:${report.user}`;
      const list = (imTokens.get(key) ?? []).filter((t) => t.vendor !== report.vendor || t.package !== report.package);
      list.push(report);
      imTokens.set(key, list);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of pending) clearTimeout(t);
        for (const r of hanging) r.destroy();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
