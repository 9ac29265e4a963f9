// Print rules for the comparison only (rendered on that page): landscape paper for wide tables, no site
// header or controls, rows kept whole, and table headers repeated on each page. Inline <style> is allowed
// by the CSP (style-src 'unsafe-inline'); script stays nonce-only.
const css = `@media print {
  @page { size: A4 landscape; margin: 10mm; }
  header, nav { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  thead { display: table-header-group; }
  tr, th, td { break-inside: avoid; }
  section { box-shadow: none !important; }
  a { color: inherit !important; text-decoration: none !important; }
}`;

export function PrintStyles() {
  return <style>{css}</style>;
}
