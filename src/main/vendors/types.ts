// What the product knows about one push channel, kept in that vendor's folder
// (src/main/vendors/<id>/) and registered in ./registry.ts. Facts the virtual phone and the UI
// share (ids, names, service packages, secret fields) are in src/shared/vendors.ts; the sender,
// which loads HTTP code, is registered apart (src/main/push/providers/index.ts) so that reading a
// log or a manifest never loads it. Every field is required: a vendor that says nothing about one
// of them (no settings screen, no Tencent IM line) says so with an empty list, so that a new vendor
// cannot be added without deciding each one.
import type { ImId, VendorId } from '../../shared/vendors';
import type { BrandFamily, Text } from '../../shared/types';
import type { Requirement } from '../apk/rule-kit';
import type { ManifestModel } from '../apk/manifest';
import type { CodeTable } from '../logs/code-table';
import type { LinePattern } from '../logs/patterns';

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

/** A ROM as detection names it, with the properties that told it. */
export interface RomResult {
  name: string;
  version: string;
  evidence: string[];
  notes: Text[];
}

/** What a family's ROM rule gets: the properties and what detection already decided. */
export interface RomContext {
  props: Record<string, string>;
  family: BrandFamily;
  manufacturer: string;
  model: string;
  sdk: number;
  /** Android's release (`ro.build.version.release`), for a ROM rule that finds plain Android. */
  release: string;
}

/** A brand family (the phone maker, as the settings screens and ROMs differ) and its ROM. */
export interface FamilyRule {
  family: BrandFamily;
  /** Build.BRAND and Build.MANUFACTURER, lower-cased, that make a phone of this family. */
  matches(brand: string, manufacturer: string): boolean;
  /** The ROM from its properties, or null when none of its keys is there (then: Android). */
  rom(ctx: RomContext): RomResult | null;
  /** A custom ROM on this family (or on a phone with one of these keys left) gets a note. */
  customRomNote?: { keys: string[] };
}

export interface VendorDetection {
  /**
   * Place in the IM SDKs' brand order (Tencent TUIOfflinePush BrandUtil: Xiaomi, Honor, Huawei,
   * Meizu, OPPO family, vivo, else FCM): the first vendor whose brand rule matches is the channel
   * the app on the phone picks, and its families are tried in this order too.
   */
  brandOrder: number;
  /** The channel reason (`brand:…`) when Build.BRAND/MANUFACTURER (lower-cased) pick this channel. */
  channelFor(brand: string, manufacturer: string): string | null;
  /** The brand families whose phones run this vendor's push service, in the order they are tried. */
  families: FamilyRule[];
}

/** Settings screens a user (or Push Doctor, through `am start`) can open on a family's phones. */
export interface SettingsScreen {
  id: string;
  /** `pkg/cls` for an explicit component, absent for a standard Settings action. */
  component?: string;
  /** A standard Settings action (`android.settings.…`). */
  action?: string;
  /** Whether `am start` from the shell can open it. */
  exported: boolean;
  purpose: 'autostart' | 'battery' | 'permissions' | 'notifications' | 'app-details' | 'battery-optimization';
  families: BrandFamily[] | 'all';
  /** Lowest SDK where this screen exists, when known. */
  minSdk?: number;
}

/**
 * Whether a family's ROM has its own how-to text: `check.power.autostart.<family>` (its autostart or
 * background switch, which the shell cannot read) and `check.notifications.enable.<family>`.
 */
export interface FamilyGuide {
  family: BrandFamily;
  autostart: boolean;
  notifications: boolean;
}

/**
 * The log lines that tell this channel's push story, by who prints them. The scanner tries them in
 * stages, first match winning (src/main/logs/patterns.ts, PATTERNS): Tencent IM's lines for the
 * channel before Tencent IM's own, Easemob's own before its lines for the channel, then the vendor
 * SDKs' lines.
 */
export interface VendorLogLines {
  /** What Tencent IM's TUIOfflinePush prints for this channel. */
  tencentIm: LinePattern[];
  /** What Easemob's push helper and demo print for this channel. */
  easemob: LinePattern[];
  /** What the vendor's SDK, its demos and apps around it print. */
  sdk: LinePattern[];
  /** How the IM SDKs name this channel in a line (Easemob `HMSPUSH`, TPNS `huawei`), exactly. */
  typeNames: string[];
  /**
   * Words (regex alternatives) the scanner's one-pass prefilter lets through for these lines, beyond
   * the common ones in src/main/logs/patterns.ts (a line that passes no alternative is never matched).
   */
  keywords: string[];
}

/** What a vendor's delivery rules mean for a test push (the push.vendorPolicy step). */
export interface VendorPolicy {
  /** i18n keys of the rules to read (quotas, classification, test mode), shown on every run. */
  notes: string[];
  /** Refusal codes that mean a policy limit, by kind (`check.policy.code.<kind>`). */
  codes: Record<string, 'quota' | 'classification' | 'testMode' | 'frequency'>;
}

export interface VendorModule {
  id: VendorId;
  manifest: VendorManifest;
  token: TokenShape;
  /** The codes its SDK prints in log lines, with their meaning. */
  logCodes: CodeTable;
  detection: VendorDetection;
  /** Vendor settings screens (the standard Android ones are in src/main/device/screens.ts). */
  screens: SettingsScreen[];
  guides: FamilyGuide[];
  logLines: VendorLogLines;
  /** Codes of its push API that Push Doctor explains (texts `push.code.<id>.c<code>`). */
  apiCodes: string[];
  policy: VendorPolicy;
}

/** An IM SDK's own log lines (what it prints for a vendor channel is in the vendor's folder). */
export interface ImLogLines {
  /** Tried right after the vendors' lines of this stage (see VendorLogLines). */
  first: LinePattern[];
  /** Tried last, after every vendor's SDK lines (loose shapes that would shadow them). */
  last: LinePattern[];
  keywords: string[];
}

/** What the product knows about an IM service that pushes through the vendor channels. */
export interface ImModule {
  id: ImId;
  /** The `sdk` names of its log lines whose codes its table explains. */
  sdkNames: string[];
  logCodes: CodeTable;
  logLines: ImLogLines;
  /** Codes of its REST API that Push Doctor explains (texts `push.code.<id>.c<code>`). */
  apiCodes: string[];
}
