// What the product knows about one push channel, kept in that vendor's folder
// (src/main/vendors/<id>/) and registered in ./registry.ts. Facts the virtual phone and the UI
// share (ids, names, service packages, secret fields) are in src/shared/vendors.ts; the sender,
// which loads HTTP code, is registered apart (src/main/push/providers/index.ts) so that reading a
// log or a manifest never loads it.
import type { VendorId } from '../../shared/vendors';
import type { Requirement } from '../apk/rule-kit';
import type { ManifestModel } from '../apk/manifest';
import type { CodeTable } from '../logs/code-table';

export interface VendorManifest {
  /** What an app integrating this channel must declare. */
  rules: Requirement[];
  /** Requirements that depend on targetSdk or on the SDK version the manifest reveals. */
  versioned?: Requirement[];
  /** What betrays the SDK in a manifest: any one of these makes the channel integrated. */
  signs: { prefixes: string[]; actions: string[]; meta: string[]; permissions: RegExp[] };
  /** The SDK's version when its AAR writes it into the merged manifest. */
  sdkVersion?(m: ManifestModel): string | undefined;
}

export interface TokenShape {
  test(token: string): boolean;
  /** What a token looks like, in words (shown when one does not). */
  expected: string;
}

export interface VendorModule {
  id: VendorId;
  manifest: VendorManifest;
  token: TokenShape;
  /** The codes its SDK prints in log lines, with their meaning. */
  logCodes: CodeTable;
}
