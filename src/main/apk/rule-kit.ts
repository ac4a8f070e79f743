// The building blocks of manifest rules: a requirement checks a manifest model and returns findings.
// The rules themselves are per vendor (src/main/vendors/<id>/manifest.ts) plus the common ones in
// ./rules.ts.
import type { Text } from '../../shared/types';
import type { ComponentKind, ComponentModel, ManifestModel } from './manifest';

export interface Finding {
  severity: 'fail' | 'warn' | 'info';
  code: string;
  message: Text;
  /** The manifest line to add or change. */
  fix?: string;
  /** Where in the manifest (element path). */
  where?: string;
}

export function hasAction(c: ComponentModel, action: string): boolean {
  return c.intentFilters.some((f) => f.actions.includes(action));
}

export function componentsWith(
  m: ManifestModel,
  kind: ComponentKind | ComponentKind[],
  action: string,
): ComponentModel[] {
  const kinds = Array.isArray(kind) ? kind : [kind];
  return m.components.filter((c) => kinds.includes(c.kind) && hasAction(c, action));
}

export function component(m: ManifestModel, name: string): ComponentModel | undefined {
  return m.components.find((c) => c.name === name);
}

export const tag = (kind: ComponentKind) => (kind === 'activity-alias' ? 'activity-alias' : kind);

export interface Requirement {
  check(m: ManifestModel): Finding[];
}

export const needComponent = (
  kind: ComponentKind,
  name: string,
  severity: 'fail' | 'warn',
  attrs = '',
): Requirement => ({
  check: (m) =>
    component(m, name)
      ? []
      : [
          {
            severity,
            code: 'missing-component',
            message: { key: 'manifest.missingComponent', params: { kind, name } },
            fix: `<${kind} android:name="${name}"${attrs} />`,
            where: `application/${kind}`,
          },
        ],
});

export const needAction = (
  kind: ComponentKind | ComponentKind[],
  action: string,
  severity: 'fail' | 'warn',
  exampleClass: (pkg: string) => string,
): Requirement => ({
  check: (m) => {
    if (componentsWith(m, kind, action).length) return [];
    const k = Array.isArray(kind) ? kind[0] : kind;
    // Is there a component that looks meant for it but lacks this action? Name it.
    return [
      {
        severity,
        code: 'missing-action',
        message: { key: 'manifest.missingAction', params: { kind: k, action } },
        fix: `<${k} android:name="${exampleClass(m.package)}" android:exported="${k === 'service' ? 'false' : 'true'}"><intent-filter><action android:name="${action}" /></intent-filter></${k}>`,
        where: `application/${k}`,
      },
    ];
  },
});

export const needPermission = (name: string, severity: 'fail' | 'warn'): Requirement => ({
  check: (m) =>
    m.usesPermissions.includes(name)
      ? []
      : [
          {
            severity,
            code: 'missing-permission',
            message: { key: 'manifest.missingPermission', params: { name } },
            fix: `<uses-permission android:name="${name}" />`,
            where: 'manifest/uses-permission',
          },
        ],
});

/** The app's own `<package>.permission.X`, declared with the right protection level and used. */
export const needOwnPermission = (suffix: string, level: string, severity: 'fail' | 'warn'): Requirement => ({
  check: (m) => {
    const name = `${m.package}.${suffix}`;
    const out: Finding[] = [];
    const declared = m.permissions.find((p) => p.name === name);
    if (!declared)
      out.push({
        severity,
        code: 'missing-own-permission',
        message: { key: 'manifest.missingOwnPermission', params: { name, level } },
        fix: `<permission android:name="${name}" android:protectionLevel="${level}" />`,
        where: 'manifest/permission',
      });
    else if (!declared.protectionLevel.includes(level))
      out.push({
        severity: 'warn',
        code: 'protection-level',
        message: {
          key: 'manifest.protectionLevel',
          params: { name, level, actual: declared.protectionLevel.join('|') },
        },
        fix: `<permission android:name="${name}" android:protectionLevel="${level}" />`,
        where: 'manifest/permission',
      });
    if (!m.usesPermissions.includes(name))
      out.push({
        severity,
        code: 'missing-permission',
        message: { key: 'manifest.missingPermission', params: { name } },
        fix: `<uses-permission android:name="${name}" />`,
        where: 'manifest/uses-permission',
      });
    return out;
  },
});

export const needMeta = (name: string, severity: 'fail' | 'warn', example: string): Requirement => ({
  check: (m) =>
    name in m.metaData
      ? []
      : [
          {
            severity,
            code: 'missing-meta-data',
            message: { key: 'manifest.missingMeta', params: { name } },
            fix: `<meta-data android:name="${name}" android:value="${example}" />`,
            where: 'application/meta-data',
          },
        ],
});

export const exampleClass = (suffix: string) => (pkg: string) => `${pkg}.push.${suffix}`;

/** The major version of a dotted version string, or undefined. */
export const major = (v: string | undefined) => (v && /^\d+/.test(v) ? Number(/^\d+/.exec(v)![0]) : undefined);
