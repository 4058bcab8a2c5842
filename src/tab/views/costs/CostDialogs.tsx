import { Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { isHttpsUrl } from '../../../domain/httpsLink';
import { COST_SECTIONS, type CostRow, type CostScenario, type CostSection, type CostView, MAX_COST_NAME, MAX_COST_NOTE } from '../../../domain/costModel';
import { useApp } from '../../appContext';
import { LocalDatePicker } from '../../components/LocalDatePicker';
import { formatDate, useLocale, useT } from '../../i18n';
import { FormDialog } from './FormDialog';
import type { WriteResult } from './useCostWrites';

/** Which dialog of the calculation is open. */
export type CostDialog =
  | { kind: 'addRow' }
  | { kind: 'editRow'; row: CostRow }
  | { kind: 'deleteRow'; row: CostRow }
  | { kind: 'addScenario' }
  | { kind: 'renameScenario'; scenario: CostScenario }
  | { kind: 'decide'; scenario: CostScenario }
  | { kind: 'baseline' };

interface Props {
  dialog: CostDialog;
  view: CostView;
  write: (call: () => Promise<CostView>) => Promise<WriteResult>;
  announce: (text: string) => void;
  onClose: () => void;
  /** The scenario a new one is a copy of unless chosen otherwise: the one shown. */
  shownScenario: CostScenario;
}

/** The open dialog: rows (add, change, delete), scenarios (add, rename, decide) and the baseline. */
export function CostDialogs(props: Props) {
  const { dialog } = props;
  switch (dialog.kind) {
    case 'addRow':
    case 'editRow':
      return <RowDialog {...props} row={dialog.kind === 'editRow' ? dialog.row : null} />;
    case 'deleteRow':
      return <DeleteRowDialog {...props} row={dialog.row} />;
    case 'addScenario':
    case 'renameScenario':
      return <ScenarioDialog {...props} scenario={dialog.kind === 'renameScenario' ? dialog.scenario : null} />;
    case 'decide':
      return <DecisionDialog {...props} scenario={dialog.scenario} />;
    case 'baseline':
      return <BaselineDialog {...props} />;
  }
}

const tooLong = (text: string, max: number) => text.length > max;

function RowDialog({ view, write, announce, onClose, row }: Props & { row: CostRow | null }) {
  const t = useT();
  const { api } = useApp();
  const [section, setSection] = useState<CostSection>(row?.section ?? 'licenser');
  const [name, setName] = useState(row?.name ?? '');
  const [note, setNote] = useState(row?.note ?? '');
  const [errors, setErrors] = useState<{ name?: string; note?: string }>({});
  const ifMatch = view.calculation.version;

  const check = () => {
    const next = {
      name: !name.trim() ? t('tab.costs.rows.nameRequired') : tooLong(name.trim(), MAX_COST_NAME) ? t('tab.costs.rows.tooLong', { max: MAX_COST_NAME }) : undefined,
      note: tooLong(note, MAX_COST_NOTE) ? t('tab.costs.rows.tooLong', { max: MAX_COST_NOTE }) : undefined,
    };
    setErrors(next);
    return !next.name && !next.note;
  };

  return (
    <FormDialog
      title={row ? t('tab.costs.rows.editTitle', { row: row.name }) : t('tab.costs.rows.addTitle')}
      label={t('tab.costs.rows.save')}
      busyLabel={t('tab.costs.rows.saving')}
      check={check}
      send={() =>
        write(() =>
          row
            ? api.costs.changeRow({ params: { id: row.id }, body: { name: name.trim(), note }, ifMatch })
            : api.costs.addRow({ body: { section, name: name.trim(), note }, ifMatch }),
        )
      }
      done={() =>
        row ? t('tab.costs.rows.changed', { row: name.trim() }) : t('tab.costs.rows.added', { row: name.trim(), section: t(`tab.costs.section.${section}`) })
      }
      fieldError={(field, message) => {
        if (field !== 'name' && field !== 'note') return false;
        setErrors({ [field]: message });
        return true;
      }}
      onClose={onClose}
      announce={announce}
    >
      {!row && (
        <Field label={t('tab.costs.rows.section')}>
          <Select value={section} onChange={(_, d) => setSection(d.value as CostSection)}>
            {COST_SECTIONS.map((s) => (
              <option key={s} value={s}>
                {t(`tab.costs.section.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t('tab.costs.rows.name')} required validationMessage={errors.name}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={t('tab.costs.rows.note')} hint={t('tab.costs.rows.noteHint')} validationMessage={errors.note}>
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} resize="vertical" />
      </Field>
    </FormDialog>
  );
}

function DeleteRowDialog({ view, write, announce, onClose, row }: Props & { row: CostRow }) {
  const t = useT();
  const { api } = useApp();
  return (
    <FormDialog
      title={t('tab.costs.rows.deleteTitle', { row: row.name })}
      label={t('tab.costs.rows.delete')}
      busyLabel={t('tab.costs.rows.deleting')}
      destructive
      send={() => write(() => api.costs.removeRow({ params: { id: row.id }, ifMatch: view.calculation.version }))}
      done={() => t('tab.costs.rows.deleted', { row: row.name })}
      onClose={onClose}
      announce={announce}
    >
      <Text>{t('tab.costs.rows.deleteBody')}</Text>
    </FormDialog>
  );
}

function ScenarioDialog({ view, write, announce, onClose, scenario, shownScenario }: Props & { scenario: CostScenario | null }) {
  const t = useT();
  const { api } = useApp();
  const [name, setName] = useState(scenario?.name ?? '');
  const [copyOf, setCopyOf] = useState(shownScenario.id);
  const [nameError, setNameError] = useState<string | undefined>();
  const ifMatch = view.calculation.version;

  const check = () => {
    const error = !name.trim() ? t('tab.costs.scenarios.nameRequired') : tooLong(name.trim(), MAX_COST_NAME) ? t('tab.costs.rows.tooLong', { max: MAX_COST_NAME }) : undefined;
    setNameError(error);
    return !error;
  };

  return (
    <FormDialog
      title={scenario ? t('tab.costs.scenarios.renameTitle', { name: scenario.name }) : t('tab.costs.scenarios.addTitle')}
      label={t('tab.costs.rows.save')}
      busyLabel={t('tab.costs.rows.saving')}
      check={check}
      send={() =>
        write(() =>
          scenario
            ? api.costs.changeScenario({ params: { id: scenario.id }, body: { name: name.trim() }, ifMatch })
            : api.costs.addScenario({ body: { name: name.trim(), copyOf }, ifMatch }),
        )
      }
      done={() => (scenario ? t('tab.costs.scenarios.renamed', { name: name.trim() }) : t('tab.costs.scenarios.added', { name: name.trim() }))}
      fieldError={(field, message) => field === 'name' && (setNameError(message), true)}
      onClose={onClose}
      announce={announce}
    >
      <Field label={t('tab.costs.scenarios.name')} required validationMessage={nameError}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      {!scenario && (
        <Field label={t('tab.costs.scenarios.copyOf')}>
          <Select value={copyOf} onChange={(_, d) => setCopyOf(d.value)}>
            {view.calculation.scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </FormDialog>
  );
}

function DecisionDialog({ view, write, announce, onClose, scenario }: Props & { scenario: CostScenario }) {
  const t = useT();
  const locale = useLocale();
  const { api } = useApp();
  const [on, setOn] = useState<string | null>(scenario.decided?.on ?? null);
  const [link, setLink] = useState(scenario.decided?.link ?? '');
  const [errors, setErrors] = useState<{ on?: string; link?: string }>({});

  const check = () => {
    const next = {
      on: on ? undefined : t('tab.costs.decide.dateRequired'),
      link: link.trim() && !isHttpsUrl(link.trim()) ? t('tab.costs.decide.linkInvalid') : undefined,
    };
    setErrors(next);
    return !next.on && !next.link;
  };

  return (
    <FormDialog
      title={t('tab.costs.decide.title', { name: scenario.name })}
      label={t('tab.costs.decide.save')}
      busyLabel={t('tab.costs.rows.saving')}
      check={check}
      send={() =>
        write(() =>
          api.costs.decide({ params: { id: scenario.id }, body: { on: on ?? '', link: link.trim() || null }, ifMatch: view.calculation.version }),
        )
      }
      done={() => t('tab.costs.decide.done', { name: scenario.name, date: formatDate(on, locale) })}
      fieldError={(field, message) => {
        if (field !== 'on' && field !== 'link') return false;
        setErrors({ [field]: message });
        return true;
      }}
      onClose={onClose}
      announce={announce}
    >
      <LocalDatePicker label={t('tab.costs.decide.on')} required value={on} onChange={setOn} validationMessage={errors.on} />
      <Field label={t('tab.costs.decide.link')} hint={t('tab.costs.decide.linkHint')} validationMessage={errors.link}>
        <Input type="url" value={link} onChange={(_, d) => setLink(d.value)} placeholder="https://" />
      </Field>
    </FormDialog>
  );
}

function BaselineDialog({ view, write, announce, onClose }: Props) {
  const t = useT();
  const { api } = useApp();
  const decided = view.calculation.scenarios.find((s) => s.decided);
  return (
    <FormDialog
      title={t('tab.costs.baseline.freezeTitle')}
      label={t('tab.costs.baseline.freeze')}
      busyLabel={t('tab.costs.baseline.freezing')}
      send={() => write(() => api.costs.freezeBaseline({ body: {}, ifMatch: view.calculation.version }))}
      done={() => t('tab.costs.baseline.frozen')}
      onClose={onClose}
      announce={announce}
    >
      <Text>{t('tab.costs.baseline.freezeBody', { name: decided?.name ?? '' })}</Text>
    </FormDialog>
  );
}
