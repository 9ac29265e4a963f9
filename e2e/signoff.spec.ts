import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { assignItems, createCompany, createDecision, expectAccessible, ownerDb, signIn, userIdByEmail } from './fixtures';

const ITEMS = Array.from({ length: 14 }, (_, i) => `item-${String(i + 1).padStart(2, '0')}`);

test('IT owner confirms, manager approves, the hash verifies publicly, and an edit opens revision 2', async ({ browser }) => {
  const company = await createCompany('署名テスト株式会社', ['MANAGER', 'IT_OWNER']);
  const [manager, itOwner] = company.users;
  const itId = await userIdByEmail(itOwner!.email);
  const { decisionId, candidateIds } = await createDecision(company.companyId, itId, ['採用する候補 𠮷', '途中の候補'], '経費精算のクラウド化');
  await assignItems(company.companyId, decisionId, ITEMS, itId);
  await ownerDb(async (c) => {
    for (const itemKey of ITEMS) {
      await c.query(
        `INSERT INTO answer (id, company_id, decision_id, candidate_id, item_key, status, memo, updated_by_id, updated_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, 'CONFIRMED', $5, $6, now())`,
        [company.companyId, decisionId, candidateIds[0], itemKey, `${itemKey} を確認 🙂`, itId],
      );
    }
  });

  const it = await (await browser.newContext()).newPage();
  await signIn(it, itOwner!.email);
  await expect(it).toHaveURL(/\/dashboard$/);
  await it.goto(`/decisions/${decisionId}`);
  await it.getByRole('button', { name: '第1版を確定して手続きに進む' }).click();
  await expect(it.getByText('内容のハッシュ値（SHA-256）')).toBeVisible();
  await it.getByRole('button', { name: 'IT担当として確認する' }).click();
  await expect(it.getByText('経営層の承認を待っています。')).toBeVisible();
  await expectAccessible(it);

  const page = await (await browser.newContext()).newPage();
  await signIn(page, manager!.email);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto(`/decisions/${decisionId}`);
  await expect(page.getByText(/この候補はまだ承認できません：項目1が未回答/)).toBeVisible();
  await page.getByRole('radio', { name: /途中の候補/ }).check();
  await page.getByRole('button', { name: 'この候補で承認する' }).click();
  await expect(page.getByText('選んだ候補には、未回答の項目か、リスクの判断がない項目があります。').first()).toBeVisible();
  await page.getByRole('radio', { name: /採用する候補 𠮷/ }).check();
  await page.getByRole('button', { name: 'この候補で承認する' }).click();
  await expect(page.getByText('第1版は承認されました。採用：採用する候補 𠮷')).toBeVisible();
  await expectAccessible(page);

  const hash = (await ownerDb((c) => c.query('SELECT hash FROM revision_snapshot WHERE decision_id = $1', [decisionId]))).rows[0].hash as string;
  const signatures = await ownerDb((c) => c.query('SELECT role, content_hash FROM sign_off WHERE decision_id = $1 ORDER BY signed_at', [decisionId]));
  expect(signatures.rows).toEqual([{ role: 'IT_OWNER', content_hash: hash }, { role: 'MANAGER', content_hash: hash }]);

  // The signed PDF: the same revision always gives the same file, and its text carries what was signed.
  const pdfPath = `/decisions/${decisionId}/pdf?revision=1`;
  const first = await page.request.get(pdfPath);
  expect(first.status()).toBe(200);
  expect(first.headers()['content-type']).toBe('application/pdf');
  expect(first.headers()['content-disposition']).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''/);
  const bytes = await first.body();
  const again = await (await page.request.get(pdfPath)).body();
  expect(sha256(again)).toBe(sha256(bytes));
  const text = await pdfText(bytes);
  for (const expected of ['署名テスト株式会社', '経費精算のクラウド化', '採用する候補 𠮷', '利用範囲の明確化', 'item-01 を確認', hash]) {
    expect(text).toContain(expected);
  }
  expect(text).not.toContain('DRAFT');
  const outsider = await (await browser.newContext()).newPage();
  const other = await createCompany('部外者株式会社', ['MANAGER']);
  await signIn(outsider, other.users[0]!.email);
  await expect(outsider).toHaveURL(/\/dashboard$/);
  expect((await outsider.request.get(pdfPath)).status()).toBe(404);

  // The verification page needs no account.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/verify');
  await visitor.getByLabel('ハッシュ値（64文字の英数字）').fill(hash);
  await visitor.getByRole('button', { name: '確認する' }).click();
  await expect(visitor.getByText('このハッシュ値は、承認の手続きが済んだ版と一致します。')).toBeVisible();
  await expect(visitor.getByText('採用する候補 𠮷')).toBeVisible();
  await expectAccessible(visitor);
  await visitor.goto(`/verify?hash=${'f'.repeat(64)}`);
  await expect(visitor.getByRole('main').getByRole('alert')).toContainText('一致する承認済みの版は見つかりませんでした');
  await expect(visitor.locator('body')).not.toContainText('署名テスト株式会社');

  // An edit after approval opens revision 2; revision 1 stays signed and verifiable.
  await it.goto(`/decisions/${decisionId}/items/item-01`);
  const card = it.getByRole('region', { name: '途中の候補', exact: true });
  await card.getByLabel('確認済み', { exact: true }).check();
  await card.getByRole('button', { name: '保存する' }).click();
  await expect(card.getByText(/保存しました/)).toBeVisible();
  const after = await ownerDb((c) => c.query('SELECT status, revision FROM decision WHERE id = $1', [decisionId]));
  expect(after.rows[0]).toEqual({ status: 'DRAFT', revision: 2 });
  await page.reload();
  await expect(page.getByRole('heading', { name: /承認の手続き · 第2版/ })).toBeVisible();
  await expect(page.getByTestId('signed-revision')).toContainText('第1版は承認されました。');
  await visitor.goto(`/verify?hash=${hash}`);
  await expect(visitor.getByText('このハッシュ値は、承認の手続きが済んだ版と一致します。')).toBeVisible();
});

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** All text of a PDF, read back with pdfjs (the library a reader would use), pages joined. */
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
