// Virtual phone profiles: the properties of a real model of each ROM family (values follow the
// public captures in device-facts.md §1.2, with the traps they show), the vendor push service at a
// plausible version, and which channel the test app integrates.
import type { BrandFamily, VendorChannel } from '../../shared/types';

export interface PackageSpec {
  name: string;
  versionCode: number;
  versionName: string;
  system?: boolean;
  uid?: number;
}

export type ImSdk = 'tencent' | 'easemob' | 'vendor-demo';

export interface PhoneProfile {
  name: string;
  title: string;
  family: BrandFamily;
  props: Record<string, string>;
  /** The vendor push service (or Google Play services for FCM phones). */
  pushService?: PackageSpec;
  /** Other preinstalled packages that matter (GMS next to a vendor service, security centres). */
  packages: PackageSpec[];
  /** The channel the test app registers with on this phone. */
  appChannel: VendorChannel;
  imSdk: ImSdk;
}

interface BaseSpec {
  brand: string;
  manufacturer: string;
  model: string;
  name: string;
  device: string;
  release: string;
  sdk: number;
  buildId: string;
  incremental: string;
  display?: string;
  patch: string;
  locale?: string;
  timezone?: string;
  /** Write the vendor/odm/product partitions' brand as well (real images do). */
  partitions?: boolean;
}

function base(s: BaseSpec): Record<string, string> {
  const fingerprint = `${s.brand}/${s.name}/${s.device}:${s.release}/${s.buildId}/${s.incremental}:user/release-keys`;
  const props: Record<string, string> = {
    'ro.product.brand': s.brand,
    'ro.product.manufacturer': s.manufacturer,
    'ro.product.model': s.model,
    'ro.product.name': s.name,
    'ro.product.device': s.device,
    'ro.product.board': s.device,
    'ro.build.version.release': s.release,
    'ro.build.version.release_or_codename': s.release,
    'ro.build.version.sdk': String(s.sdk),
    'ro.build.version.security_patch': s.patch,
    'ro.build.version.incremental': s.incremental,
    'ro.build.id': s.buildId,
    'ro.build.display.id': s.display ?? `${s.buildId} release-keys`,
    'ro.build.type': 'user',
    'ro.build.tags': 'release-keys',
    'ro.build.fingerprint': fingerprint,
    'ro.build.characteristics': 'default',
    'ro.product.cpu.abi': 'arm64-v8a',
    'ro.product.cpu.abilist': 'arm64-v8a,armeabi-v7a,armeabi',
    'ro.product.locale': s.locale ?? 'zh-CN',
    'persist.sys.timezone': s.timezone ?? 'Asia/Shanghai',
    'ro.boot.serialno': 'virtual',
    'ro.debuggable': '0',
    'ro.secure': '1',
    'sys.boot_completed': '1',
    'init.svc.adbd': 'running',
    'persist.sys.usb.config': 'mtp,adb',
    'ro.crypto.state': 'encrypted',
    'gsm.version.baseband': '1.0.c2-00012-0221_0000_abcdef,1.0.c2-00012-0221_0000_abcdef',
    'dalvik.vm.heapsize': '512m',
    'net.bt.name': 'Android',
  };
  if (s.partitions !== false) {
    for (const part of ['vendor', 'odm', 'product', 'system_ext']) {
      props[`ro.product.${part}.brand`] = s.brand;
      props[`ro.product.${part}.manufacturer`] = s.manufacturer;
      props[`ro.product.${part}.model`] = s.model;
      props[`ro.product.${part}.name`] = s.name;
      props[`ro.product.${part}.device`] = s.device;
    }
  }
  return props;
}

const GMS: PackageSpec = {
  name: 'com.google.android.gms',
  versionCode: 244435035,
  versionName: '24.44.35 (190400-694012345)',
  system: true,
};

export const PROFILES: PhoneProfile[] = [
  {
    name: 'xiaomi-miui',
    title: 'Redmi Note 12 Pro, MIUI 14 (Android 13)',
    family: 'xiaomi',
    props: {
      ...base({
        brand: 'Redmi',
        manufacturer: 'Xiaomi',
        model: '22101316C',
        name: 'ruby',
        device: 'ruby',
        release: '13',
        sdk: 33,
        buildId: 'TP1A.220624.014',
        incremental: 'V14.0.10.0.TMOCNXM',
        patch: '2023-09-01',
      }),
      'ro.miui.ui.version.name': 'V140',
      'ro.miui.ui.version.code': '14',
      'ro.miui.region': 'CN',
      'ro.product.mod_device': 'ruby',
    },
    pushService: { name: 'com.xiaomi.xmsf', versionCode: 60010010, versionName: '6.0.1-C', system: true },
    packages: [
      { name: 'com.miui.securitycenter', versionCode: 40000740, versionName: '7.4.0-240315.0.1', system: true },
    ],
    appChannel: 'xiaomi',
    imSdk: 'tencent',
  },
  {
    name: 'xiaomi-hyperos',
    title: 'Xiaomi 14, HyperOS 2 (Android 15)',
    family: 'xiaomi',
    props: {
      ...base({
        brand: 'Xiaomi',
        manufacturer: 'Xiaomi',
        model: '23127PN0CC',
        name: 'houji',
        device: 'houji',
        release: '15',
        sdk: 35,
        buildId: 'AQ3A.240812.002',
        incremental: 'OS2.0.105.0.VNCCNXM',
        patch: '2025-01-01',
      }),
      // HyperOS keeps the MIUI keys with code 816: the trap that fools MIUI-only detectors.
      'ro.miui.ui.version.name': 'V816',
      'ro.miui.ui.version.code': '816',
      'ro.mi.os.version.name': 'OS2.0',
      'ro.mi.os.version.code': '2',
      'ro.mi.os.version.incremental': 'OS2.0.105.0.VNCCNXM',
      'ro.miui.region': 'CN',
    },
    pushService: { name: 'com.xiaomi.xmsf', versionCode: 60208020, versionName: '6.2.8-C', system: true },
    packages: [
      { name: 'com.miui.securitycenter', versionCode: 40001020, versionName: '10.2.0-241212.0.1', system: true },
    ],
    appChannel: 'xiaomi',
    imSdk: 'tencent',
  },
  {
    name: 'huawei-emui',
    title: 'HUAWEI P30, EMUI 10 (Android 10)',
    family: 'huawei',
    props: {
      ...base({
        brand: 'HUAWEI',
        manufacturer: 'HUAWEI',
        model: 'ELE-AL00',
        name: 'ELE-AL00',
        device: 'HWELE',
        release: '10',
        sdk: 29,
        buildId: 'HUAWEIELE-AL00',
        incremental: '10.1.0.162C00',
        display: 'ELE-AL00 10.1.0.162(C00E160R2P7)',
        patch: '2021-03-01',
      }),
      'ro.build.version.emui': 'EmotionUI_10.1.0',
      'ro.build.hw_emui_api_level': '23',
      'ro.confg.hw_systemversion': 'ELE-AL00 10.1.0.162(C00E160R2P7)',
    },
    pushService: { name: 'com.huawei.hwid', versionCode: 60800300, versionName: '6.8.0.300', system: true },
    packages: [{ name: 'com.huawei.systemmanager', versionCode: 1010013, versionName: '10.1.0.13', system: true }],
    appChannel: 'huawei',
    imSdk: 'tencent',
  },
  {
    name: 'huawei-harmonyos',
    title: 'HUAWEI Mate 40 Pro, HarmonyOS 3.1',
    family: 'huawei',
    props: {
      ...base({
        brand: 'HUAWEI',
        manufacturer: 'HUAWEI',
        model: 'NOH-AN00',
        name: 'NOH-AN00',
        device: 'HWNOH',
        release: '12',
        sdk: 31,
        buildId: 'HUAWEINOH-AN00',
        incremental: '103.1.0.44C00',
        display: 'NOH-AN00 3.1.0.44(C00E40R2P5)',
        patch: '2023-06-01',
      }),
      'hw_sc.build.platform.version': '3.1.0',
      'hw_sc.build.os.version': '3.0.0',
      'hw_sc.build.os.enable': 'true',
      'ro.build.version.emui': 'EmotionUI_13.1.0',
      'ro.build.hw_emui_api_level': '30',
      // Huawei images carry this Honor-looking key (a trap for detectors keyed on it).
      'ro.magic.api.version': '0.1',
    },
    pushService: { name: 'com.huawei.hwid', versionCode: 61100302, versionName: '6.11.0.302', system: true },
    packages: [{ name: 'com.huawei.systemmanager', versionCode: 1310030, versionName: '13.1.0.30', system: true }],
    appChannel: 'huawei',
    imSdk: 'easemob',
  },
  {
    name: 'honor-magicos',
    title: 'HONOR Magic7 Pro, MagicOS 10 (Android 16)',
    family: 'honor',
    props: {
      ...base({
        brand: 'HONOR',
        manufacturer: 'HONOR',
        model: 'PTP-AN20',
        name: 'PTP-AN20',
        device: 'HNPTP',
        release: '16',
        sdk: 36,
        buildId: 'HONORPTP-AN20',
        incremental: '10.0.0.115C00',
        display: 'PTP-AN20 10.0.0.115(C00E110R3P2)',
        patch: '2025-10-01',
      }),
      'ro.build.version.magic': 'MagicOS_10.0.0',
      'ro.build.magic_api_level': '42',
      'ro.magic.cversion': 'C636',
    },
    pushService: {
      name: 'com.hihonor.android.pushagent',
      versionCode: 80020300,
      versionName: '8.0.20.300',
      system: true,
    },
    packages: [{ name: 'com.hihonor.systemmanager', versionCode: 100003, versionName: '10.0.0.3', system: true }],
    appChannel: 'honor',
    imSdk: 'tencent',
  },
  {
    name: 'oppo-coloros',
    title: 'OPPO Find X7, ColorOS 14 (Android 14)',
    family: 'oppo',
    props: {
      ...base({
        brand: 'OPPO',
        manufacturer: 'OPPO',
        model: 'PHZ110',
        name: 'PHZ110',
        device: 'OP5D0DL1',
        release: '14',
        sdk: 34,
        buildId: 'UKQ1.231108.001',
        incremental: 'U.1a2b3c4',
        display: 'PHZ110_14.0.0.600(CN01)',
        patch: '2024-05-05',
      }),
      'ro.build.version.oplusrom': 'V14.0.0',
      'ro.build.version.oplusrom.display': '14.0.0',
      'ro.build.version.oplus.api': '30',
    },
    pushService: { name: 'com.heytap.mcs', versionCode: 6001000, versionName: '6.0.10', system: true },
    packages: [{ name: 'com.coloros.safecenter', versionCode: 14000017, versionName: '14.0.17', system: true }],
    appChannel: 'oppo',
    imSdk: 'tencent',
  },
  {
    name: 'oneplus-oxygenos',
    title: 'OnePlus 12, OxygenOS 15 (Android 15)',
    family: 'oneplus',
    props: {
      ...base({
        brand: 'OnePlus',
        manufacturer: 'OnePlus',
        model: 'CPH2581',
        name: 'CPH2581EEA',
        device: 'OP595DL1',
        release: '15',
        sdk: 35,
        buildId: 'AP3A.240617.008',
        incremental: 'V.1c2d3e4',
        display: 'CPH2581_15.0.0.406(EX01)',
        patch: '2025-02-01',
        locale: 'en-GB',
        timezone: 'Europe/London',
      }),
      // OnePlus runs on the OPlus base: this key reports the ColorOS base, not an OxygenOS version.
      'ro.build.version.oplusrom': 'V15.0.0',
      'ro.build.version.oplusrom.display': '15.0.0',
      'ro.build.version.ota': 'PJD110_11.F.21_4210_202502011200',
    },
    pushService: { name: 'com.heytap.mcs', versionCode: 6002000, versionName: '6.0.20', system: true },
    packages: [GMS, { name: 'com.oneplus.security', versionCode: 15000010, versionName: '15.0.10', system: true }],
    appChannel: 'oppo',
    imSdk: 'tencent',
  },
  {
    name: 'realme-ui',
    title: 'realme GT 7 Pro, realme UI 7.0 (Android 16)',
    family: 'realme',
    props: {
      // Generic system image: the system partition says `oplus`, the real brand sits in vendor/odm.
      ...base({
        brand: 'realme',
        manufacturer: 'realme',
        model: 'RMX5200',
        name: 'RMX5200',
        device: 'RE5C8BL1',
        release: '16',
        sdk: 36,
        buildId: 'BP2A.250605.015',
        incremental: 'W.2c3d4e5',
        display: 'RMX5200_16.0.8.301(CN01)',
        patch: '2025-09-05',
      }),
      'ro.product.system.brand': 'oplus',
      'ro.product.system.manufacturer': 'oplus',
      'ro.product.system.model': 'qssi',
      'ro.build.version.oplusrom': 'V16.1.0',
      'ro.build.version.oplusrom.display': '16.0.8',
    },
    pushService: { name: 'com.heytap.mcs', versionCode: 6003000, versionName: '6.0.30', system: true },
    packages: [{ name: 'com.coloros.safecenter', versionCode: 16000008, versionName: '16.0.8', system: true }],
    appChannel: 'oppo',
    imSdk: 'easemob',
  },
  {
    name: 'vivo-funtouch',
    title: 'vivo V27, Funtouch OS 13 (Android 13)',
    family: 'vivo',
    props: {
      ...base({
        brand: 'vivo',
        manufacturer: 'vivo',
        model: 'V2231',
        name: 'PD2231F_EX',
        device: 'PD2231F',
        release: '13',
        sdk: 33,
        buildId: 'TP1A.220624.014',
        incremental: 'compiler03081502',
        display: 'PD2231F_EX_A_13.0.15.11.W30',
        patch: '2024-03-01',
        locale: 'en-IN',
        timezone: 'Asia/Kolkata',
      }),
      'ro.vivo.os.name': 'Funtouch',
      'ro.vivo.os.version': '13.0',
      'ro.vivo.os.build.display.id': 'FuntouchOS_13.0',
      'ro.vivo.product.overseas': 'yes',
    },
    pushService: { name: 'com.vivo.pushservice', versionCode: 4100000, versionName: '4.1.0.0', system: true },
    packages: [
      GMS,
      { name: 'com.vivo.permissionmanager', versionCode: 13000020, versionName: '13.0.20', system: true },
    ],
    appChannel: 'vivo',
    imSdk: 'tencent',
  },
  {
    name: 'vivo-originos',
    title: 'vivo X200 Pro, OriginOS 5 (Android 15)',
    family: 'vivo',
    props: {
      ...base({
        brand: 'vivo',
        manufacturer: 'vivo',
        model: 'V2425A',
        name: 'PD2425',
        device: 'PD2425',
        release: '15',
        sdk: 35,
        buildId: 'AP3A.240905.015.A2',
        incremental: 'compiler11181540',
        display: 'PD2425_A_15.0.18.8.W10.V000L1',
        patch: '2025-01-01',
      }),
      'ro.vivo.os.name': 'OriginOS',
      'ro.vivo.os.version': '15.0',
      'ro.vivo.os.build.display.id': 'OriginOS_5.0',
      'ro.vivo.product.overseas': 'no',
    },
    pushService: { name: 'com.vivo.pushservice', versionCode: 4200001, versionName: '4.2.0.1', system: true },
    packages: [{ name: 'com.vivo.permissionmanager', versionCode: 15000011, versionName: '15.0.11', system: true }],
    appChannel: 'vivo',
    imSdk: 'easemob',
  },
  {
    name: 'meizu-flyme',
    title: 'MEIZU 21 Pro, Flyme 10.5 (Android 14)',
    family: 'meizu',
    props: {
      ...base({
        brand: 'meizu',
        manufacturer: 'Meizu',
        model: 'MEIZU 21 Pro',
        name: 'meizu_21Pro_CN',
        device: 'meizu21Pro',
        release: '14',
        sdk: 34,
        buildId: 'UKQ1.231003.002',
        incremental: '1709712345',
        display: 'Flyme 10.5.5.1A',
        patch: '2024-03-01',
      }),
      'ro.product.flyme.model': 'M2481',
      'ro.flyme.published': 'true',
      'ro.meizu.setupwizard.flyme': 'true',
      'ro.flyme.version.id': 'Flyme 10.5.5.1A',
    },
    pushService: { name: 'com.meizu.cloud', versionCode: 10050501, versionName: '10.5.5', system: true },
    packages: [{ name: 'com.meizu.safe', versionCode: 10050012, versionName: '10.5.12', system: true }],
    appChannel: 'meizu',
    imSdk: 'tencent',
  },
  {
    name: 'samsung-oneui',
    title: 'Samsung Galaxy S24, One UI 7 (Android 15)',
    family: 'samsung',
    props: {
      ...base({
        brand: 'samsung',
        manufacturer: 'samsung',
        model: 'SM-S921B',
        name: 'e1sxeea',
        device: 'e1s',
        release: '15',
        sdk: 35,
        buildId: 'AP3A.240905.015.A2',
        incremental: 'S921BXXU4BYD9',
        display: 'AP3A.240905.015.A2.S921BXXU4BYD9',
        patch: '2025-05-01',
        locale: 'en-GB',
        timezone: 'Europe/Berlin',
      }),
      'ro.build.version.oneui': '70000',
      'ro.build.PDA': 'S921BXXU4BYD9',
      'ro.csc.sales_code': 'EUX',
    },
    pushService: GMS,
    packages: [{ name: 'com.samsung.android.lool', versionCode: 1500000100, versionName: '15.0.00.100', system: true }],
    appChannel: 'fcm',
    imSdk: 'tencent',
  },
  {
    name: 'pixel',
    title: 'Google Pixel 8, Android 15',
    family: 'google',
    props: {
      ...base({
        brand: 'google',
        manufacturer: 'Google',
        model: 'Pixel 8',
        name: 'shiba',
        device: 'shiba',
        release: '15',
        sdk: 35,
        buildId: 'AP4A.250205.002',
        incremental: '12821496',
        patch: '2025-02-05',
        locale: 'en-US',
        timezone: 'America/Los_Angeles',
      }),
      'ro.build.display.id': 'AP4A.250205.002',
    },
    pushService: GMS,
    packages: [],
    appChannel: 'fcm',
    imSdk: 'easemob',
  },
];

export function findProfile(name: string): PhoneProfile | undefined {
  return PROFILES.find((p) => p.name === name);
}

export const PROFILE_NAMES = PROFILES.map((p) => p.name);
