// HTTP for the senders: fetch with a timeout, bodies read as text and parsed only when they are
// JSON, and failures turned into errors that say which provider and what happened (never a secret).
import type { ProviderName } from '../../shared/types';
import { redact } from '../secrets';

export type TransportFailure = 'unreachable' | 'timeout' | 'not-json' | 'empty' | 'aborted';

export class PushTransportError extends Error {
  constructor(
    readonly provider: ProviderName,
    readonly kind: TransportFailure,
    message: string,
    /** Whether the request may have reached the provider (then a retry could send twice). */
    readonly maybeSent: boolean,
    readonly httpStatus?: number,
  ) {
    super(redact(message));
    this.name = 'PushTransportError';
  }
}

export interface HttpResponse {
  status: number;
  text: string;
  json: unknown;
  headers: Headers;
}

export interface HttpOptions {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string | URLSearchParams;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Accept a non-JSON body without failing (status-only endpoints). */
  allowText?: boolean;
}

const NETWORK_CODES = [
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'EPIPE',
  'CERT_HAS_EXPIRED',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
];

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export async function httpRequest(provider: ProviderName, url: string, opts: HttpOptions = {}): Promise<HttpResponse> {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await fetch(url, {
      method: opts.method ?? 'POST',
      headers: opts.headers,
      body: opts.body,
      signal,
      redirect: 'manual',
    });
  } catch (err) {
    const e = err as Error & { cause?: NodeJS.ErrnoException };
    if (opts.signal?.aborted)
      throw new PushTransportError(
        provider,
        'aborted',
        `${provider}: the request to ${host(url)} was cancelled.`,
        true,
      );
    if (timeout.aborted || e.name === 'TimeoutError')
      throw new PushTransportError(
        provider,
        'timeout',
        `${provider}: ${host(url)} did not answer within ${Math.round(timeoutMs / 1000)} s.`,
        true,
      );
    const code = e.cause?.code ?? '';
    const before = NETWORK_CODES.slice(0, 5).includes(code);
    throw new PushTransportError(
      provider,
      'unreachable',
      `${provider}: cannot reach ${host(url)} (${code || e.cause?.message || e.message}). Check the network, a proxy, or the baseUrl/authUrl in the profile.`,
      !before,
    );
  }
  let text: string;
  try {
    text = await res.text();
  } catch (err) {
    throw new PushTransportError(
      provider,
      'timeout',
      `${provider}: ${host(url)} stopped sending its answer (${(err as Error).message}).`,
      true,
      res.status,
    );
  }
  if (!text.trim()) {
    if (opts.allowText) return { status: res.status, text, json: null, headers: res.headers };
    throw new PushTransportError(
      provider,
      'empty',
      `${provider}: ${host(url)} answered HTTP ${res.status} with an empty body.`,
      true,
      res.status,
    );
  }
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    if (!opts.allowText) {
      const looksHtml = /^\s*</.test(text);
      const title = /<title>([^<]{0,80})/i.exec(text)?.[1];
      throw new PushTransportError(
        provider,
        'not-json',
        `${provider}: ${host(url)} answered HTTP ${res.status} with ${looksHtml ? `an HTML page${title ? ` ("${title.trim()}")` : ''}` : 'text that is not JSON'} instead of the API's JSON — a proxy, a captive portal, or a wrong baseUrl.`,
        true,
        res.status,
      );
    }
  }
  return { status: res.status, text, json, headers: res.headers };
}

export function form(fields: Record<string, string | number | undefined>): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) p.set(k, String(v));
  return p;
}
