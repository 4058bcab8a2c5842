import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import type { Resource } from '../useResource';

/** Spinner while the first load runs, a clear error with "try again", else the content. */
export function LoadState<T>({ resource, children }: { resource: Resource<T>; children: (data: T) => ReactNode }) {
  const t = useT();
  if (resource.error && resource.data === undefined) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t('tab.error.title')}</MessageBarTitle>
          {t('tab.error.load', { message: resource.error.message })}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => void resource.reload()}>{t('tab.retry')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (resource.data === undefined) return <Spinner label={t('tab.loading')} />;
  return <>{children(resource.data)}</>;
}
