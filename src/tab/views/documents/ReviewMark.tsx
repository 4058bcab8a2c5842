import { Badge } from '@fluentui/react-components';
import { CalendarClock16Regular, Warning16Filled } from '@fluentui/react-icons';
import { useT } from '../../i18n';
import type { ReviewDue } from '../../../domain/documentReview';

/** "Försenad" / "Snart" beside a next review date: icon and text, never colour alone. */
export function ReviewMark({ due }: { due: ReviewDue }) {
  const t = useT();
  if (due === null) return null;
  const overdue = due === 'overdue';
  return (
    <Badge
      appearance="tint"
      color={overdue ? 'danger' : 'warning'}
      shape="rounded"
      icon={overdue ? <Warning16Filled /> : <CalendarClock16Regular />}
      data-review={due}
    >
      {t(overdue ? 'tab.documents.mark.overdue' : 'tab.documents.mark.due')}
    </Badge>
  );
}
