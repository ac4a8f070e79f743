// The contract over the `serve` WebSocket: requests with ids, answers matched back, events fanned
// out to listeners, and a reconnect with backoff when the connection drops.
import type { ApiMethod, PushDoctorBridge, PushDoctorEvent } from '../../../shared/contract';

export class BridgeError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> };

export interface WsBridgeOptions {
  url: string;
  /** Creates the socket (tests pass their own WebSocket implementation). */
  createSocket?: (url: string) => WebSocket;
  requestTimeoutMs?: number;
  onStatus?: (status: 'connecting' | 'open' | 'closed') => void;
}

/**
 * Takes the access token out of the address bar (and so out of history, bookmarks and screen
 * shares) once the page has it: the server has set its cookie, and the bridge keeps the URL it
 * was given for reconnects.
 */
export function dropTokenFromAddressBar(
  loc: Pick<Location, 'href'> | undefined = globalThis.location,
  hist: Pick<History, 'replaceState' | 'state'> | undefined = globalThis.history,
): void {
  if (!loc || !hist) return;
  const url = new URL(loc.href);
  if (!url.searchParams.has('token')) return;
  url.searchParams.delete('token');
  hist.replaceState(hist.state, '', `${url.pathname}${url.search}${url.hash}`);
}

export function createWsBridge(opts: WsBridgeOptions): PushDoctorBridge & { close(): void } {
  dropTokenFromAddressBar();
  const listeners = new Set<(e: PushDoctorEvent) => void>();
  const pending = new Map<number, Pending>();
  const queue: string[] = [];
  let socket: WebSocket | null = null;
  let nextId = 1;
  let backoff = 250;
  let closedByUser = false;

  const connect = () => {
    opts.onStatus?.('connecting');
    const ws = (opts.createSocket ?? ((u) => new WebSocket(u)))(opts.url);
    socket = ws;
    ws.onopen = () => {
      backoff = 250;
      opts.onStatus?.('open');
      while (queue.length) ws.send(queue.shift()!);
    };
    ws.onmessage = (m) => {
      let msg: { id?: number; result?: unknown; error?: { message: string; hint?: string }; event?: PushDoctorEvent };
      try {
        msg = JSON.parse(String(m.data));
      } catch {
        return;
      }
      if (msg.event) {
        for (const l of listeners) l(msg.event);
        return;
      }
      const p = msg.id !== undefined ? pending.get(msg.id) : undefined;
      if (!p) return;
      pending.delete(msg.id!);
      clearTimeout(p.timer);
      if (msg.error) p.reject(new BridgeError(msg.error.message, msg.error.hint));
      else p.resolve(msg.result);
    };
    ws.onclose = () => {
      opts.onStatus?.('closed');
      socket = null;
      for (const [id, p] of pending) {
        clearTimeout(p.timer);
        p.reject(
          new BridgeError(
            'The connection to Push Doctor was lost.',
            'It reconnects by itself; if it does not, check that `push-doctor serve` still runs.',
          ),
        );
        pending.delete(id);
      }
      if (!closedByUser) {
        setTimeout(connect, backoff);
        backoff = Math.min(backoff * 2, 5000);
      }
    };
  };
  connect();

  const call = (method: ApiMethod, payload?: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new BridgeError(`${method} took too long.`));
      }, opts.requestTimeoutMs ?? 120_000);
      pending.set(id, { resolve, reject, timer });
      const text = JSON.stringify({ id, method, payload: payload ?? null });
      if (socket && socket.readyState === 1) socket.send(text);
      else queue.push(text);
    });

  const api = new Proxy({} as PushDoctorBridge, {
    get(_t, prop: string) {
      if (prop === 'onEvent')
        return (l: (e: PushDoctorEvent) => void) => {
          listeners.add(l);
          return () => listeners.delete(l);
        };
      if (prop === 'close')
        return () => {
          closedByUser = true;
          socket?.close();
        };
      if (prop === 'then') return undefined;
      return (payload?: unknown) => call(prop as ApiMethod, payload);
    },
  });
  return api as PushDoctorBridge & { close(): void };
}
