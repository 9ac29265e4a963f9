// Turns a frozen revision (DecisionSnapshot) plus its signatures into the printable report model. Pure: the
// same input always gives the same model, which is what makes the rendered PDF byte-identical.
import type { ChecklistItem, ChecklistTemplate } from '../checklist/types';
import { candidateProgress } from '../progress';
import type { SnapshotAnswer, SnapshotCandidate } from '../signoff/snapshot';
import { factLines, formatDateTime, reportTranslator, type ReportTranslate } from './report-text';
import type { LabelledText, ReportDetailItem, ReportInput, ReportLocale, ReportModel } from './types';

const SIGNATURE_ORDER = ['IT_OWNER', 'MANAGER'] as const;
/** Drafts carry no signing time; a fixed date keeps their bytes stable too. */
const DRAFT_EPOCH = '2000-01-01T00:00:00.000Z';

export function buildReport(input: ReportInput): ReportModel {
  const { snapshot, template, locale } = input;
  const t = reportTranslator(locale);
  const { decision, company } = snapshot;
  const candidates = [...snapshot.candidates].sort((a, b) => a.position - b.position);
  const answerOf = new Map(snapshot.answers.map((a) => [`${a.candidateId}\u0000${a.itemKey}`, a]));
  const answer = (c: SnapshotCandidate, item: ChecklistItem) => answerOf.get(`${c.id}\u0000${item.key}`);
  const draft = input.hash === null;
  const revision = decision.revision;
  const chosen = candidates.find((c) => c.id === input.chosenCandidateId);
  const latestSignature = [...input.signatures].map((s) => s.signedAt).sort().at(-1);

  const chosenText =
    input.verdict === 'APPROVED' && chosen ? chosen.name : input.verdict === 'REJECTED' ? t('chosenNone') : t('chosenPending');
  const itemTitle = (item: ChecklistItem) => t('itemLabel', { number: item.number, question: item.question[locale] });
  const groupTitle = (key: string) => {
    const group = template.groups.find((g) => g.key === key);
    return t('groupHeading', { group: key, title: group ? group.title[locale] : '' });
  };
  const itemsByGroup = template.groups.map((g) => ({ group: g, items: template.items.filter((i) => i.group === g.key) }));

  return {
    locale,
    draft,
    info: {
      title: `${t('docTitle')}: ${decision.title}`,
      subject: t('subject', { title: decision.title, revision }),
      author: company.name,
      creationDate: draft ? DRAFT_EPOCH : (latestSignature ?? DRAFT_EPOCH),
    },
    fileName: t('fileName', { company: company.name, title: decision.title, revision }),
    cover: {
      title: t('docTitle'),
      rows: [
        { label: t('company'), value: company.name },
        { label: t('decisionTitle'), value: decision.title },
        { label: t('revisionLabel'), value: t('revision', { revision }) },
        { label: t('chosen'), value: chosenText },
        { label: t('verdictLabel'), value: t(`verdict.${input.verdict ?? 'PENDING'}`) },
        { label: t('template'), value: template.source[locale] },
      ],
      signaturesTitle: t('signaturesTitle'),
      signatures: SIGNATURE_ORDER.map((role) => {
        const s = input.signatures.find((x) => x.role === role);
        return {
          role: t(`signatureRole.${role}`),
          name: s ? s.name : t('notSigned'),
          at: s ? formatDateTime(s.signedAt, locale, t) : '',
          comment: s?.comment ? t('signatureComment', { comment: s.comment }) : null,
        };
      }),
      draftNote: draft ? t('draftNote') : null,
      hash: input.hash ? { label: t('hashLabel'), value: input.hash } : null,
      verify: input.verifyUrl ? { title: t('verifyTitle'), text: t('verifyText'), url: input.verifyUrl } : null,
    },
    scope: buildScope(input, t),
    candidates: {
      title: t('candidatesTitle'),
      entries: candidates.map((c) => ({ name: c.name, rows: candidateRows(c, t) })),
    },
    comparison: {
      title: t('comparisonTitle'),
      lead: t('comparisonLead'),
      itemHeader: t('comparisonItem'),
      columns: candidates.map((c) => (c.id === chosen?.id && input.verdict === 'APPROVED' ? `${c.name}${t('chosenMark')}` : c.name)),
      groups: itemsByGroup.map(({ group, items }) => ({
        heading: groupTitle(group.key),
        rows: items.map((item) => ({ label: itemTitle(item), cells: candidates.map((c) => cellText(answer(c, item), t)) })),
      })),
      summary: comparisonSummary(template, candidates, snapshot.answers, t),
    },
    details: candidates.map((c) => ({
      title: t('detailsTitle', { candidate: c.name }),
      groups: itemsByGroup.map(({ group, items }) => ({
        heading: groupTitle(group.key),
        items: items.map((item) => detailItem(item, answer(c, item), itemTitle(item), locale, t)),
      })),
    })),
    audit: {
      title: t('auditTitle'),
      headers: [t('auditAt'), t('auditActor'), t('auditAction')],
      rows: input.auditTrail.map((e) => [formatDateTime(e.at, locale, t), e.actor, e.action]),
      empty: t('auditEmpty'),
    },
    footer: {
      text: draft ? t('footerDraft', { revision }) : t('footerSigned', { revision, hash: input.hash ?? '' }),
      pageTemplate: t('pageNumber', { page: '{page}', total: '{total}' }),
      draftBanner: draft ? t('draftBanner') : null,
      missingGlyphNote: t('missingGlyphNote'),
    },
  };
}

function buildScope(input: ReportInput, t: ReportTranslate): ReportModel['scope'] {
  const { decision } = input.snapshot;
  const { template, locale } = input;
  const [bullet, sep] = locale === 'ja' ? ['・', '：'] : ['• ', ': '];
  const orNone = (s: string) => (s.trim() ? s : t('noneEntered'));
  const withNote = (lines: string[], note: string, label: string) => (note.trim() ? [...lines, `${label}${sep}${note}`] : lines);
  const needs = template.needs.flatMap((n) =>
    n.options.filter((o) => decision.needs.selected.includes(o.key)).map((o) => `${bullet}${n.title[locale]}${sep}${o.text[locale]}`),
  );
  const considerations = (template.infoImportance?.considerations ?? [])
    .concat(template.infoImportance?.levels ?? [])
    .filter((o) => decision.infoImportance.selected.includes(o.key))
    .map((o) => `${bullet}${o.text[locale]}`);
  const needLines = withNote(needs, decision.needs.note, t('needsNote'));
  const importanceLines = withNote(considerations, decision.infoImportance.note, t('infoImportanceNote'));
  return {
    title: t('scopeTitle'),
    sections: [
      { heading: t('scopeBusiness'), lines: [orNone(decision.scopeBusiness)] },
      { heading: t('scopeInformation'), lines: [orNone(decision.scopeInformation)] },
      { heading: t('needsTitle'), lines: needLines.length ? needLines : [t('noneEntered')] },
      { heading: t('infoImportanceTitle'), lines: importanceLines.length ? importanceLines : [t('noneEntered')] },
    ],
  };
}

function candidateRows(c: SnapshotCandidate, t: ReportTranslate): LabelledText[] {
  const rows: LabelledText[] = [
    { label: t('candidateProvider'), value: c.provider },
    { label: t('candidateCategory'), value: c.category },
    { label: t('candidatePlan'), value: c.plan },
    { label: t('candidatePrice'), value: c.priceNotes },
    { label: t('candidateUrl'), value: c.url },
  ];
  return rows.filter((r) => r.value.trim() !== '');
}

function cellText(a: SnapshotAnswer | undefined, t: ReportTranslate): string {
  if (!a) return t('cell.UNANSWERED');
  if (a.status !== 'CONCERN') return t(`cell.${a.status}`);
  if (a.riskAcceptable === true) return t('cell.CONCERN_ACCEPTED');
  return t(a.riskAcceptable === false ? 'cell.CONCERN_NOT_ACCEPTABLE' : 'cell.CONCERN_UNDECIDED');
}

function comparisonSummary(
  template: ChecklistTemplate,
  candidates: SnapshotCandidate[],
  answers: readonly SnapshotAnswer[],
  t: ReportTranslate,
): ReportModel['comparison']['summary'] {
  const progress = candidates.map((c) => candidateProgress(template, c.id, answers));
  return [
    { label: t('comparisonAnswered'), cells: progress.map((p) => t('answeredCount', { answered: p.answered, total: p.total })) },
    {
      label: t('comparisonOpenRisks'),
      cells: progress.map((p) =>
        template.groups.map((g) => t('openRisksCount', { group: g.key, count: p.openRisksByGroup[g.key] ?? 0 })).join('\n'),
      ),
    },
  ];
}

function detailItem(
  item: ChecklistItem,
  a: SnapshotAnswer | undefined,
  title: string,
  locale: ReportLocale,
  t: ReportTranslate,
): ReportDetailItem {
  if (!a) return { title, fields: [{ label: t('statusLabel'), value: t('status.UNANSWERED') }] };
  const fields: LabelledText[] = [{ label: t('statusLabel'), value: t(`status.${a.status}`) }];
  if (item.subPoints.length) {
    const checked = item.subPoints.filter((s) => a.subPoints.includes(s.key)).length;
    fields.push({ label: t('subPointsLabel'), value: t('subPointsCount', { checked, total: item.subPoints.length }) });
  }
  const facts = factLines(item, a.facts, locale, t);
  if (facts.length) fields.push({ label: t('factsLabel'), value: facts.join('\n') });
  fields.push({ label: t('memoLabel'), value: a.memo.trim() ? a.memo : t('memoEmpty') });
  if (a.status === 'CONCERN') {
    const decided = a.riskAcceptable === null ? 'undecided' : a.riskAcceptable ? 'yes' : 'no';
    fields.push({ label: t('riskLabel'), value: t(`risk.${decided}`) });
    if (a.riskReason.trim()) fields.push({ label: t('riskReason'), value: a.riskReason });
    if (a.riskMitigation.trim()) fields.push({ label: t('riskMitigation'), value: a.riskMitigation });
  }
  fields.push({ label: '', value: t('updatedBy', { name: a.updatedByName, at: formatDateTime(a.updatedAt, locale, t) }) });
  return { title, fields };
}
