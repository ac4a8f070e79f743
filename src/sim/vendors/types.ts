// What the virtual phone and the stand-ins know about one push channel, as one object per vendor
// (src/sim/vendors/<id>/), registered in ./registry.ts. These are the phone's own facts, written
// from device-facts.md and push-apis.md, never read from the product (src/main): the phone is the
// product's witness, so a wrong entry on either side shows up as a disagreement.
import type { BrandFamily } from '../../shared/types';
import type { ClickAction } from '../../shared/profile';
import type { PackageSpec, PhoneProfile } from '../profiles';
import type { AppStartLine } from '../phone/phone';
import type { ManifestCtx, ManifestParts } from '../apks/manifest-parts';
import type { StandinModule } from '../standins/kit';

/** A ROM as the phone reports it. */
export interface RomFacts {
  name: string;
  version: string;
  family: BrandFamily;
}

/**
 * Recognises a vendor ROM by the keys only that ROM sets (device-facts.md §1). The rules of all
 * vendors are tried in registry order, after the custom ROMs and before plain Android; a ROM that
 * ships this vendor's push service returns its facts.
 */
export type RomRule = (
  props: Record<string, string>,
  build: { brand: string; manufacturer: string },
) => RomFacts | undefined;

export interface RomActivity {
  /** `pkg/fully.qualified.Class`. */
  component: string;
  /** Whether a caller outside the package (the shell) may start it. */
  exported: boolean;
  /** Lowest SDK whose ROM has it. */
  minSdk?: number;
}

/** Bytes for a token, the same for the same seed (sdk-logs.ts). */
export type TokenBytes = (seed: string, n: number) => Buffer;

export interface SimVendor {
  /** The system packages that carry this push channel, any one of them (device-facts.md §2). */
  servicePackages: readonly string[];
  /** That service as a phone built from a property dump carries it (a plausible version). */
  service: PackageSpec;
  /** The ROMs that ship this service. */
  roms: readonly RomRule[];
  /**
   * The settings activities of this vendor's ROM families that people open from a shell to fix
   * background limits (device-facts.md §6), with their exported state.
   */
  romActivities: Partial<Record<BrandFamily, readonly RomActivity[]>>;
  /** Built-in virtual phones of this vendor's brands, in the order `sim list` shows them. */
  profiles: readonly PhoneProfile[];
  /**
   * A token with the vendor's real shape: `bytes` are 160 bytes derived from vendor and seed,
   * `digest` derives more from any seed.
   */
  token(seed: string, bytes: Buffer, digest: TokenBytes): string;
  /** The test app's manifest entries for this channel's SDK, as the vendor documents them. */
  manifest(c: ManifestCtx): ManifestParts;
  /** What Tencent's TUIOfflinePush logs for this channel (device-facts.md §5). */
  tencent: {
    /** `code des` of its token error. */
    error: string;
    /** The lines around a token the vendor SDK handed out; `tag(cls)` is TUIOfflinePush's tag. */
    lines(token: string, tag: (cls: string) => string): AppStartLine[];
    /** The AndroidInfo field naming this vendor's notification channel in a REST push, if any. */
    androidInfoChannelKey?: string;
  };
  /** The push type Easemob's EMPushHelper names this channel by. */
  easemobType: string;
  /** How the test app is set up in this vendor's console, as an app profile says it. */
  appProfile: {
    /** The notification channel the console sends to, when the vendor's API names one. */
    channel?: string;
    /** What a tap opens, in the form this vendor's console takes (an intent URI, a class name, the app). */
    clickAction(target: { uri: string; className: string }): ClickAction;
  };
  /** Its push API's stand-in: credentials, URLs, routes, signature checks. */
  standin: StandinModule<unknown>;
}

/** An IM service: its REST API's stand-in and what its SDK logs at app start around the vendor token. */
export interface SimIm {
  standin: StandinModule<unknown>;
  appStartLines(input: { vendor: SimVendor; token: string | null; package: string; reportOk: boolean }): AppStartLine[];
}
