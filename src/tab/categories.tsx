import { createContext, useCallback, useContext } from 'react';
import { Categories, CategoryItem, categoryLabel, defaultCategories } from '../domain/categories';
import { useLocale, useT } from './i18n';

/**
 * The activity log's categories as the förvaltningsledare keeps them (GET /api/categories),
 * for the views that show or choose one; the rollout project's seven until they have loaded.
 */
export const DEFAULT_CATEGORIES = defaultCategories();
export const CategoriesContext = createContext<Categories>(DEFAULT_CATEGORIES);

export const useCategories = (): Categories => useContext(CategoriesContext);

/** A category's name as the reader's language shows it. */
export function useCategoryLabel(): (name: string) => string {
  const categories = useCategories();
  const locale = useLocale();
  return useCallback((name: string) => categoryLabel(categories, name, locale), [categories, locale]);
}

/** A category as a choice in a list: its label, marked when it is retired. */
export function useCategoryOption(): (item: CategoryItem) => string {
  const label = useCategoryLabel();
  const t = useT();
  return useCallback(
    (item: CategoryItem) => (item.retired ? t('tab.categories.retiredOption', { name: label(item.name) }) : label(item.name)),
    [label, t],
  );
}
