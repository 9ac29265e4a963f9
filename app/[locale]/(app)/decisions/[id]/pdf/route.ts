import { decisionReport } from '@/lib/server/decision-report';
import { AppError } from '@/lib/server/errors';
import { attachmentHeader } from '@/lib/server/pdf/content-disposition';
import { renderDecisionPdf } from '@/lib/server/pdf/render-decision-pdf';
import { currentViewer } from '@/lib/server/session';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ locale: string; id: string }> };

/** The decision PDF: signed (frozen) or draft. Another company's id is the same 404 as a missing one. */
export async function GET(request: Request, { params }: Context) {
  const { locale, id } = await params;
  const viewer = await currentViewer();
  if (!viewer) return new Response('Unauthorized', { status: 401, headers: { 'Cache-Control': 'no-store' } });
  try {
    const revision = new URL(request.url).searchParams.get('revision') ?? undefined;
    const report = await decisionReport(viewer, id, { revision, locale: locale === 'en' ? 'en' : 'ja' });
    const pdf = await renderDecisionPdf(report);
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': attachmentHeader(`${report.fileName}.pdf`),
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (err) {
    if (err instanceof AppError) return new Response(err.code === 'NOT_FOUND' ? 'Not found' : 'Forbidden', { status: err.status, headers: { 'Cache-Control': 'no-store' } });
    throw err;
  }
}
