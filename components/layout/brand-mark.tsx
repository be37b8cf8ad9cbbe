/** The logo mark: a stylised signal wave in a rounded square. Decorative; the brand name is text. */
export function BrandMark({ size = 32, className }: { size?: number; className?: string }) {
  return (
    <svg className={className} width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--color-accent)" />
      <path d="M6 18.5h4l3-8 4.5 13 3-8.5H26" fill="none" stroke="var(--color-accent-contrast)" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
