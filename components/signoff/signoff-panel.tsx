import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { approveAction, confirmAction, rejectAction, returnAction, submitAction } from '@/app/[locale]/(app)/decisions/[id]/signoff-actions';
import { Card, CardTitle } from '@/components/ui/card';
import { Link } from '@/i18n/navigation';
import type { ChecklistTemplate } from '@/lib/domain/checklist/types';
import { can, type Role } from '@/lib/domain/permissions';
import type { AnswerLite } from '@/lib/domain/progress';
import { approvalBlockers } from '@/lib/domain/signoff/approval';
import type { getSignOffState } from '@/lib/server/signoff';
import { StepForm } from './step-form';

type State = Awaited<ReturnType<typeof getSignOffState>>;
type Props = {
  decisionId: string;
  role: Role;
  state: State;
  template: ChecklistTemplate;
  candidates: { id: string; name: string }[];
  answers: AnswerLite[];
};

/** Where the decision stands in sign-off, the step this viewer may take, and every signed revision. */
export async function SignOffPanel({ decisionId, role, state, template, candidates, answers }: Props) {
  const t = await getTranslations('signoff');
  const tv = await getTranslations('verify');
  const format = await getFormatter();
  const locale = await getLocale();
  const prefix = locale === 'ja' ? '' : `/${locale}`;
  const { status, revision } = state;
  const current = state.snapshots.find((s) => s.revision === revision);
  const signaturesOf = (rev: number) => state.signOffs.filter((s) => s.revision === rev);
  const candidateName = (id: string | null) => candidates.find((c) => c.id === id)?.name ?? '—';
  const blockers = (id: string) =>
    approvalBlockers(template, answers, id).map((b) => t(b.problem, { number: b.number }));
  const signed = state.snapshots.filter((s) => signaturesOf(s.revision).some((x) => x.role === 'MANAGER'));
  return (
    <Card aria-labelledby="signoff-title">
      <CardTitle id="signoff-title">
        {t('title')} · {t('revision', { revision })}
      </CardTitle>
      <p className="mt-1 text-sm text-muted-foreground">{t('lead')}</p>
      <div className="mt-4 space-y-4">
        {status !== 'APPROVED' && status !== 'REJECTED' && (
          <a href={`${prefix}/decisions/${decisionId}/pdf`} className="inline-block text-sm text-primary underline" download>
            {t('draftPdf')}
          </a>
        )}
        {current && (status === 'SUBMITTED' || status === 'CONFIRMED') && (
          <p className="break-all text-xs">
            {t('hash')}: <code>{current.hash}</code>
          </p>
        )}
        {(status === 'DRAFT' || status === 'RETURNED') && can(role, 'decision.create') && (
          <div className="space-y-2">
            <p className="text-sm">{t('submitLead', { revision })}</p>
            <StepForm action={submitAction} decisionId={decisionId} revision={revision} idPrefix="submit" label={t('submit', { revision })} />
          </div>
        )}
        {status === 'SUBMITTED' &&
          (role === 'IT_OWNER' ? (
            <div className="space-y-2">
              <p className="text-sm">{t('confirmLead', { revision })}</p>
              <StepForm action={confirmAction} decisionId={decisionId} revision={revision} idPrefix="confirm" label={t('confirm')} comment />
            </div>
          ) : (
            <p className="text-sm">{t('waitingIt')}</p>
          ))}
        {status === 'CONFIRMED' &&
          (role === 'MANAGER' ? (
            <div className="space-y-4">
              <p className="text-sm">{t('approveLead')}</p>
              <StepForm action={approveAction} decisionId={decisionId} revision={revision} idPrefix="approve" label={t('approve')} comment>
                <fieldset className="space-y-2">
                  <legend className="text-sm font-medium">{t('chooseCandidate')}</legend>
                  {candidates.map((c) => {
                    const missing = blockers(c.id);
                    return (
                      <label key={c.id} className="flex items-start gap-2 text-sm">
                        <input type="radio" name="chosenCandidateId" value={c.id} className="mt-1 size-4 accent-primary" />
                        <span>
                          {c.name}
                          {missing.length > 0 && <span className="block text-xs text-destructive">{t('blocked', { items: missing.slice(0, 5).join('、') + (missing.length > 5 ? '…' : '') })}</span>}
                        </span>
                      </label>
                    );
                  })}
                </fieldset>
              </StepForm>
              <details>
                <summary className="cursor-pointer text-sm text-primary underline">{t('reject')}</summary>
                <p className="mt-2 text-xs text-muted-foreground">{t('commentRequired')}</p>
                <StepForm action={rejectAction} decisionId={decisionId} revision={revision} idPrefix="reject" label={t('reject')} comment variant="outline" />
              </details>
            </div>
          ) : (
            <p className="text-sm">{t('waitingManager')}</p>
          ))}
        {(status === 'SUBMITTED' || status === 'CONFIRMED') && role === 'MANAGER' && (
          <details>
            <summary className="cursor-pointer text-sm text-primary underline">{t('return')}</summary>
            <p className="mt-2 text-sm">{t('returnLead')}</p>
            <StepForm action={returnAction} decisionId={decisionId} revision={revision} idPrefix="return" label={t('return')} comment variant="outline" />
          </details>
        )}
        {signed.length > 0 && (
          <section aria-labelledby="signed-revisions" className="space-y-3 border-t border-border pt-4">
            <h3 id="signed-revisions" className="font-semibold">{t('signatures')}</h3>
            <ul className="space-y-3">
              {signed.map((s) => {
                const sigs = signaturesOf(s.revision);
                const manager = sigs.find((x) => x.role === 'MANAGER');
                return (
                  <li key={s.revision} className="rounded-md border border-border p-3 text-sm" data-testid="signed-revision">
                    <p className="font-medium">
                      {manager?.verdict === 'APPROVED'
                        ? t('approved', { revision: s.revision, candidate: candidateName(manager.chosenCandidateId) })
                        : t('rejected', { revision: s.revision })}
                    </p>
                    <ul className="mt-1">
                      {sigs.map((x) => (
                        <li key={x.id}>{t('signedBy', { role: tv(`roles.${x.role}` as 'roles.MANAGER'), name: x.signerName, time: format.dateTime(x.signedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</li>
                      ))}
                    </ul>
                    <p className="mt-1 break-all text-xs">
                      {t('hash')}: <code>{s.hash}</code>
                    </p>
                    <div className="mt-1 flex flex-wrap gap-4">
                      {/* A file download from a route handler: a plain link, not client navigation. */}
                      <a href={`${prefix}/decisions/${decisionId}/pdf?revision=${s.revision}`} className="text-primary underline" download>
                        {t('downloadPdf', { revision: s.revision })}
                      </a>
                      <Link href={{ pathname: '/verify', query: { hash: s.hash } }} locale={locale as 'ja' | 'en'} className="text-primary underline">
                        {t('verify')}
                      </Link>
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        )}
      </div>
    </Card>
  );
}
