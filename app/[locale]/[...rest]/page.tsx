import { notFound } from 'next/navigation';

// Unknown paths under a locale render the localized 404 page (with the locale's layout and language).
export default function CatchAll() {
  notFound();
}
