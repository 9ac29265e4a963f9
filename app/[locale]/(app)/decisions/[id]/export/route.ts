import { getComparison } from '@/lib/server/comparison';
import { comparisonCsv } from '@/lib/server/csv/comparison-csv';
import { attachmentHeader } from '@/lib/server/pdf/content-disposition';
import { AppError } from '@/lib/server/errors';
import { currentViewer } from '@/lib/server/session';
import { translatorFor } from '@/lib/server/translator';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ locale: string; id: string }> };

/** The comparison of one decision as CSV. Another company's id answers exactly like a missing one (404). */
export async function GET(_request: Request, { params }: Params) {
  const { locale: raw, id } = await params;
  const locale = raw === 'en' ? 'en' : 'ja';
  const viewer = await currentViewer();
  if (!viewer) return new Response(null, { status: 401, headers: { 'Cache-Control': 'no-store' } });
  try {
    const data = await getComparison(viewer, id);
    const t = translatorFor(locale, 'compare');
    return new Response(comparisonCsv(data, locale), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': attachmentHeader(t('csv.filename', { title: data.decision.title })),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });
    throw err;
  }
}

