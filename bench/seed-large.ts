// Fills a database with many other tenants, so the benchmark can compare one measured company's page latency on
// a small database and on a large one. Everything is set-based SQL over generate_series, one statement per table
// per batch: ~1.6 million rows one at a time through the data layer would take far too long on a 2-core machine.
//
// Rows are derived from a company index i (0, 1, 2, …), and every id is md5 of a name built from that index,
// so each statement finds its parents (a candidate's decision, an answer's candidate) by recomputing their ids
// instead of joining back to rows inserted earlier. Each batch of companies is one transaction, and batches run
// in index order, so the marker companies already present are always exactly indexes 0 … n-1: a rerun counts
// them and adds only the missing ones.
import pg from 'pg';
import { ipa2011 } from '../lib/domain/checklist/ipa-2011';

/** Rows inserted by this call (a rerun that finds every company present returns zeros). */
export type LargeSeedResult = {
  companies: number;
  users: number;
  decisions: number;
  candidates: number;
  answers: number;
  comments: number;
  auditEvents: number;
  seconds: number;
  /** All inserted rows (memberships and item assignments included) per second of the whole call. */
  rowsPerSecond: number;
};

/** Company names start with this; it is how a rerun recognises its own tenants. */
export const LARGE_SEED_MARKER = 'bench-large-';

const BATCH_COMPANIES = 1_000;

export async function seedLarge(
  ownerUrl: string,
  opts: { companies: number; log?: (line: string) => void },
): Promise<LargeSeedResult> {
  const started = performance.now();
  const inserted = emptyCounts();
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await assertBypassesRls(client);
    const present = await countPresent(client);
    if (present >= opts.companies) {
      opts.log?.(`${present} ${LARGE_SEED_MARKER} companies already present; nothing to add`);
    }
    for (let from = present; from < opts.companies; from += BATCH_COMPANIES) {
      const to = Math.min(from + BATCH_COMPANIES, opts.companies);
      addCounts(inserted, await seedBatch(client, from, to));
      const rows = totalRows(inserted);
      const rate = rows / elapsedSeconds(started);
      opts.log?.(`seeded ${to}/${opts.companies} companies (${compact(rows)} rows, ${compact(rate)} rows/s)`);
    }
    // ANALYZE: the planner must see the large tables as large when the benchmark starts. VACUUM too (seconds):
    // otherwise autovacuum, due after a million inserts, would scan the new rows in the middle of the measurements.
    await client.query(`VACUUM (ANALYZE) ${TABLES.map((t) => `"${t}"`).join(', ')}`);
  } finally {
    await client.end();
  }
  const seconds = elapsedSeconds(started);
  return {
    companies: inserted.company,
    users: inserted.user,
    decisions: inserted.decision,
    candidates: inserted.candidate,
    answers: inserted.answer,
    comments: inserted.comment,
    auditEvents: inserted.audit_event,
    seconds,
    rowsPerSecond: totalRows(inserted) / seconds,
  };
}

// Parents before children: the foreign keys are checked row by row as each statement runs.
const TABLES = [
  'company',
  'user',
  'membership',
  'decision',
  'candidate',
  'item_assignment',
  'answer',
  'comment',
  'audit_event',
] as const;
type Table = (typeof TABLES)[number];
type Counts = Record<Table, number>;

const emptyCounts = (): Counts => Object.fromEntries(TABLES.map((t) => [t, 0])) as Counts;
const addCounts = (into: Counts, more: Counts) => TABLES.forEach((t) => (into[t] += more[t]));
const totalRows = (counts: Counts) => TABLES.reduce((sum, t) => sum + counts[t], 0);
const elapsedSeconds = (since: number) => (performance.now() - since) / 1000;
const compact = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(n >= 100_000 ? 0 : 1)}k` : n.toFixed(0));

/** Every table has FORCE ROW LEVEL SECURITY, so even the table owner would insert nothing without bypassing it. */
async function assertBypassesRls(client: pg.Client) {
  const { rows } = await client.query<{ bypass: boolean }>(
    'SELECT rolsuper OR rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user',
  );
  if (!rows[0]?.bypass) throw new Error('seedLarge needs a superuser (or BYPASSRLS) connection string');
}

async function countPresent(client: pg.Client) {
  const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM company WHERE name LIKE $1', [
    `${LARGE_SEED_MARKER}%`,
  ]);
  return rows[0]?.n ?? 0;
}

/** Companies from … to-1, all their rows, in one transaction (so an interrupted run leaves whole companies only). */
async function seedBatch(client: pg.Client, from: number, to: number): Promise<Counts> {
  const counts = emptyCounts();
  await client.query('BEGIN');
  try {
    for (const table of TABLES) {
      const { sql, params = [] } = STATEMENTS[table];
      const result = await client.query(sql, [from, to - 1, ...params]);
      counts[table] = result.rowCount ?? 0;
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------------------------
// The statements. $1 … $2 is the batch's range of company indexes; c.i is the company index in each of them.
// ---------------------------------------------------------------------------------------------------------------

const ITEM_KEYS = ipa2011.items.map((item) => item.key);
const ROLES = ['MANAGER', 'IT_OWNER', 'ADVISOR'] as const;
const MANAGER = 0;
const IT_OWNER = 1;
const ADVISOR = 2;
/** Decision d (0 or 1) has 3 + d candidates: 7 per company. */
const CANDIDATES_BASE = 3;

/** A stable uuid for one seeded row, from its kind and index parts (SQL expressions). */
const uuid = (kind: string, ...parts: string[]) =>
  `md5('${LARGE_SEED_MARKER}${kind}' || ${parts.map((p) => `'-' || (${p})`).join(' || ')})::uuid`;
const companyId = uuid('company', 'c.i');
const userId = (role: number | string) => uuid('user', 'c.i', String(role));
const decisionId = uuid('decision', 'c.i', 'd.d');
const candidateId = uuid('candidate', 'c.i', 'd.d', 'p.p');

const companies = 'generate_series($1::bigint, $2::bigint) AS c(i)';
const decisions = 'generate_series(0, 1) AS d(d)';
const candidates = `generate_series(0, ${CANDIDATES_BASE - 1} + d.d) AS p(p)`;
const items = 'unnest($3::text[]) WITH ORDINALITY AS it(key, n)';
/** 1-based pick from a text[] parameter by any integer expression. */
const pick = (array: string, by: string) => `(${array})[1 + (${by}) % cardinality(${array})]`;

// Sign-up times spread over the past year (7919 s apart, wrapping), so (company_id, created_at) indexes and
// "recent first" orderings look like a year of real use. Later rows of a company fall between its sign-up and now.
const companyCreated = `(now() - ((c.i * 7919) % 31536000 + 3600) * interval '1 second')`;
const between = (start: string, fraction: string) => `(${start} + (now() - ${start}) * (${fraction}))`;
const decisionCreated = between(companyCreated, '0.2 + 0.3 * d.d');
const answerCreated = between(decisionCreated, 'it.n / 20.0');

const INDUSTRIES = ['商事', '製作所', '工業', '設計事務所', '不動産', '建設', '物流', '食品', '会計事務所', '印刷'];
const SURNAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田'];
const GIVEN_NAMES = ['太郎', '花子', '健一', '美咲', '大輔', '陽子', '翔太', '由美', '直樹', '恵'];
const DECISION_TITLES = [
  '会計ソフトのクラウド移行',
  '社内ファイル共有サービスの選定',
  '勤怠管理システムの導入',
  'メールとスケジュール管理の刷新',
  '顧客管理（CRM）サービスの比較',
  '電子契約サービスの導入検討',
];
const SERVICES = ['クラウド会計A', 'オンラインストレージB', 'グループウェアC', '勤怠クラウドD', 'CRMサービスE', '電子契約F', 'ビジネスメールG'];
const PROVIDERS = ['株式会社サンプルクラウド', 'Example Cloud Inc.', '日本ソフトサービス株式会社', 'データ安心株式会社'];
// Memos are 2–3 of these plus a reference number: 60–200 characters, like what people type on the item page.
const MEMO_SENTENCES = [
  'ベンダーの公開資料と営業担当者への問い合わせで内容を確認しました。',
  '利用規約の該当条項を読み、社内の運用ルールと矛盾しないことを確かめました。',
  '管理画面で設定できる項目を、試用環境で実際に操作して確認しています。',
  '障害時の連絡手順は、契約前にもう一度サポート窓口へ問い合わせる予定です。',
  'データの保存場所は国内リージョンを選べることをサポート窓口に確認済みです。',
  'パスワードの長さや二段階認証の設定を、管理者アカウントで確認しました。',
  '解約時のデータ返却はCSV形式での一括出力とのことで、手順書を保管しました。',
  '料金は利用者数に応じた月額で、来期の増員分も含めて見積もりを取りました。',
];
const RISK_REASONS = [
  '稼働率の保証がないが、止まっても翌営業日まで紙の台帳で業務を続けられるため許容する。',
  '障害時の補償がないため、重要なデータは毎週社内にも複製を取る前提で判断する。',
  '海外の事業者で問い合わせが英語のみのため、IT担当が窓口となり社内で対応手順をまとめる。',
];
const COMMENT_BODIES = [
  '先方の回答が届いたら、この項目の根拠として添付してください。',
  '前回の打ち合わせで出た懸念点は解消済みという理解でよいでしょうか。',
  '顧問の立場からは、契約書の解約条項をもう一度確認することをお勧めします。',
  '見積もりの前提となる利用者数が古いので、最新の人数で再計算をお願いします。',
];
// Ten events per company, the actions the app writes most (lib/server/*); decision events target decision 0 or 1.
const AUDIT_EVENTS: ReadonlyArray<readonly [action: string, decision: 0 | 1 | null]> = [
  ['company.signed_up', null],
  ['invitation.created', null],
  ['invitation.accepted', null],
  ['invitation.created', null],
  ['invitation.accepted', null],
  ['decision.created', 0],
  ['candidate.added', 0],
  ['items.assigned', 0],
  ['decision.created', 1],
  ['comment.added', 1],
];

type Statement = { sql: string; params?: unknown[] };

const STATEMENTS: Record<Table, Statement> = {
  company: {
    sql: `INSERT INTO company (id, name, created_at)
          SELECT ${companyId}, '${LARGE_SEED_MARKER}' || lpad(c.i::text, 6, '0') || ' ' || ${pick('$3::text[]', 'c.i')} || '株式会社',
                 ${companyCreated}
            FROM ${companies}`,
    params: [INDUSTRIES],
  },
  // These users never sign in: a dummy password hash keeps the seed free of Argon2 work.
  user: {
    sql: `INSERT INTO "user" (id, email, name, password_hash, created_at, updated_at, password_changed_at)
          SELECT ${userId('r.r')}, '${LARGE_SEED_MARKER}' || c.i || '-' || r.r || '@bench.kumo-check.example',
                 ${pick('$3::text[]', 'c.i * 3 + r.r')} || ' ' || ${pick('$4::text[]', 'c.i + r.r * 7')},
                 'x', ${companyCreated}, ${companyCreated}, ${companyCreated}
            FROM ${companies}, generate_series(0, 2) AS r(r)`,
    params: [SURNAMES, GIVEN_NAMES],
  },
  membership: {
    sql: `INSERT INTO membership (id, company_id, user_id, role, created_at)
          SELECT gen_random_uuid(), ${companyId}, ${userId('r.n - 1')}, r.role::"Role", ${companyCreated}
            FROM ${companies}, unnest($3::text[]) WITH ORDINALITY AS r(role, n)`,
    params: [ROLES],
  },
  // DRAFT, with every fifth company's second decision RETURNED: both states the sign-off triggers allow edits in.
  decision: {
    sql: `INSERT INTO decision (id, company_id, title, scope_business, scope_information, info_importance, needs,
                                template_key, template_version, status, created_by_id, created_at, updated_at)
          SELECT ${decisionId}, ${companyId}, ${pick('$3::text[]', 'c.i + d.d')},
                 '経理部の請求・支払業務と月次決算', '取引先の連絡先、請求書、従業員の氏名',
                 '{"selected": [], "note": ""}', '{"selected": [], "note": ""}', $4, $5,
                 (CASE WHEN d.d = 1 AND c.i % 5 = 0 THEN 'RETURNED' ELSE 'DRAFT' END)::"DecisionStatus",
                 ${userId(MANAGER)}, ${decisionCreated}, ${decisionCreated}
            FROM ${companies}, ${decisions}`,
    params: [DECISION_TITLES, ipa2011.key, ipa2011.version],
  },
  candidate: {
    sql: `INSERT INTO candidate (id, company_id, decision_id, name, provider, url, category, plan, price_notes,
                                 position, created_at, updated_at)
          SELECT ${candidateId}, ${companyId}, ${decisionId}, ${pick('$3::text[]', 'c.i + d.d * 3 + p.p')},
                 ${pick('$4::text[]', 'c.i + p.p')}, 'https://service-' || p.p || '.example.jp', 'SaaS',
                 'ビジネスプラン', '1ユーザーあたり月額 ' || (500 + (c.i + p.p) % 20 * 100) || ' 円',
                 p.p, ${decisionCreated}, ${decisionCreated}
            FROM ${companies}, ${decisions}, ${candidates}`,
    params: [SERVICES, PROVIDERS],
  },
  item_assignment: {
    sql: `INSERT INTO item_assignment (company_id, decision_id, item_key, assignee_id, assigned_by_id, assigned_at)
          SELECT ${companyId}, ${decisionId}, it.key, ${userId(`(it.n % 2)::int`)}, ${userId(MANAGER)}, ${decisionCreated}
            FROM ${companies}, ${decisions}, ${items}`,
    params: [ITEM_KEYS],
  },
  // Every candidate answers every item: mostly CONFIRMED, one in five CONCERN (with the risk decision the app
  // requires), one in ten NOT_APPLICABLE.
  answer: {
    sql: `INSERT INTO answer (id, company_id, decision_id, candidate_id, item_key, status, memo, risk_acceptable,
                              risk_reason, updated_by_id, created_at, updated_at)
          SELECT gen_random_uuid(), ${companyId}, ${decisionId}, ${candidateId}, it.key,
                 (CASE WHEN h < 2 THEN 'CONCERN' WHEN h = 2 THEN 'NOT_APPLICABLE' ELSE 'CONFIRMED' END)::"AnswerStatus",
                 ${pick('$4::text[]', 'c.i + it.n')} || ${pick('$4::text[]', 'c.i + it.n + 3')}
                   || CASE WHEN h % 3 = 0 THEN ${pick('$4::text[]', 'c.i + it.n + 5')} ELSE '' END
                   || '（確認票 ' || c.i || '-' || d.d || p.p || '-' || it.n || '）',
                 CASE WHEN h < 2 THEN h = 0 END,
                 CASE WHEN h < 2 THEN ${pick('$5::text[]', 'c.i + it.n')} ELSE '' END,
                 ${userId(IT_OWNER)}, ${answerCreated}, ${answerCreated}
            FROM ${companies}, ${decisions}, ${candidates}, ${items},
                 LATERAL (SELECT ((c.i * 7 + d.d * 5 + p.p * 3 + it.n) % 10)::int AS h) AS mix`,
    params: [ITEM_KEYS, MEMO_SENTENCES, RISK_REASONS],
  },
  // Three per decision: on the whole decision, on an item, and on an item of the first candidate.
  comment: {
    sql: `INSERT INTO comment (id, company_id, decision_id, item_key, candidate_id, author_id, body, created_at)
          SELECT gen_random_uuid(), ${companyId}, ${decisionId},
                 CASE WHEN k.k > 0 THEN ${pick('$3::text[]', 'c.i + k.k')} END,
                 CASE WHEN k.k = 2 THEN ${uuid('candidate', 'c.i', 'd.d', '0')} END,
                 ${userId(`CASE WHEN k.k = 1 THEN ${ADVISOR} ELSE ${MANAGER} END`)},
                 ${pick('$4::text[]', 'c.i + k.k')}, ${between(decisionCreated, '0.5 + 0.1 * k.k')}
            FROM ${companies}, ${decisions}, generate_series(0, 2) AS k(k)`,
    params: [ITEM_KEYS, COMMENT_BODIES],
  },
  audit_event: {
    sql: `INSERT INTO audit_event (company_id, actor_id, action, target, ip, data, created_at)
          SELECT ${companyId}, ${userId(MANAGER)}, e.action,
                 CASE WHEN e.d IS NOT NULL THEN 'decision:' || ${uuid('decision', 'c.i', 'e.d')} END,
                 '192.0.2.' || (c.i % 250 + 1), '{}', ${between(companyCreated, 'e.n / 10.0')}
            FROM ${companies}, unnest($3::text[], $4::int[]) WITH ORDINALITY AS e(action, d, n)`,
    params: [AUDIT_EVENTS.map(([action]) => action), AUDIT_EVENTS.map(([, d]) => d)],
  },
};
