import type { Resources } from './index';

export const detect: Resources = {
  en: {
    detect: {
      note: {
        hyperosMiuiKeys:
          'HyperOS still sets the MIUI version keys (ro.miui.ui.version.name V816); the ROM is HyperOS, not MIUI.',
        customRomOnVendor:
          '{{rom}} runs on this hardware instead of the vendor ROM: the vendor push service is usually absent, so offline pushes need FCM or the vendor SDK in the app process.',
        magicKeyOnHuawei:
          'This Huawei image carries ro.magic.api.version, a key Honor ROMs use; it is not an Honor phone.',
        honorOnHms:
          'An Honor phone from before the split (manufacturer HUAWEI): the IM SDKs use Huawei push (HMS) on it, not Honor push.',
        oplusBase:
          "ro.build.version.oplusrom ({{value}}) is the OPlus base shared with ColorOS, not this ROM's own version.",
        originosSaysFuntouch:
          'The phone reports ro.vivo.os.name=Funtouch, but it is a China model on Android 11+, which ships OriginOS.',
        genericSystemBrand:
          'The system partition carries a generic brand; the real one comes from {{key}} ({{value}}).',
        noPushService:
          'Neither a vendor push service nor Google Play services is installed: no push channel can deliver while the app is killed.',
        vendorMissingGmsPresent:
          'The {{channel}} push service is not installed, though Google Play services is: the app would need to fall back to FCM.',
        formFactor:
          'This is not a phone ({{formFactor}}): offline push works differently there and some checks may not apply.',
        derivedProduct:
          "{{keys}} are not in the dump; they were derived as Android's init does, from the partitions in the order {{order}}.",
        noModel:
          "The dump has no ro.product.model (nor a partition's): the model is unknown, the rest is detected from the other properties.",
      },
    },
  },
  'zh-CN': {
    detect: {
      note: {
        hyperosMiuiKeys:
          'HyperOS 仍然设置 MIUI 版本属性（ro.miui.ui.version.name 为 V816）；该系统是 HyperOS，不是 MIUI。',
        customRomOnVendor:
          '此硬件运行的是 {{rom}} 而非厂商系统：通常没有厂商推送服务，应用被杀后的离线推送需要依靠 FCM 或应用进程内的厂商 SDK。',
        magicKeyOnHuawei: '这台华为手机的系统镜像带有荣耀系统使用的 ro.magic.api.version 属性；它不是荣耀手机。',
        honorOnHms: '这是拆分前的荣耀手机（制造商为 HUAWEI）：IM SDK 会在其上使用华为推送（HMS），而不是荣耀推送。',
        oplusBase: 'ro.build.version.oplusrom（{{value}}）是与 ColorOS 共用的 OPlus 底层版本，不是该系统自己的版本号。',
        originosSaysFuntouch:
          '手机报告 ro.vivo.os.name=Funtouch，但它是 Android 11 及以上的国行机型，预装的是 OriginOS。',
        genericSystemBrand: '系统分区中是通用品牌值；真实品牌取自 {{key}}（{{value}}）。',
        noPushService: '既没有安装厂商推送服务，也没有 Google Play 服务：应用被杀后没有任何推送通道可以送达。',
        vendorMissingGmsPresent: '未安装 {{channel}} 推送服务，但有 Google Play 服务：应用需要回退到 FCM。',
        formFactor: '这不是手机（{{formFactor}}）：离线推送在此类设备上的行为不同，部分检查可能不适用。',
        derivedProduct: '转储中没有 {{keys}}；已按 Android init 的方式，按分区顺序 {{order}} 推导。',
        noModel: '转储中没有 ro.product.model（各分区也没有）：机型未知，其余信息仍按其他属性识别。',
      },
    },
  },
};
