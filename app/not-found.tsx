import './globals.css';

// Reached only for paths outside any locale; localized 404s use app/[locale]/not-found.tsx.
export default function GlobalNotFound() {
  return (
    <html lang="ja">
      <body className="p-10">
        <h1 className="text-xl font-semibold">ページが見つかりません / Page not found</h1>
        <p className="mt-4">
          <a className="text-primary underline" href="/">
            トップへ戻る / Back to the start page
          </a>
        </p>
      </body>
    </html>
  );
}
