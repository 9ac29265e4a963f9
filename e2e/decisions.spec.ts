import { expect, test } from '@playwright/test';
import { createCompany, expectAccessible, ownerDb, signIn } from './fixtures';

test('a manager opens a review with three candidates and assigns the items to the IT owner', async ({ browser }) => {
  const company = await createCompany('検討テスト株式会社', ['MANAGER', 'IT_OWNER', 'ADVISOR']);
  const [manager, itOwner, advisor] = company.users;
  const page = await (await browser.newContext()).newPage();
  await signIn(page, manager!.email);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole('link', { name: '新しい検討案件を作る' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '新しい検討案件' })).toBeVisible();
  await expectAccessible(page);

  // A refused save keeps what was typed.
  await page.getByLabel('クラウドに移す業務（項目1）').fill('請求書の発行');
  await page.getByRole('button', { name: '作成する' }).click();
  await expect(page.getByText('入力してください。')).toBeVisible();
  await expect(page.getByLabel('クラウドに移す業務（項目1）')).toHaveValue('請求書の発行');

  await page.getByLabel('案件名').fill('会計ソフトのクラウド化');
  await page.getByLabel('クラウドで扱う情報（項目1）').fill('取引先の名前と請求金額');
  await page.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: '作成する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '会計ソフトのクラウド化' })).toBeVisible();
  const decisionUrl = page.url();
  const decisionId = decisionUrl.split('/').pop()!;

  const candidates = ['クラウド会計 𠮷', 'Books Online', '<script>alert(1)</script>'];
  for (const name of candidates) {
    await page.getByLabel('サービス名').last().fill(name);
    await page.getByLabel('サービスのURL').last().fill('https://example.jp/service');
    await page.getByRole('button', { name: '候補を追加' }).click();
    await expect(page.getByTestId('candidate').filter({ hasText: name })).toBeVisible();
  }
  // The script name is shown as text, never run.
  await expect(page.getByRole('heading', { level: 3, name: '<script>alert(1)</script>' })).toBeVisible();

  // A javascript: link is refused.
  await page.getByLabel('サービス名').last().fill('悪い候補');
  await page.getByLabel('サービスのURL').last().fill('javascript:alert(1)');
  await page.getByRole('button', { name: '候補を追加' }).click();
  await expect(page.getByText('「https://」または「http://」から始まるURLを入力してください。')).toBeVisible();

  await page.getByLabel('すべての項目の担当者').selectOption({ label: `${itOwner!.name}（IT担当）` });
  await page.getByRole('button', { name: 'まとめて割り当てる' }).click();
  await expect(page.getByText('担当者を保存しました。').first()).toBeVisible();
  await expect(page.getByText(`担当：${itOwner!.name}`)).toHaveCount(14);
  await expect(page.getByText('0/14 項目に回答')).toHaveCount(3);
  await expectAccessible(page);

  const rows = await ownerDb(async (c) => ({
    candidates: (await c.query('SELECT name FROM candidate WHERE decision_id = $1 ORDER BY position', [decisionId])).rows.map((r) => r.name),
    assignments: (await c.query('SELECT count(*)::int AS n FROM item_assignment WHERE decision_id = $1 AND assignee_id = (SELECT id FROM "user" WHERE email = $2)', [decisionId, itOwner!.email])).rows[0].n,
    mail: (await c.query('SELECT subject FROM mail_outbox WHERE "to" = $1', [itOwner!.email])).rows,
  }));
  expect(rows.candidates).toEqual(candidates);
  expect(rows.assignments).toBe(14);
  expect(rows.mail).toEqual([{ subject: '【Kumo Check】「会計ソフトのクラウド化」の確認項目が割り当てられました' }]);

  await page.getByRole('link', { name: '内容を変更' }).click();
  await expect(page.getByLabel('案件名')).toHaveValue('会計ソフトのクラウド化');
  await expectAccessible(page);
  await page.getByLabel('案件名').fill('会計ソフトのクラウド化（2026年度）');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '会計ソフトのクラウド化（2026年度）' })).toBeVisible();
  await expect(page.getByText('検討案件の内容を変更しました')).toBeVisible();

  // The IT owner sees the assignment on the dashboard.
  const it = await (await browser.newContext()).newPage();
  await signIn(it, itOwner!.email);
  await expect(it.getByText('担当の項目は14件、そのうち回答が済んでいないものが14件あります。')).toBeVisible();
  await expect(it.getByText('0/14 項目に回答')).toHaveCount(3);

  // The IT owner answers item 1 for one candidate; the manager then sees the progress.
  await it.goto(decisionUrl.replace(/^https?:\/\/[^/]+/, ''));
  await it.getByRole('link', { name: /^1\. 利用範囲の明確化/ }).click();
  const card = it.getByRole('region', { name: 'Books Online', exact: true });
  await card.getByLabel('確認済み', { exact: true }).check();
  await card.getByLabel('メモ', { exact: true }).fill('請求書の発行だけをクラウドに移す 🙂');
  await card.getByRole('button', { name: '保存する' }).click();
  await expect(card.getByText(/保存しました/)).toBeVisible();
  await page.reload();
  await expect(page.getByText('1/14 項目に回答')).toHaveCount(1);
  await expect(page.getByText('項目1（Books Online）の回答を保存しました')).toBeVisible();

  // The advisor reads and comments, but gets no editing controls.
  const adv = await (await browser.newContext()).newPage();
  await signIn(adv, advisor!.email);
  await expect(adv).toHaveURL(/\/dashboard$/);
  await adv.goto(decisionUrl.replace(/^https?:\/\/[^/]+/, ''));
  await expect(adv.getByRole('button', { name: '候補を追加' })).toHaveCount(0);
  await expect(adv.getByRole('link', { name: '内容を変更' })).toHaveCount(0);
  await adv.getByLabel('コメントを書く').fill('税理士です。月額費用の勘定科目を確認しておきましょう。');
  await adv.getByRole('button', { name: 'コメントする' }).click();
  await expect(adv.getByText('税理士です。月額費用の勘定科目を確認しておきましょう。')).toBeVisible();
  await expectAccessible(adv);
});

test('another company gets the same 404 as for a review that does not exist', async ({ browser }) => {
  const a = await createCompany('甲社', ['MANAGER']);
  const b = await createCompany('乙社', ['MANAGER']);
  const decisionId = crypto.randomUUID();
  await ownerDb(async (c) => {
    const creator = (await c.query('SELECT id FROM "user" WHERE email = $1', [a.users[0]!.email])).rows[0].id;
    await c.query(
      "INSERT INTO decision (id, company_id, title, template_key, template_version, created_by_id) VALUES ($1, $2, '甲社の秘密の案件', 'ipa-2011', 1, $3)",
      [decisionId, a.companyId, creator],
    );
  });
  const page = await (await browser.newContext()).newPage();
  await signIn(page, b.users[0]!.email);
  await expect(page).toHaveURL(/\/dashboard$/);
  for (const path of [`/decisions/${decisionId}`, `/decisions/${crypto.randomUUID()}`, '/decisions/..%2Fx', '/decisions/1%20OR%201=1']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'ページが見つかりません' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('甲社の秘密の案件');
  }
  await page.goto('/decisions');
  await expect(page.locator('body')).not.toContainText('甲社の秘密の案件');
  await expectAccessible(page);
});
