// The push channels and IM services Push Doctor knows: the one table every list of vendors in the
// product and the UI derives from (ids, names, the phone's push-service packages, how a console
// names a tap target, which profile fields are secrets). What only the product needs about a
// vendor (manifest rules, token shape, codes, sender) lives in src/main/vendors/<id>/, registered
// in src/main/vendors/registry.ts. The virtual phone keeps its own tables on purpose (it is the
// product's witness), so it reads nothing here but ids. Adding a vendor: README, "Adding a vendor".

/** Vendor push channels, in the order the UI lists them. */
export const VENDOR_IDS = ['xiaomi', 'huawei', 'honor', 'oppo', 'vivo', 'meizu', 'fcm'] as const;
export type VendorId = (typeof VENDOR_IDS)[number];

/** IM services that push through the vendor channel the app reported its token for. */
export const IM_IDS = ['tencent-im', 'easemob'] as const;
export type ImId = (typeof IM_IDS)[number];

export interface VendorFacts {
  name: string;
  /** Packages of the vendor's push service on the phone (any one of them, installed and enabled). */
  servicePackages: readonly string[];
  /**
   * How the vendor's console names what a tap opens: an intent URI (`intent://…#Intent;…;end`), an
   * activity class name, or an intent-filter action (FCM click_action).
   */
  clickForm: 'uri' | 'class' | 'action';
  /** Profile fields of this provider that are secrets (masked in the UI, never logged). */
  secretFields: readonly string[];
}

export const VENDORS: Record<VendorId, VendorFacts> = {
  xiaomi: {
    name: 'Xiaomi MiPush',
    servicePackages: ['com.xiaomi.xmsf'],
    clickForm: 'uri',
    secretFields: ['appSecret'],
  },
  huawei: {
    name: 'Huawei Push Kit (HMS)',
    servicePackages: ['com.huawei.hwid', 'com.huawei.hwid.tv', 'com.huawei.hwid.car', 'com.huawei.hms'],
    clickForm: 'uri',
    secretFields: ['clientSecret'],
  },
  honor: {
    name: 'Honor Push',
    servicePackages: ['com.hihonor.android.pushagent'],
    clickForm: 'uri',
    secretFields: ['clientSecret'],
  },
  oppo: {
    name: 'OPPO / HeyTap Push',
    servicePackages: ['com.heytap.mcs', 'com.coloros.mcs'],
    clickForm: 'class',
    secretFields: ['masterSecret'],
  },
  vivo: { name: 'vivo Push', servicePackages: ['com.vivo.pushservice'], clickForm: 'uri', secretFields: ['appSecret'] },
  meizu: {
    name: 'Meizu Flyme Push',
    servicePackages: ['com.meizu.cloud'],
    clickForm: 'class',
    secretFields: ['appSecret'],
  },
  fcm: {
    name: 'Firebase Cloud Messaging',
    servicePackages: ['com.google.android.gms'],
    clickForm: 'action',
    secretFields: ['serviceAccount'],
  },
};

export const IM_SERVICES: Record<ImId, { name: string; secretFields: readonly string[] }> = {
  'tencent-im': { name: 'Tencent Cloud IM', secretFields: ['secretKey'] },
  easemob: { name: 'Easemob (Agora Chat)', secretFields: ['clientSecret'] },
};

/** Vendors whose console names the tap target a given way. */
export const vendorsWithClickForm = (form: VendorFacts['clickForm']): VendorId[] =>
  VENDOR_IDS.filter((v) => VENDORS[v].clickForm === form);
