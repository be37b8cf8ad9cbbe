import localFont from 'next/font/local';

// Self-hosted subsets made from @fontsource by ./subset-fonts.sh: nothing is fetched from a font
// CDN at build or run time. That script also cuts what the site never shows: Inter's weight axis
// to 400–700 (the CSS uses 400, 600 and 700) and, in both families, the fraction and
// tabular/proportional-figure glyphs. Latin Inter 48 → 27 KB, Latin Source Serif 400 + 700
// 42 → 37 KB: the fonts a German or English page can need before its largest paint went from
// 90 to 64 KB.
// No italic face: the few italic passages (quotes) are synthesised, which saves a file.
// Latin and Latin Extended are separate faces bound by unicode-range, so a German page only ever
// downloads the Latin files.
// Inter is one variable font (weight axis): one file instead of three static weights. It is the
// only preloaded face, so it is usually there within the short block period of 'optional'. Source Serif 4 (headings, lead, article text) is fetched when the first
// styled text needs it (with the CSS inlined in the HTML, next.config.ts, that is right after the
// HTML), with font-display: optional: if it is not there within the browser's short block period,
// this page view keeps the fallback serif and the next one uses the cached file. With 'swap' it
// replaced the fallback after the first paint and moved the article's lead paragraph (Lighthouse
// 12.8: layout shift 0.08 on the article, caused by the two serif files; 0.000 with 'optional'),
// because the metric-adjusted fallback only works where "Times New Roman" itself is installed.
// Preloading it instead put 42 KB more in front of the first paint on slow mobile connections
// (LCP about 0.4 s worse).
// next/font needs literal arguments, hence the repeated unicode-range strings.

export const interLatin = localFont({
  src: [
    { path: './inter-latin-wght-normal.woff2', weight: '400 700', style: 'normal' },
  ],
  variable: '--font-inter',
  // 'optional' like the serif: with the CSS inlined the first paint comes before the preloaded
  // file on a slow connection, and 'swap' then re-flowed the home page's teaser when Inter arrived
  // (Lighthouse 12.8, home en: layout shift 0.047), wherever Arial, the metric-adjusted fallback,
  // is not installed.
  display: 'optional',
  declarations: [{ prop: 'unicode-range', value: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' }],
  adjustFontFallback: 'Arial',
});

export const interExt = localFont({
  src: [
    { path: './inter-latin-ext-wght-normal.woff2', weight: '400 700', style: 'normal' },
  ],
  variable: '--font-inter-ext',
  display: 'swap',
  preload: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF' }],
  adjustFontFallback: false,
});

export const serifLatin = localFont({
  src: [
    { path: './source-serif-4-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: './source-serif-4-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-serif-latin',
  display: 'optional',
  preload: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' }],
  adjustFontFallback: 'Times New Roman',
});

export const serifExt = localFont({
  src: [
    { path: './source-serif-4-latin-ext-400-normal.woff2', weight: '400', style: 'normal' },
    { path: './source-serif-4-latin-ext-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-serif-ext',
  display: 'optional',
  preload: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF' }],
  adjustFontFallback: false,
});

/** Class names that define the font CSS variables; set on <html>. */
export const fontVariables = [interLatin.variable, interExt.variable, serifLatin.variable, serifExt.variable].join(' ');
