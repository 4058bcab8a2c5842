import { useApp } from '../../appContext';
import { ExportButtons as Buttons } from '../../components/ExportButtons';
import { useT } from '../../i18n';
import { Filters, SortState, exportQuery } from './query';

/** Excel and CSV of the log with the grid's current filters and sort order (the server builds the file). */
export function ExportButtons({ filters, q, sort }: { filters: Filters; q: string; sort: SortState }) {
  const t = useT();
  const { api } = useApp();
  return (
    <Buttons
      fetchFile={(format) => api.activities.export({ query: exportQuery(format, filters, q, sort) })}
      baseName="aktivitetslogg"
      hint={t('tab.activityLog.export.hint')}
    />
  );
}
