// The contract between the push-service stand-ins and the virtual phones they deliver to.
import type { ProviderName, VendorChannel } from '../../shared/types';

export interface PushEnvelope {
  vendor: VendorChannel;
  token: string;
  package: string;
  title: string;
  body: string;
  channelId?: string;
  /** Intent URI (or component) started when the notification is tapped. */
  clickIntent?: string;
  ext?: Record<string, string>;
  messageId: string;
  testMode?: boolean;
  /** FCM android.priority as sent (HTTP v1 accepts "high"/"normal" in any case); absent means normal. */
  priority?: 'high' | 'normal';
  /** Which API it came through (a vendor's, or an IM server pushing through the vendor). */
  via: ProviderName;
}

export type DeliveryOutcome = { shown: true; key: string; intercepted: boolean } | { shown: false; reason: string };

export interface SimPhoneHandle {
  package: string;
  deliver(envelope: PushEnvelope): DeliveryOutcome;
}

export interface PhoneRegistry {
  lookup(vendor: VendorChannel, token: string): SimPhoneHandle | undefined;
}

/** What the IM stand-ins learn when a virtual app reports its token, as a real IM SDK does. */
export interface TokenReport {
  imSdk: 'tencent' | 'easemob' | 'vendor-demo';
  user: string;
  vendor: VendorChannel;
  token: string;
  package: string;
}

/** `echo`: a gateway that answers 400 with the whole request (URL, authorization, body) in its error, raw, URL- and base64-encoded. */
export type StandinFault = '429' | '500' | 'html' | 'empty' | 'hang' | 'quota' | 'expire-auth' | 'echo';
