import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

/**
 * Renders Adaptive Cards the way a Teams chat shows them, in headless Chromium: the reference
 * JavaScript renderer (`adaptivecards`, its UMD bundle loaded into a blank page), a host config
 * close to Teams' light theme (Segoe UI, Teams' text sizes and colours, #5B5FC7 for actions,
 * thin separators) and a white, rounded message bubble on Teams' grey chat background.
 * Segoe UI is not on Linux: the font stack falls back to Liberation Sans (Arial's metrics).
 */
export const CARD_WIDTH = 420;

const FONT_STACK = '"Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", "Liberation Sans", Arial, sans-serif';
const BRAND = '#5B5FC7';
const colours = (defaultColour: string, subtle: string) => ({ default: defaultColour, subtle });

/** Text colours on both container styles (Teams light). */
const FOREGROUND = {
  default: colours('#242424', '#616161'),
  dark: colours('#242424', '#424242'),
  light: colours('#FFFFFF', '#F5F5F5'),
  accent: colours(BRAND, '#4F52B2'),
  good: colours('#107C10', '#0E700E'),
  warning: colours('#835B00', '#8A6100'),
  attention: colours('#C4314B', '#B10E1C'),
};

/** Teams (light) as a HostConfig: the Adaptive Cards designer's "Microsoft Teams" host, with the Fluent 2 palette. */
export const TEAMS_HOST_CONFIG = {
  supportsInteractivity: true,
  fontFamily: FONT_STACK,
  fontTypes: {
    default: {
      fontFamily: FONT_STACK,
      fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 300, default: 400, bolder: 600 },
    },
    monospace: {
      fontFamily: '"Cascadia Code", Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace',
      fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 300, default: 400, bolder: 600 },
    },
  },
  lineHeights: { small: 16, default: 20, medium: 22, large: 24, extraLarge: 32 },
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E0E0E0' },
  imageSizes: { small: 32, medium: 52, large: 100 },
  containerStyles: {
    default: {
      backgroundColor: '#FFFFFF',
      foregroundColors: FOREGROUND,
    },
    emphasis: {
      backgroundColor: '#F5F5F5',
      foregroundColors: FOREGROUND,
    },
  },
  actions: {
    maxActions: 6,
    spacing: 'default',
    buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 16, style: 'emphasis' },
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
    allowTitleToWrap: true,
  },
  adaptiveCard: { allowCustomStyle: true },
  textStyles: {
    heading: { size: 'large', weight: 'bolder', color: 'default', isSubtle: false, fontType: 'default' },
  },
  textBlock: { headingLevel: 2 },
  factSet: {
    title: { size: 'default', color: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 150 },
    value: { size: 'default', color: 'default', isSubtle: false, weight: 'default', wrap: true },
    spacing: 16,
  },
};

/**
 * The page: Teams' chat background, one message bubble (#card) in a frame (#frame, what the
 * screenshot takes), and buttons drawn like Teams' Fluent 2 buttons — the renderer ships no
 * styles of its own for the host, so these are the host's part as in Teams.
 */
const PAGE = `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Adaptive Card</title>
<style>
  html, body { margin: 0; background: #F5F5F5; font-family: ${FONT_STACK}; -webkit-font-smoothing: antialiased; }
  #frame { display: inline-block; padding: 12px; background: #F5F5F5; }
  #card { width: ${CARD_WIDTH}px; background: #FFFFFF; border-radius: 6px; overflow: hidden;
          box-shadow: 0 1px 2px rgba(0, 0, 0, 0.14), 0 0 2px rgba(0, 0, 0, 0.12); }
  .ac-adaptiveCard:focus { outline: none; }
  .ac-pushButton { font-family: ${FONT_STACK}; font-size: 14px; font-weight: 600; line-height: 20px;
                   min-height: 32px; padding: 5px 12px; border-radius: 4px; cursor: pointer;
                   background: #FFFFFF; color: ${BRAND}; border: 1px solid #D1D1D1; white-space: normal; }
  .ac-pushButton > div { white-space: normal !important; }
  .ac-pushButton.style-positive { background: ${BRAND}; color: #FFFFFF; border-color: ${BRAND}; }
  .ac-pushButton.style-destructive { background: #FFFFFF; color: #C4314B; border-color: #D1D1D1; }
  .ac-textBlock a, .ac-anchor { color: ${BRAND}; text-decoration: none; }
  .ac-textBlock p { margin: 0; }
  .ac-factset td { vertical-align: top; }
</style></head>
<body><div id="frame"><div id="card"></div></div></body></html>`;

export interface RenderResult {
  /** Parse events (unknown types, bad values) and validation events (missing properties), as text. */
  problems: string[];
  /** What the rendered card shows (innerText). */
  text: string;
  width: number;
  height: number;
  /** Buttons whose title does not fit (cut off with an ellipsis). */
  clippedButtons: string[];
}

export interface CardPage {
  page: Page;
  render(card: unknown): Promise<RenderResult>;
  /** A PNG of the message bubble (with a little of the chat background around it). */
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

const RENDERER = path.join(path.dirname(require.resolve('adaptivecards/package.json')), 'dist', 'adaptivecards.min.js');

export async function openCardPage(browser: Browser, opts: { deviceScaleFactor?: number } = {}): Promise<CardPage> {
  const context = await browser.newContext({
    viewport: { width: CARD_WIDTH + 80, height: 600 },
    deviceScaleFactor: opts.deviceScaleFactor ?? 1,
    locale: 'sv-SE',
  });
  const page = await context.newPage();
  await page.setContent(PAGE);
  await page.addScriptTag({ path: RENDERER });
  await page.evaluate(() => {
    const AC = (window as any).AdaptiveCards;
    if (!AC?.AdaptiveCard) throw new Error('adaptivecards did not load');
    // Teams renders the Markdown subset in TextBlocks: **bold**, _italic_, [links](…).
    AC.AdaptiveCard.onProcessMarkdown = (text: string, result: { didProcess: boolean; outputHtml?: string }) => {
      const escaped = text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
      result.outputHtml = `<p>${escaped
        .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|\s)_(.+?)_(?=\s|$)/g, '$1<em>$2</em>')
        .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>')
        .replace(/\n/g, '<br>')}</p>`;
      result.didProcess = true;
    };
  });

  return {
    page,
    async render(card) {
      return page.evaluate(
        ({ json, hostConfig }) => {
          const AC = (window as any).AdaptiveCards;
          const adaptiveCard = new AC.AdaptiveCard();
          adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
          const context = new AC.SerializationContext(AC.Versions.v1_5);
          adaptiveCard.parse(json, context);
          const problems: string[] = [];
          for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
          for (const event of adaptiveCard.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);

          const host = document.getElementById('card')!;
          host.replaceChildren();
          const element: HTMLElement | undefined = adaptiveCard.render();
          if (!element) return { problems: [...problems, 'render: no element'], text: '', width: 0, height: 0, clippedButtons: [] };
          host.appendChild(element);
          const box = element.getBoundingClientRect();
          const clippedButtons = Array.from(element.querySelectorAll<HTMLElement>('.ac-pushButton'))
            .filter((b) => b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1)
            .map((b) => b.innerText);
          return { problems, text: element.innerText, width: box.width, height: box.height, clippedButtons };
        },
        { json: card, hostConfig: TEAMS_HOST_CONFIG },
      );
    },
    async screenshot(file) {
      await page.locator('#frame').screenshot({ path: file, animations: 'disabled', caret: 'hide' });
    },
    close: () => context.close(),
  };
}

/** The texts a person should see on a card: text blocks (Markdown markers removed), facts and action titles — not fallbacks, not the refresh. */
export function visibleTexts(card: unknown): string[] {
  const texts: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string') texts.push(o.text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1'));
    if (o.type === 'FactSet' && Array.isArray(o.facts)) for (const f of o.facts as { title: string; value: string }[]) texts.push(f.title, f.value);
    if (typeof o.type === 'string' && o.type.startsWith('Action.') && typeof o.title === 'string') texts.push(o.title);
    for (const [key, inner] of Object.entries(o)) if (key !== 'fallback' && key !== 'refresh' && key !== 'facts') walk(inner);
  };
  walk(card);
  return texts;
}
