import { notFound } from 'next/navigation';

// Any path under a known language that no other route matches ends here, so it gets the
// localised app/[lang]/not-found.tsx (with header, footer and a 404 status) instead of the bare default.
export default function CatchAll(): never {
  notFound();
}
