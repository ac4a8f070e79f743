// Report export in every format the fronts offer; file names carry the package, phone and time.
import type { Report } from '../../shared/types';
import type { Language } from '../../shared/i18n';
import { localize } from './localize';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import { toJUnit } from './junit';

export type ReportFormat = 'html' | 'md' | 'json' | 'junit';

const MIME: Record<ReportFormat, string> = {
  html: 'text/html;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  json: 'application/json',
  junit: 'application/xml',
};

export function renderReport(report: Report, format: ReportFormat, language: Language = 'en'): string {
  const loc = localize(report, language);
  switch (format) {
    case 'html':
      return toHtml(loc);
    case 'md':
      return toMarkdown(loc);
    case 'junit':
      return toJUnit(loc);
    default:
      return JSON.stringify(loc, null, 2) + '\n';
  }
}

export function exportReport(
  report: Report,
  format: ReportFormat,
  language: Language = 'en',
): { filename: string; mime: string; content: string } {
  const stamp = report.finishedAt.replace(/[:.]/g, '-').slice(0, 19);
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');
  const ext = format === 'junit' ? 'xml' : format;
  return {
    filename: `push-doctor-${safe(report.package)}-${safe(report.device.serial)}-${stamp}.${ext}`,
    mime: MIME[format],
    content: renderReport(report, format, language),
  };
}
