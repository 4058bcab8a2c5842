import { Badge, type BadgeProps } from '@fluentui/react-components';
import { isClosed } from '../../domain/activity';
import { useT } from '../i18n';
import type { Priority, Status } from '../types';

/**
 * An activity's status and priority as badges: the word is always there (colour is never the only
 * signal); open statuses are tinted, closed ones (klar, avförd) an outline, quieter but readable.
 */
const STATUS_LOOK: Record<Status, Pick<BadgeProps, 'appearance' | 'color'>> = {
  ny: { appearance: 'tint', color: 'brand' },
  pågår: { appearance: 'tint', color: 'informative' },
  väntar: { appearance: 'tint', color: 'warning' },
  klar: { appearance: 'outline', color: 'informative' },
  avförd: { appearance: 'ghost', color: 'informative' },
};

const PRIORITY_LOOK: Record<Priority, Pick<BadgeProps, 'appearance' | 'color'>> = {
  hög: { appearance: 'tint', color: 'danger' },
  normal: { appearance: 'outline', color: 'informative' },
  låg: { appearance: 'ghost', color: 'informative' },
};

export function StatusBadge({ status }: { status: Status }) {
  const t = useT();
  return (
    <Badge shape="rounded" {...STATUS_LOOK[status]} data-testid="status-badge" data-closed={isClosed(status)}>
      {t(`tab.status.${status}`)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: Priority }) {
  const t = useT();
  return (
    <Badge shape="rounded" {...PRIORITY_LOOK[priority]} data-testid="priority-badge">
      {t(`tab.priority.${priority}`)}
    </Badge>
  );
}
