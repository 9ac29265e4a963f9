import { expect, test, type Browser } from '@playwright/test';
import { expectAccessible, ownerDb, signIn, uniqueEmail } from './fixtures';

// Issue D end to end, only through the UI as real users would: sign-up, invitation, a decision with three
// candidates, the IT owner's answers and confirmation, comparison, approval, the signed PDF, public verification,
// and a later edit opening revision 2.
const ITEMS = Array.from({ length: 14 }, (_, i) => `item-${String(i + 1).padStart(2, '0')}`);
const CANDIDATES = ['クラウド会計 𠮷', 'Books Online', 'ミライ経理'];
const CHOSEN = CANDIDATES[0]!;
const MEMO = '𠮷野さんが見積書と利用規約を確認済み';

// A browser console error (hydration mismatch, React warning, failed request) fails the journey (style.md); the
// site has no favicon yet, which is not this journey's concern.
const consoleErrors: string[] = [];

async function newPage(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) consoleErrors.push(`${m.text()} ${m.location().url}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  return page;
}

/** All text of a PDF, read back with pdfjs (as in signoff.spec.ts), pages joined. */
async function pdfText(bytes: Buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(''));
  }
  return pages.join('\n');
}

test('a new company goes from sign-up to a signed, publicly verifiable decision and on to revision 2', async ({ browser }) => {
  // Four users' worth of full page loads and 14 saves on a shared 2-core machine.
  test.setTimeout(300_000);
  const suffix = crypto.randomUUID().slice(0, 6);
  const companyName = `雲の上商事 ${suffix}`;
  const managerName = '𠮷野 花子';
  const itName = '𠮷川 次郎';
  const managerEmail = uniqueEmail('journey-manager');
  const itEmail = uniqueEmail('journey-it');
  const password = '雲の上で 安全確認 2026';

  // 1. The manager registers the company.
  const mgr = await newPage(browser);
  await mgr.goto('/sign-up');
  await mgr.getByLabel('会社名').fill(companyName);
  await mgr.getByLabel('お名前').fill(managerName);
  await mgr.getByLabel('メールアドレス').fill(managerEmail);
  await mgr.getByLabel('パスワード').fill(password);
  await mgr.getByRole('button', { name: '登録して始める' }).click();
  await expect(mgr).toHaveURL(/\/dashboard$/);
  await expect(mgr.getByTestId('company-name')).toHaveText(companyName);

  // 2. The manager invites the IT owner, who joins through the emailed link.
  await mgr.goto('/members');
  await mgr.getByLabel('招待する方のメールアドレス').fill(itEmail);
  await mgr.getByLabel('役割', { exact: true }).selectOption('IT_OWNER');
  await mgr.getByLabel('招待メールの言語').selectOption('ja');
  await mgr.getByRole('button', { name: '招待メールを送る' }).click();
  await expect(mgr.getByRole('status')).toHaveText(`${itEmail} さんに招待メールを送りました。`);
  const { rows: mails } = await ownerDb((c) => c.query('SELECT "to", subject, text FROM mail_outbox WHERE "to" = $1 ORDER BY id DESC', [itEmail]));
  expect(mails.length).toBeGreaterThan(0);
  const invitePath = /https?:\/\/[^/\s]+((?:\/en)?\/invite\/[A-Za-z0-9_-]{43})/.exec(mails[0].text)?.[1];
  expect(invitePath).toBeTruthy();

  const it = await newPage(browser);
  await it.goto(invitePath!);
  await expect(it.getByRole('heading', { level: 1, name: `${companyName} への招待` })).toBeVisible();
  await it.getByRole('textbox', { name: 'お名前' }).fill(itName);
  await it.getByLabel('パスワード', { exact: true }).fill(password);
  await it.getByRole('button', { name: '登録して参加する' }).click();
  await expect(it).toHaveURL(/\/dashboard$/);
  await expect(it.getByTestId('company-name')).toHaveText(companyName);
  await expect(it.getByText('IT担当 としてログインしています')).toBeVisible();

  // 3. The manager opens a decision with three candidates and hands every item to the IT owner.
  await mgr.goto('/dashboard');
  await mgr.getByRole('link', { name: '新しい検討案件を作る' }).click();
  await expect(mgr.getByRole('heading', { level: 1, name: '新しい検討案件' })).toBeVisible();
  const title = '会計ソフトのクラウド化';
  await mgr.getByLabel('案件名').fill(title);
  await mgr.getByRole('button', { name: '作成する' }).click();
  await expect(mgr.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const decisionPath = new URL(mgr.url()).pathname;
  const decisionId = decisionPath.split('/').pop()!;
  for (const name of CANDIDATES) {
    await mgr.getByLabel('サービス名').last().fill(name);
    await mgr.getByRole('button', { name: '候補を追加' }).click();
    await expect(mgr.getByTestId('candidate').filter({ hasText: name })).toBeVisible();
  }
  await mgr.getByLabel('すべての項目の担当者').selectOption({ label: `${itName}（IT担当）` });
  await mgr.getByRole('button', { name: 'まとめて割り当てる' }).click();
  await expect(mgr.getByText('担当者を保存しました。').first()).toBeVisible();
  await expect(mgr.getByText(`担当：${itName}`)).toHaveCount(14);

  // 4. The IT owner answers all 14 items for one candidate (item 6 with a concern and a risk decision).
  for (const itemKey of ITEMS) {
    await it.goto(`${decisionPath}/items/${itemKey}`);
    const card = it.getByRole('region', { name: CHOSEN, exact: true });
    if (itemKey === 'item-06') {
      await card.getByLabel('未確認・懸念あり', { exact: true }).check();
      await card.getByLabel('メモ', { exact: true }).fill('障害時の連絡手順が契約書にない');
      await card.getByLabel('受け入れられる（許容できる）').check();
      await card.getByLabel('そう判断した理由').fill('止まっても手作業で一週間は業務を続けられるため');
      await card.getByLabel('リスクを減らす対策・代わりの手段').fill('販売店に連絡窓口を文書で確認する');
    } else {
      await card.getByLabel('確認済み', { exact: true }).check();
      if (itemKey === 'item-01') await card.getByLabel('メモ', { exact: true }).fill(MEMO);
    }
    await card.getByRole('button', { name: '保存する' }).click();
    await expect(card.getByRole('status')).toContainText(`保存しました（${itName}・`);
  }

  await it.goto(decisionPath);
  await it.getByRole('button', { name: '第1版を確定して手続きに進む' }).click();
  await expect(it.getByText('内容のハッシュ値（SHA-256）')).toBeVisible();
  await it.getByRole('button', { name: 'IT担当として確認する' }).click();
  await expect(it.getByText('経営層の承認を待っています。')).toBeVisible();

  // 5. The manager compares, approves the answered candidate and downloads the signed PDF.
  await mgr.goto(decisionPath);
  await mgr.getByRole('link', { name: '候補を並べて比較する' }).click();
  await expect(mgr.getByRole('heading', { level: 1, name: `候補の比較：${title}` })).toBeVisible();
  await expect(mgr.getByTestId('candidate-summary').filter({ hasText: CHOSEN })).toContainText('14/14 項目に回答');
  await expect(mgr.getByTestId('candidate-summary').filter({ hasText: 'Books Online' })).toContainText('0/14 項目に回答');
  await expect(mgr.getByTestId(`cell-1-${CHOSEN}`)).toContainText(MEMO);
  await expect(mgr.getByTestId(`cell-6-${CHOSEN}`)).toContainText('未確認・懸念あり');
  await expectAccessible(mgr);

  await mgr.goto(decisionPath);
  await mgr.getByRole('radio', { name: new RegExp(CHOSEN) }).check();
  await mgr.getByRole('button', { name: 'この候補で承認する' }).click();
  await expect(mgr.getByText(`第1版は承認されました。採用：${CHOSEN}`)).toBeVisible();

  const pdfLink = mgr.getByRole('link', { name: /^承認済みPDFをダウンロード/ });
  const href = await pdfLink.getAttribute('href');
  expect(href).toBe(`/decisions/${decisionId}/pdf?revision=1`);
  const pdf = await mgr.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const text = await pdfText(await pdf.body());
  for (const expected of [companyName, title, CHOSEN, MEMO, itName, managerName]) expect(text).toContain(expected);

  // 6. Anyone can verify the signed revision without an account.
  const hash = (await ownerDb((c) => c.query('SELECT hash FROM revision_snapshot WHERE decision_id = $1', [decisionId]))).rows[0].hash as string;
  expect(text).toContain(hash);
  const visitor = await newPage(browser);
  await visitor.goto(`/verify?hash=${hash}`);
  await expect(visitor.getByText('このハッシュ値は、承認の手続きが済んだ版と一致します。')).toBeVisible();
  await expect(visitor.getByText(CHOSEN)).toBeVisible();

  // 7. A later edit of another candidate opens revision 2; revision 1 stays signed.
  await it.goto(`${decisionPath}/items/item-01`);
  const other = it.getByRole('region', { name: CANDIDATES[1], exact: true });
  await other.getByLabel('確認済み', { exact: true }).check();
  await other.getByRole('button', { name: '保存する' }).click();
  await expect(other.getByRole('status')).toContainText('保存しました');

  await mgr.reload();
  await expect(mgr.getByRole('heading', { name: /承認の手続き · 第2版/ })).toBeVisible();
  await expect(mgr.getByTestId('signed-revision')).toHaveCount(1);
  await expect(mgr.getByTestId('signed-revision')).toContainText(`第1版は承認されました。採用：${CHOSEN}`);
  await expectAccessible(mgr);
  expect(consoleErrors).toEqual([]);
});
