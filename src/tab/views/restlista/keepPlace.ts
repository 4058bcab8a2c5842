/**
 * Keeping the reader's place in the restlista across a save and the reload after it: the saved
 * item stays where it stood in the window, with the focus back on the button that opened the
 * action; when the item has left the list (closed, or out of the filter) the next one takes its
 * place and the focus. Items are the list's elements with `data-key`; the button that opened an
 * action has `data-action`; an item's fallback focus target has `data-item-focus`.
 */
export interface PlaceSnapshot {
  key: string;
  /** data-action of the button that opened the action, when known. */
  action: string | null;
  /** The item's top in the window before the save. */
  top: number;
  /** The other items, the following ones first, then the preceding ones nearest first. */
  neighbours: string[];
}

const itemsOf = (list: HTMLElement) => [...list.querySelectorAll<HTMLElement>('[data-key]')];

/** The place of the item `key` before the reload; `top` when known (where it stood when its action was opened), else where it stands now. */
export function snapshotPlace(list: HTMLElement, saved: { key: string; action: string | null; top: number | null }): PlaceSnapshot | null {
  const items = itemsOf(list);
  const index = items.findIndex((el) => el.dataset.key === saved.key);
  if (index < 0) return null;
  const keys = items.map((el) => el.dataset.key ?? '');
  return {
    key: saved.key,
    action: saved.action,
    top: saved.top ?? items[index]!.getBoundingClientRect().top,
    neighbours: [...keys.slice(index + 1), ...keys.slice(0, index).reverse()],
  };
}

/** The element that scrolls the item: the nearest scrolling ancestor, else the page. */
export function scrollContainerOf(el: HTMLElement): HTMLElement {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if ((overflowY === 'auto' || overflowY === 'scroll' || overflowY === 'overlay') && p.scrollHeight > p.clientHeight) return p;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

/** Puts the item (or its neighbour) back where it stood and focuses it; the element focused, or null. */
function restore(list: HTMLElement, snap: PlaceSnapshot): HTMLElement | null {
  const find = (key: string) => itemsOf(list).find((el) => el.dataset.key === key) ?? null;
  const item = find(snap.key);
  const target = item ?? snap.neighbours.map(find).find((el) => el !== null) ?? null;
  if (!target) return null;
  const delta = target.getBoundingClientRect().top - snap.top;
  if (Math.abs(delta) >= 1) scrollContainerOf(target).scrollTop += delta;
  const button = item && snap.action ? item.querySelector<HTMLElement>(`[data-action="${snap.action}"]:not([disabled])`) : null;
  const focus = button ?? target.querySelector<HTMLElement>('[data-item-focus]') ?? target;
  focus.focus({ preventScroll: true });
  return focus;
}

/**
 * Restores the place now, and checks again shortly after: a closing popover or dialog may drop the
 * focus on <body> (its own button was disabled while saving, or its opener is gone): then it is
 * put back. A person who has moved on meanwhile is left alone.
 */
export function keepPlace(list: HTMLElement, snap: PlaceSnapshot): void {
  if (!restore(list, snap)) return;
  for (const ms of [50, 150, 400]) {
    setTimeout(() => {
      const active = document.activeElement;
      if (!active || active === document.body) restore(list, snap);
    }, ms);
  }
}
