import { useText } from '../i18n';
import type { StepStatus } from '../../../shared/types';

const ICON: Record<StepStatus, string> = {
  pending: '○',
  running: '◌',
  pass: '✓',
  warn: '!',
  fail: '✕',
  skip: '–',
  manual: '?',
};

/** Status shown by colour and by icon and word, so that it does not rest on colour alone. */
export function StatusBadge({ status }: { status: StepStatus }) {
  const { t } = useText();
  return (
    <span className={`badge status-${status}`}>
      <span aria-hidden="true" className={status === 'running' ? 'spin' : ''}>
        {ICON[status]}
      </span>
      {t(`status.${status}`)}
    </span>
  );
}
