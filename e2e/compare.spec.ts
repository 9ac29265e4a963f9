import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { createCompany, createDecision, expectAccessible, insertAnswers, signIn, userIdByEmail } from './fixtures';

test('a manager compares three candidates, plots costs against own servers and exports a safe CSV', async ({ browser }) => {
  const company = await createCompany('比較テスト株式会社', ['MANAGER', 'IT_OWNER']);
  const [manager, itOwner] = company.users;
  const managerId = await userIdByEmail(manager!.email);
  const { decisionId, candidateIds } = await createDecision(company.companyId, managerId, ['クラウド会計𠮷', 'Books Online', 'SaaS C'], '会計ソフトの比較');
  await insertAnswers(company.companyId, decisionId, await userIdByEmail(itOwner!.email), [
    { candidateId: candidateIds[0]!, itemKey: 'item-02', status: 'CONFIRMED', memo: '見積書を確認 𠮷野家', facts: { initialCost: 100000, monthlyCost: 20000, monthlyIndirectCost: 5000 } },
    { candidateId: candidateIds[0]!, itemKey: 'item-10', status: 'CONFIRMED', facts: { availabilityPercent: 99.9, availabilityPeriod: 'month' } },
    { candidateId: candidateIds[1]!, itemKey: 'item-02', status: 'CONFIRMED', facts: { initialCost: 0, monthlyCost: 30000 } },
    { candidateId: candidateIds[1]!, itemKey: 'item-07', status: 'CONCERN', memo: '=1+1', risk: { acceptable: false, reason: '再発行の手順がない', mitigation: '別の候補を検討する' } },
  ]);

  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(page, manager!.email);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto(`/decisions/${decisionId}`);
  await page.getByRole('link', { name: '候補を並べて比較する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '候補の比較：会計ソフトの比較' })).toBeVisible();

  // Matrix: statuses as text, the memo excerpt and the risk decision.
  const matrix = page.getByRole('table', { name: 'チェック項目ごとの確認結果（行：項目、列：候補）' });
  await expect(matrix.getByRole('columnheader', { name: 'Books Online' })).toBeVisible();
  await expect(page.getByTestId('cell-7-Books Online')).toContainText('未確認・懸念あり');
  await expect(page.getByTestId('cell-7-Books Online')).toContainText('=1+1');
  await expect(page.getByTestId('cell-7-Books Online')).toContainText('リスクは受け入れられない');
  await expect(page.getByTestId('cell-2-クラウド会計𠮷')).toContainText('確認済み');
  await expect(page.getByTestId('cell-2-クラウド会計𠮷')).toContainText('見積書を確認 𠮷野家');
  await expect(page.getByTestId('cell-1-SaaS C')).toContainText('未回答');

  // Summary per candidate and key facts.
  const books = page.getByTestId('candidate-summary').filter({ hasText: 'Books Online' });
  await expect(books).toContainText('2/14 項目に回答');
  await expect(books).toContainText('未解決のリスク: A 0件・B 1件・C 0件');
  await expect(page.getByTestId('downtime-クラウド会計𠮷')).toHaveText('1か月あたり 約43分50秒');
  await expect(page.getByTestId('key-facts')).toContainText('100,000円');

  // Cost chart: candidate lines first, the own-server line once its costs are entered; same numbers as a table.
  const costTable = page.getByRole('table', { name: 'グラフの数値（利用年数ごとの累計費用）' });
  await expect(costTable.getByRole('row')).toHaveCount(3);
  await expect(costTable.getByRole('row', { name: /クラウド会計𠮷/ })).toContainText('400,000'); // 100,000 + 12 × 25,000
  await page.getByLabel('自社サーバの初期費用（円）').fill('abc');
  await expect(page.getByText('0以上の整数（円）で入力してください。')).toBeVisible();
  await page.getByLabel('自社サーバの初期費用（円）').fill('1,000,000');
  await page.getByLabel('自社サーバの月々の費用（円、運用の手間を含む）').fill('50000');
  await expect(costTable.getByRole('row', { name: /自社サーバ/ })).toContainText('1,600,000');
  await expect(costTable.getByRole('row', { name: /自社サーバ/ })).toContainText('4,000,000');
  await expect(page.getByTestId('cost-chart').locator('.recharts-line')).toHaveCount(3);
  await expectAccessible(page);

  // CSV: BOM, Japanese header, 𠮷 intact, formula neutralised.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSVで書き出す' }).click()]);
  expect(download.suggestedFilename()).toBe('候補の比較_会計ソフトの比較.csv');
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8').slice(1);
  expect(csv.split('\r\n')[0]).toBe('区分,番号,チェック項目,候補,確認結果,メモ,リスクの判断,判断の理由,対策・代わりの手段,記録した値');
  expect(csv).toContain('見積書を確認 𠮷野家');
  expect(csv).toContain(",'=1+1,");
  expect(csv).not.toContain(',=1+1,');

  // English.
  await page.goto(`/en/decisions/${decisionId}/compare`);
  await expect(page.getByRole('heading', { level: 1, name: /Compare candidates/ })).toBeVisible();
  await expect(page.getByTestId('downtime-クラウド会計𠮷')).toHaveText('About 43 minutes 50 seconds per month');
  await expect(page.getByTestId('cell-7-Books Online')).toContainText('Risk is not acceptable');
});

test("another company's member gets 404 for the comparison page and its CSV", async ({ browser }) => {
  const owner = await createCompany('持ち主株式会社');
  const { decisionId } = await createDecision(owner.companyId, await userIdByEmail(owner.users[0]!.email), ['候補A']);
  const other = await createCompany('他社株式会社');
  const page = await (await browser.newContext()).newPage();
  await signIn(page, other.users[0]!.email);
  await expect(page).toHaveURL(/\/dashboard$/);
  expect((await page.goto(`/decisions/${decisionId}/compare`))!.status()).toBe(404);
  expect((await page.request.get(`/decisions/${decisionId}/export`)).status()).toBe(404);
  expect((await page.request.get(`/en/decisions/${decisionId}/export`)).status()).toBe(404);
  expect((await page.request.get('/decisions/not-a-uuid/export')).status()).toBe(404);
  // Without a session there is no CSV either.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`/decisions/${decisionId}/export`)).status()).toBe(401);
});
