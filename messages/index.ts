// The message catalogs, one file per feature so features can grow without touching each other. Each file holds
// whole top-level namespaces; catalogs.test.ts checks that no namespace is defined twice and that ja and en match.
import enAccount from './en/account.json';
import enAnswers from './en/answers.json';
import enAudit from './en/audit.json';
import enBase from './en/base.json';
import enCompare from './en/compare.json';
import enMail from './en/mail.json';
import enReport from './en/report.json';
import enReviewMail from './en/review-mail.json';
import enReviews from './en/reviews.json';
import enShell from './en/shell.json';
import enSignoff from './en/signoff.json';
import enTeam from './en/team.json';
import jaAccount from './ja/account.json';
import jaAnswers from './ja/answers.json';
import jaAudit from './ja/audit.json';
import jaBase from './ja/base.json';
import jaCompare from './ja/compare.json';
import jaMail from './ja/mail.json';
import jaReport from './ja/report.json';
import jaReviewMail from './ja/review-mail.json';
import jaReviews from './ja/reviews.json';
import jaShell from './ja/shell.json';
import jaSignoff from './ja/signoff.json';
import jaTeam from './ja/team.json';

export const catalogFiles = {
  ja: { account: jaAccount, answers: jaAnswers, audit: jaAudit, base: jaBase, compare: jaCompare, mail: jaMail, report: jaReport, reviewMail: jaReviewMail, reviews: jaReviews, shell: jaShell, signoff: jaSignoff, team: jaTeam },
  en: { account: enAccount, answers: enAnswers, audit: enAudit, base: enBase, compare: enCompare, mail: enMail, report: enReport, reviewMail: enReviewMail, reviews: enReviews, shell: enShell, signoff: enSignoff, team: enTeam },
} as const;

type Files = (typeof catalogFiles)['ja'];
type Intersect<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type Messages = Intersect<Files[keyof Files]>;

function merge(files: Record<string, object>) {
  return Object.assign({}, ...Object.values(files)) as Record<string, unknown>;
}

export const catalogs = { ja: merge(catalogFiles.ja), en: merge(catalogFiles.en) };
