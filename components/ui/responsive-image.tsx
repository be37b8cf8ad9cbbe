import { getImageProps } from 'next/image';
import { preload } from 'react-dom';

export interface ResponsiveImageProps {
  src: string;
  alt: string;
  width: number;
  height: number;
  /** The `sizes` attribute; without it the image gets 1x/2x candidates for its `width`. */
  sizes?: string;
  className?: string;
  /**
   * The page's largest paint: preloaded from the document head at high priority and loaded eagerly.
   * Every other image loads lazily.
   */
  preloadImage?: boolean;
  /** Serve the file as it is (SVG avatars): no optimizer URL, no srcset. */
  unoptimized?: boolean;
}

/**
 * Candidate widths worth offering. The optimizer's full list (640 … 3840 px) repeats the source
 * file above its own width (it never upscales), and neighbours 10 % apart (640/750/828) save a
 * phone next to nothing; each candidate costs ~90 bytes of HTML, twice over for a preloaded image.
 */
const USEFUL_WIDTHS = [128, 256, 384, 640, 828, 1200, 1920, 3840];

/**
 * Keeps the srcset candidates from USEFUL_WIDTHS up to the first one that covers the source's own
 * width (the optimizer serves that one at the source's size). Exported for the unit test.
 */
export function thinSrcSet(srcSet: string, intrinsicWidth: number): { srcSet: string; largest: string } | undefined {
  const entries = srcSet
    .split(', ')
    .map((entry) => {
      const [url = '', descriptor = ''] = entry.trim().split(' ');
      return { url, width: Number.parseInt(descriptor, 10), descriptor };
    })
    .filter((e) => e.url && e.descriptor.endsWith('w') && Number.isFinite(e.width));
  if (entries.length === 0) return undefined;
  const kept: typeof entries = [];
  for (const e of entries) {
    if (!USEFUL_WIDTHS.includes(e.width)) continue;
    kept.push(e);
    if (e.width >= intrinsicWidth) break;
  }
  // Nothing matched the list (a custom configuration): keep what the optimizer offered.
  const chosen = kept.length > 0 ? kept : entries;
  return { srcSet: chosen.map((e) => `${e.url} ${e.descriptor}`).join(', '), largest: chosen[chosen.length - 1]!.url };
}

/**
 * A plain <img> from the server, sized and optimized like next/image but without its client
 * component: next/image ships ~5.5 KB (gzip) of JavaScript to every page that shows one, only to
 * fade in images and report load events this site does not use. The markup is the same the
 * component renders (srcset through /_next/image, width/height against layout shift, lazy loading),
 * with a shorter candidate list; a preloaded image gets the same <link rel="preload"> in the head.
 */
export function ResponsiveImage({ src, alt, width, height, sizes, className, preloadImage = false, unoptimized = false }: ResponsiveImageProps) {
  const { props } = getImageProps({
    src,
    alt,
    width,
    height,
    sizes,
    className,
    unoptimized,
    ...(preloadImage ? { loading: 'eager' as const, fetchPriority: 'high' as const } : { loading: 'lazy' as const }),
  });
  const thinned = props.srcSet && sizes ? thinSrcSet(props.srcSet, width) : undefined;
  const srcSet = thinned?.srcSet ?? props.srcSet;
  const imgSrc = thinned?.largest ?? props.src;
  if (preloadImage) {
    preload(imgSrc, { as: 'image', fetchPriority: 'high', ...(srcSet ? { imageSrcSet: srcSet, imageSizes: sizes } : {}) });
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- next/image's markup, rendered on the server (see above)
    <img
      alt={alt}
      width={props.width}
      height={props.height}
      decoding="async"
      loading={props.loading}
      fetchPriority={props.fetchPriority}
      className={className}
      sizes={srcSet ? sizes : undefined}
      srcSet={srcSet}
      src={imgSrc}
    />
  );
}
