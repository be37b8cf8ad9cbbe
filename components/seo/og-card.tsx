import { headline as noDashAtLineStart } from '@/lib/typography';

/** Size of every share image: the 1.91:1 format Open Graph and X cards expect. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

// Satori renders inline styles only and needs explicit flex layout on every container.
const colors = { bg: '#16171b', text: '#ffffff', muted: '#c7c9d1', accent: '#4338ca', accentSoft: '#a5b4fc' };

/**
 * The site's own logo (public/brand/logo.svg, components/layout/brand-mark.tsx): the signal wave in
 * a rounded square, drawn as SVG so the share image carries the real mark rather than a monogram.
 */
function OgLogo({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32">
      <rect width="32" height="32" rx="8" fill={colors.accent} />
      <path d="M6 18.5h4l3-8 4.5 13 3-8.5H26" fill="none" stroke="#ffffff" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** Font size that keeps a headline within four lines of the card. */
function headlineSize(text: string): number {
  if (text.length <= 50) return 72;
  if (text.length <= 80) return 62;
  if (text.length <= 110) return 54;
  return 46;
}

export interface OgCardProps {
  brand: string;
  headline: string;
  /** Category label, already in the article's language. */
  kicker?: string;
  /** Line under the headline (tagline), already translated. */
  footer?: string;
}

/** The share-image layout, rendered by next/og: brand, category label, headline, tagline. */
export function OgCard({ brand, headline, kicker, footer }: OgCardProps) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: colors.bg,
        color: colors.text,
        fontFamily: 'Inter',
        borderLeft: `24px solid ${colors.accent}`,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
        <OgLogo size={64} />
        <div style={{ display: 'flex', fontSize: 36, fontWeight: 700, letterSpacing: -0.5 }}>{brand}</div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 28 }}>
        {kicker ? (
          <div style={{ display: 'flex' }}>
            <div
              style={{
                display: 'flex',
                padding: '8px 18px',
                borderRadius: 999,
                background: colors.accentSoft,
                color: colors.bg,
                fontSize: 24,
                fontWeight: 700,
                textTransform: 'uppercase',
                letterSpacing: 1.5,
              }}
            >
              {kicker}
            </div>
          </div>
        ) : null}
        <div
          style={{
            display: 'flex',
            fontFamily: 'Source Serif 4',
            fontWeight: 700,
            fontSize: headlineSize(headline),
            lineHeight: 1.12,
            letterSpacing: -0.5,
          }}
        >
          {noDashAtLineStart(headline)}
        </div>
      </div>
      <div style={{ display: 'flex', fontSize: 26, color: colors.muted }}>{footer ?? ''}</div>
    </div>
  );
}
