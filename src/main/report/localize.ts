// Reports are written in one language: every Text of the run becomes a string here, and every
// string passes the secret redactor once more on the way out.
import { createI18n, translate, type Language } from '../../shared/i18n';
import type { Report, StepResult } from '../../shared/types';
import { redact, redactDeep } from '../secrets';

export interface LocalizedStep {
  id: string;
  status: StepResult['status'];
  title: string;
  summary: string;
  evidence: { source: string; excerpt: string }[];
  remediation: string[];
  actions: { id: string; label: string; kind: string }[];
  durationMs: number;
  data?: Record<string, unknown>;
}

export interface LocalizedReport {
  schemaVersion: 1;
  tool: Report['tool'];
  language: Language;
  startedAt: string;
  finishedAt: string;
  package: string;
  verdict: Report['verdict'];
  /** The one-line verdict (root cause first, or "PASS, 1 check by hand"). */
  headline?: string;
  device: {
    serial: string;
    server: string;
    brand?: string;
    model?: string;
    brandFamily?: string;
    rom?: { name: string; version: string };
    android?: { release: string; sdk: number };
    pushChannel?: string;
    notes: string[];
  };
  counts: Record<StepResult['status'], number>;
  steps: LocalizedStep[];
  userNotes?: string;
  testPushes?: Report['testPushes'];
  /** Set when the checklist ran on a snapshot, not on the phone. */
  snapshot?: Report['snapshot'];
}

export function localize(report: Report, language: Language): LocalizedReport {
  const i18n = createI18n(language);
  const t = (x: Parameters<typeof translate>[1]) => redact(translate(i18n, x));
  const det = report.device.detection;
  const counts = { pending: 0, running: 0, pass: 0, warn: 0, fail: 0, skip: 0, manual: 0 } as LocalizedReport['counts'];
  for (const s of report.steps) counts[s.status]++;
  // Once more over the whole thing (device facts, tool, data): every format is rendered from this.
  return redactDeep<LocalizedReport>({
    schemaVersion: report.schemaVersion,
    tool: report.tool,
    language,
    startedAt: report.startedAt,
    finishedAt: report.finishedAt,
    package: report.package,
    verdict: report.verdict,
    headline: report.headline ? t(report.headline) : undefined,
    device: {
      serial: report.device.serial,
      server: report.device.server,
      brand: det?.brand,
      model: det?.model,
      brandFamily: det?.brandFamily,
      rom: det?.rom,
      android: det?.android,
      pushChannel: det?.pushChannel,
      notes: det?.notes.map((n) => t(n)) ?? [],
    },
    counts,
    steps: report.steps.map((s) => ({
      id: s.id,
      status: s.status,
      title: t(s.title),
      summary: t(s.summary),
      evidence: s.evidence.map((e) => ({ source: redact(e.source), excerpt: redact(e.excerpt) })),
      remediation: s.remediation.map((r) => t(r)),
      actions: s.actions.map((a) => ({ id: a.id, label: t(a.label), kind: a.kind })),
      durationMs: s.durationMs,
      data: s.data ? redactDeep(s.data) : undefined,
    })),
    userNotes: report.userNotes ? redact(report.userNotes) : undefined,
    testPushes: report.testPushes,
    ...(report.snapshot ? { snapshot: report.snapshot } : {}),
  });
}
