import { Badge, Field, Link, Select, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Regular } from '@fluentui/react-icons';
import type { CostScenario } from '../../../domain/costModel';
import { formatDate, useLocale, useT } from '../../i18n';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  select: { minWidth: '260px' },
  decided: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, paddingBottom: tokens.spacingVerticalXS },
});

/** "Beslutat 3 nov. 2026" (or empty): the mark of the decided scenario, in the list and beside it. */
export function useDecidedLabel(): (scenario: CostScenario) => string {
  const t = useT();
  const locale = useLocale();
  return (scenario) => (scenario.decided ? t('tab.costs.decided', { date: formatDate(scenario.decided.on, locale) }) : '');
}

/**
 * Which scenario the table shows: a native select (every scenario by name, the decided one
 * marked in its option too) and, for the decided one, the mark and its link to the decision.
 */
export function ScenarioSwitcher({ scenarios, chosen, onChange }: { scenarios: readonly CostScenario[]; chosen: CostScenario; onChange: (id: string) => void }) {
  const t = useT();
  const styles = useStyles();
  const decidedLabel = useDecidedLabel();
  return (
    <div className={styles.row}>
      <Field label={t('tab.costs.scenario')} className={styles.select}>
        <Select value={chosen.id} onChange={(_, data) => onChange(data.value)} data-testid="costs-scenario">
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.decided ? `${s.name} – ${decidedLabel(s)}` : s.name}
            </option>
          ))}
        </Select>
      </Field>
      {chosen.decided && (
        <div className={styles.decided} data-testid="costs-decided">
          <Badge appearance="tint" color="success" icon={<CheckmarkCircle16Regular />}>
            {decidedLabel(chosen)}
          </Badge>
          {chosen.decided.link && (
            <Link href={chosen.decided.link} target="_blank" rel="noreferrer" aria-label={t('tab.costs.decidedLinkLabel', { name: chosen.name })}>
              {t('tab.costs.decidedLink')}
            </Link>
          )}
        </div>
      )}
    </div>
  );
}
