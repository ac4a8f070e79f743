// What every stand-in route is written with: the request and answer shapes, and the context the
// server hands each provider's module (src/sim/vendors/<id>/standin.ts) — its own credentials and
// the shared state (issued auth tokens, quotas, the phones that hold device tokens).
import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import type { ProviderName, VendorChannel } from '../../shared/types';
import type { AppProfile } from '../../shared/profile';
import type { VendorId } from '../../shared/vendors';
import type { PushEnvelope, SimPhoneHandle, TokenReport } from './types';
import type { SimVendor } from '../vendors/types';

export interface StandinUrls {
  baseUrl: string;
  authUrl?: string;
  tokenUrl?: string;
}

export interface Req {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
  form: URLSearchParams;
  json: unknown;
}
export interface Res {
  status: number;
  body: unknown;
  /** Deliver this after answering. */
  deliver?: PushEnvelope[];
}
export type Handler = (req: Req) => Promise<Res> | Res;

export const j = (status: number, body: unknown, deliver?: PushEnvelope[]): Res => ({ status, body, deliver });
export const rnd = (n: number) => randomBytes(n).toString('hex');

/** The intent a console's tap target starts: a URI as given, a class name (OPPO, Meizu) as an explicit component. */
export function clickIntent(c: { type?: string; value?: string } | undefined, pkg: string): string | undefined {
  if (!c?.value) return undefined;
  if (c.value.startsWith('intent:') || /^[a-z][\w+.-]*:\/\//i.test(c.value)) return c.value;
  return `intent:#Intent;component=${pkg}/${c.value};end`;
}

/** What the server gives one provider's routes (bound to that provider). */
export interface StandinContext<C> {
  /** This provider's credentials (after the caller's overrides). */
  cred: C;
  /** The app package the credentials belong to. */
  package: string;
  /** `http://host:port` of the server, known once it listens. */
  origin(): string;
  route(method: string, re: RegExp, handle: Handler): void;
  /** A new auth token of this provider, valid for `ttlSec`. */
  issue(ttlSec: number): string;
  /** Whether an auth token was issued by this provider and has not expired. */
  valid(token: string | undefined): boolean;
  /** The same, telling an expired token from one never issued (Huawei answers them differently). */
  tokenState(token: string | undefined): 'valid' | 'expired' | 'unknown';
  /** Counts a message; true once this provider's quota is used up. */
  overQuota(): boolean;
  /** The virtual phone holding a device token of a vendor, if any. */
  phone(vendor: VendorChannel, token: string): SimPhoneHandle | undefined;
  /** A device token the vendor now reports as expired (`expireDeviceToken`). */
  deviceTokenExpired(token: string): boolean;
  /** What virtual apps reported to an IM service for a user. */
  tokenReports(sdk: 'tencent' | 'easemob', user: string): TokenReport[];
  /** Every vendor's facts (the IM services push through them). */
  vendors: Record<VendorId, SimVendor>;
}

/** A provider's entry in an app profile (src/shared/profile.ts). */
export type ProviderConfig<P extends ProviderName> = NonNullable<AppProfile['providers'][P]>;

/**
 * One provider's stand-in. `credKey` names its entry in StandinCredentials (Tencent IM's is
 * `tencent`, the rest their provider id).
 */
export interface StandinModule<C, K extends string = string, P extends ProviderName = ProviderName> {
  credKey: K;
  credentials(): C;
  urls(origin: string): StandinUrls;
  routes(s: StandinContext<C>): void;
  /** The provider's entry of an app profile that points at this stand-in (files: the FCM service account's path). */
  profile(c: C, urls: StandinUrls, files: { serviceAccountFile: string }): ProviderConfig<P>;
}
