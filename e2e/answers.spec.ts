import { expect, test, type Page } from '@playwright/test';
import { assignItems, createCompany, createDecision, expectAccessible, ownerDb, signIn, userIdByEmail, type FixtureUser } from './fixtures';

const CANDIDATES = ['クラウド会計 𠮷', 'Books Online', 'ミライ経理'];

async function setup(label: string) {
  const company = await createCompany(label, ['MANAGER', 'IT_OWNER', 'ADVISOR']);
  const [manager, itOwner, advisor] = company.users as [FixtureUser, FixtureUser, FixtureUser];
  const itOwnerId = await userIdByEmail(itOwner.email);
  const { decisionId, candidateIds } = await createDecision(company.companyId, await userIdByEmail(manager.email), CANDIDATES, '会計ソフトのクラウド化');
  return { company, manager, itOwner, advisor, itOwnerId, decisionId, candidateIds };
}

// A browser console error on these pages (hydration mismatch, React warning, failed request) fails the test
// (style.md). Attached after sign-in; the site has no favicon yet, which is not these pages' concern.
function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`${m.text()} ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

const answerRow = (decisionId: string, itemKey: string) =>
  ownerDb(async (c) => {
    const r = await c.query(
      `SELECT c.name, a.status, a.memo, a.facts, a.risk_acceptable, a.risk_reason, a.risk_mitigation, a.version
         FROM answer a JOIN candidate c ON c.id = a.candidate_id
        WHERE a.decision_id = $1 AND a.item_key = $2 ORDER BY c.position`,
      [decisionId, itemKey],
    );
    return r.rows;
  });

test('an IT owner answers an item for three candidates; bad input is explained and kept; memos round-trip exactly', async ({ page }) => {
  const { itOwner, itOwnerId, company, decisionId } = await setup('回答テスト株式会社');
  await assignItems(company.companyId, decisionId, ['item-02'], itOwnerId);
  await signIn(page, itOwner.email);
  await expect(page).toHaveURL(/\/dashboard$/);
  const errors = watchConsole(page);

  await page.goto(`/decisions/${decisionId}/items/item-02`);
  await expect(page.getByRole('heading', { level: 1, name: '(2) サービスの種類とコスト' })).toBeVisible();
  await expect(page.getByText('業務に合うクラウドサービスを選定し、コストについて確認しましたか？')).toBeVisible();
  await expect(page.getByTestId('assignee')).toHaveText(`担当者：${itOwner.name}（あなた）`);
  await expect(page.getByRole('link', { name: '検討案件「会計ソフトのクラウド化」に戻る' })).toHaveAttribute('href', `/decisions/${decisionId}`);
  await expect(page.getByTestId('item-nav-item-02')).toContainText('0/3');
  await expectAccessible(page);

  // A fact that is not a number: the field says so, and nothing typed is lost.
  const first = page.getByRole('region', { name: CANDIDATES[0], exact: true });
  await first.getByLabel('確認済み', { exact: true }).check();
  await first.getByLabel('初期費用', { exact: true }).fill('十万円くらい');
  await first.getByRole('button', { name: '保存する' }).click();
  await expect(first.getByText('この値は使えません。範囲や形式を確認してください。')).toBeVisible();
  await expect(first.getByLabel('初期費用', { exact: true })).toHaveValue('十万円くらい');
  await expect(first.getByLabel('初期費用', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  expect(await answerRow(decisionId, 'item-02')).toEqual([]);

  const memos = ['𠮷野さんに確認 👨‍👩‍👧‍👦 初期費用は見積書どおり\n2行目', 'サポート窓口に電話で確認 🇯🇵', '<script>alert(1)</script> 営業担当から資料を受領'];
  for (const [i, name] of CANDIDATES.entries()) {
    const card = page.getByRole('region', { name, exact: true });
    await card.getByLabel('確認済み', { exact: true }).check();
    await card.getByLabel('メモ', { exact: true }).fill(memos[i]!);
    await card.getByLabel('初期費用', { exact: true }).fill('100,000');
    await card.getByLabel('月額利用料', { exact: true }).fill(String(3000 * (i + 1)));
    await card.getByLabel('想定利用者数', { exact: true }).fill('12');
    await card.getByLabel('料金体系', { exact: true }).selectOption({ label: '利用者数に応じた月額' });
    await card.getByRole('button', { name: '保存する' }).click();
    await expect(card.getByRole('status')).toContainText(`保存しました（${itOwner.name}・`);
  }
  await expect(page.getByTestId('item-nav-item-02')).toContainText('3/3');

  // Exact round trip: the database holds the memo as typed, and the page shows it again after a reload.
  const stored = await answerRow(decisionId, 'item-02');
  expect(stored.map((r) => r.memo)).toEqual(memos);
  expect(stored[0]).toMatchObject({ status: 'CONFIRMED', facts: { initialCost: 100000, monthlyCost: 3000, users: 12, pricingModel: 'per-user' }, version: 1 });
  await page.reload();
  await expect(page.getByRole('region', { name: CANDIDATES[0], exact: true }).getByLabel('メモ', { exact: true })).toHaveValue(memos[0]!);
  await expect(page.getByRole('region', { name: CANDIDATES[2], exact: true }).getByLabel('メモ', { exact: true })).toHaveValue(memos[2]!);

  // Moving through the checklist: next item, then an item from the list.
  await page.getByRole('link', { name: '次の項目：(3) 扱う情報の重要度' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '(3) 扱う情報の重要度' })).toBeVisible();
  await page.getByRole('navigation', { name: /確認項目（全14項目）/ }).getByRole('link', { name: /^\(5\) 担当者/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '(5) 担当者' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('未確認・懸念あり needs a risk decision: refused with every message and the input kept, then saved', async ({ page }) => {
  const { itOwner, decisionId } = await setup('リスク判断株式会社');
  await signIn(page, itOwner.email);
  await expect(page).toHaveURL(/\/dashboard$/);
  const errors = watchConsole(page);
  await page.goto(`/decisions/${decisionId}/items/item-05`);
  await expect(page.getByRole('heading', { level: 1, name: '(5) 担当者' })).toBeVisible();

  // 未確認・懸念あり needs a risk decision: refused first with every message, input kept.
  const card = page.getByRole('region', { name: CANDIDATES[1], exact: true });
  await card.getByLabel('未確認・懸念あり', { exact: true }).check();
  await card.getByLabel('メモ', { exact: true }).fill('社内にクラウドに詳しい人がいない 😅');
  await card.getByRole('button', { name: '保存する' }).click();
  await expect(card.getByText('このリスクを受け入れられるかどうかを選んでください。')).toBeVisible();
  await expect(card.getByText('そう判断した理由を書いてください。')).toBeVisible();
  await expect(card.getByText('リスクを減らすための対策（または代わりの手段）を書いてください。')).toBeVisible();
  await expect(card.getByLabel('メモ', { exact: true })).toHaveValue('社内にクラウドに詳しい人がいない 😅');
  await expect(card.getByLabel('未確認・懸念あり', { exact: true })).toBeChecked();
  await expectAccessible(page);
  expect(await answerRow(decisionId, 'item-05')).toEqual([]);

  await card.getByLabel('受け入れられる（許容できる）').check();
  await card.getByLabel('そう判断した理由').fill('利用者が3名と少なく、操作も単純なため');
  await card.getByLabel('リスクを減らす対策・代わりの手段').fill('販売店の導入支援を3か月契約する');
  await card.getByRole('button', { name: '保存する' }).click();
  await expect(card.getByRole('status')).toContainText('保存しました');
  expect(await answerRow(decisionId, 'item-05')).toEqual([
    expect.objectContaining({
      status: 'CONCERN',
      memo: '社内にクラウドに詳しい人がいない 😅',
      risk_acceptable: true,
      risk_reason: '利用者が3名と少なく、操作も単純なため',
      risk_mitigation: '販売店の導入支援を3か月契約する',
    }),
  ]);

  expect(errors).toEqual([]);
});

test('item 10 shows the allowed downtime for the availability and its period as the user types', async ({ page }) => {
  const { itOwner, decisionId } = await setup('稼働率確認株式会社');
  await signIn(page, itOwner.email);
  await expect(page).toHaveURL(/\/dashboard$/);
  const errors = watchConsole(page);
  await page.goto(`/decisions/${decisionId}/items/item-10`);
  const sla = page.getByRole('region', { name: CANDIDATES[0], exact: true });
  await sla.getByLabel('稼働率保証', { exact: true }).fill('99.9');
  await expect(sla.getByTestId('downtime')).toContainText('1か月あたり 約43分50秒');
  await expect(sla.getByTestId('downtime')).toContainText('1年あたり 8時間45分36秒');
  await sla.getByLabel('稼働率の計算単位').selectOption({ label: '年単位' });
  await expect(sla.getByTestId('downtime')).toContainText('1年あたり 8時間45分36秒');
  await expect(sla.getByTestId('downtime')).not.toContainText('1か月あたり');
  await sla.getByLabel('確認済み', { exact: true }).check();
  await sla.getByRole('button', { name: '保存する' }).click();
  await expect(sla.getByRole('status')).toContainText('保存しました');
  await expectAccessible(page);
  expect((await answerRow(decisionId, 'item-10'))[0].facts).toEqual({ availabilityPercent: 99.9, availabilityPeriod: 'year' });
  expect(errors).toEqual([]);
});

test('a stale save shows the other version and overwrites nothing until the user decides', async ({ browser }) => {
  const { manager, itOwner, decisionId } = await setup('同時編集テスト株式会社');
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  await signIn(a, manager.email);
  await signIn(b, itOwner.email);
  await expect(a).toHaveURL(/\/dashboard$/);
  await expect(b).toHaveURL(/\/dashboard$/);
  const errors = [a, b].map(watchConsole);
  for (const p of [a, b]) await p.goto(`/decisions/${decisionId}/items/item-04`);
  const cardA = a.getByRole('region', { name: CANDIDATES[0], exact: true });
  const cardB = b.getByRole('region', { name: CANDIDATES[0], exact: true });

  await cardA.getByLabel('確認済み', { exact: true }).check();
  await cardA.getByLabel('メモ', { exact: true }).fill('就業規則を改定済み（経営層）');
  await cardA.getByRole('button', { name: '保存する' }).click();
  await expect(cardA.getByRole('status')).toContainText('保存しました');

  // B started from "no answer yet": its save is refused and shows A's version next to B's unsaved input.
  await cardB.getByLabel('該当なし', { exact: true }).check();
  await cardB.getByLabel('メモ', { exact: true }).fill('社外に情報を置く規程はない（IT担当）');
  await cardB.getByRole('button', { name: '保存する' }).click();
  const conflict = cardB.getByTestId('conflict');
  await expect(conflict.getByRole('alert')).toContainText('ほかの人が先にこの回答を保存しました');
  await expect(conflict.getByRole('alert')).toContainText(`${manager.name}さんが`);
  await expect(conflict.getByTestId('answer-status')).toHaveText('確認済み');
  await expect(conflict.getByTestId('answer-memo')).toHaveText('就業規則を改定済み（経営層）');
  await expect(cardB.getByLabel('メモ', { exact: true })).toHaveValue('社外に情報を置く規程はない（IT担当）');
  await expect(cardB.getByLabel('該当なし', { exact: true })).toBeChecked();
  await expectAccessible(b);
  expect(await answerRow(decisionId, 'item-04')).toEqual([expect.objectContaining({ memo: '就業規則を改定済み（経営層）', status: 'CONFIRMED', version: 1 })]);

  // B keeps its own input and saves again, now knowingly against A's version.
  await cardB.getByRole('button', { name: '保存する' }).click();
  await expect(cardB.getByRole('status')).toContainText(`保存しました（${itOwner.name}・`);
  await expect(cardB.getByTestId('conflict')).toHaveCount(0);
  expect(await answerRow(decisionId, 'item-04')).toEqual([expect.objectContaining({ memo: '社外に情報を置く規程はない（IT担当）', status: 'NOT_APPLICABLE', version: 2 })]);

  // A is now the stale one; this time it takes the other version into the form.
  await cardA.getByLabel('メモ', { exact: true }).fill('追記しようとした内容');
  await cardA.getByRole('button', { name: '保存する' }).click();
  await expect(cardA.getByTestId('conflict').getByTestId('answer-memo')).toHaveText('社外に情報を置く規程はない（IT担当）');
  await cardA.getByRole('button', { name: '相手の内容を使う' }).click();
  await expect(cardA.getByLabel('メモ', { exact: true })).toHaveValue('社外に情報を置く規程はない（IT担当）');
  await expect(cardA.getByLabel('該当なし', { exact: true })).toBeChecked();
  await expect(cardA.getByRole('status')).toHaveText('相手の内容を読み込みました。必要なら直してから保存してください。');
  expect((await answerRow(decisionId, 'item-04'))[0]).toMatchObject({ memo: '社外に情報を置く規程はない（IT担当）', version: 2 });
  expect(errors.flat()).toEqual([]);
});

test('an advisor reads an item without editable controls and comments on it', async ({ page }) => {
  const { advisor, itOwnerId, decisionId, candidateIds, company } = await setup('アドバイザー閲覧株式会社');
  await ownerDb((c) =>
    c.query(
      `INSERT INTO answer (id, company_id, decision_id, candidate_id, item_key, status, memo, facts, risk_acceptable, risk_reason, risk_mitigation, updated_by_id, updated_at)
       VALUES (gen_random_uuid(), $1, $2, $3, 'item-02', 'CONCERN', $4, $5, false, '費用が予算を超える', '機能を絞ったプランを検討', $6, now())`,
      [company.companyId, decisionId, candidateIds[0], '<img src=x onerror=alert(1)> 𠮷 見積り待ち', JSON.stringify({ initialCost: 1200000 }), itOwnerId],
    ),
  );
  await signIn(page, advisor.email);
  await expect(page).toHaveURL(/\/dashboard$/);
  const errors = watchConsole(page);
  await page.goto(`/decisions/${decisionId}/items/item-02`);
  await expect(page.getByText('アドバイザーの方は、回答を読んでコメントを書き込めます。')).toBeVisible();
  const card = page.getByRole('region', { name: CANDIDATES[0], exact: true });
  await expect(card.getByTestId('answer-status')).toHaveText('未確認・懸念あり');
  await expect(card.getByTestId('answer-memo')).toHaveText('<img src=x onerror=alert(1)> 𠮷 見積り待ち');
  await expect(card).toContainText('1,200,000円');
  await expect(card).toContainText('リスクは受け入れられない');
  // Nothing to edit: no radios, no checkboxes, no save buttons; the only text box is the comment.
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '保存する' })).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(1);
  await expectAccessible(page);

  await page.getByLabel('コメントを書く').fill('税理士として：初期費用は資産計上の対象か確認しましょう 🧾');
  await page.getByRole('button', { name: 'コメントする' }).click();
  await expect(page.getByText('税理士として：初期費用は資産計上の対象か確認しましょう 🧾')).toBeVisible();
  await expect(page.getByLabel('コメントを書く')).toHaveValue('');
  const comments = await ownerDb((c) => c.query('SELECT item_key, body FROM comment WHERE decision_id = $1', [decisionId]));
  expect(comments.rows).toEqual([{ item_key: 'item-02', body: '税理士として：初期費用は資産計上の対象か確認しましょう 🧾' }]);
  expect(errors).toEqual([]);
});

test('“my items” lists the assigned items with progress, and explains itself when empty', async ({ browser }) => {
  const { manager, itOwner, itOwnerId, decisionId, candidateIds, company } = await setup('担当一覧株式会社');
  await assignItems(company.companyId, decisionId, ['item-10', 'item-02'], itOwnerId);
  await ownerDb((c) =>
    c.query(
      `INSERT INTO answer (id, company_id, decision_id, candidate_id, item_key, status, updated_by_id, updated_at)
       VALUES (gen_random_uuid(), $1, $2, $3, 'item-02', 'CONFIRMED', $4, now())`,
      [company.companyId, decisionId, candidateIds[1], itOwnerId],
    ),
  );
  const page = await (await browser.newContext()).newPage();
  await signIn(page, itOwner.email);
  await expect(page).toHaveURL(/\/dashboard$/);
  const errors = watchConsole(page);
  await page.goto('/my-items');
  await expect(page.getByRole('heading', { level: 1, name: '担当の項目' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '会計ソフトのクラウド化' })).toBeVisible();
  await expect(page.getByTestId(/^my-item-/)).toHaveCount(2);
  await expect(page.getByTestId(/^my-item-/).first()).toContainText('(2) サービスの種類とコスト');
  await expect(page.getByTestId('my-item-item-02')).toContainText('3件の候補のうち1件に回答済み');
  await expect(page.getByTestId('my-item-item-10')).toContainText('3件の候補のうち0件に回答済み');
  await expectAccessible(page);
  await page.getByRole('link', { name: '(10) サービスの信頼性' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '(10) サービスの信頼性' })).toBeVisible();

  const other = await (await browser.newContext()).newPage();
  await signIn(other, manager.email);
  await expect(other).toHaveURL(/\/dashboard$/);
  const otherErrors = watchConsole(other);
  await other.goto('/my-items');
  await expect(other.getByText('担当している確認項目はまだありません')).toBeVisible();
  await expect(other.getByText('検討案件で確認項目の担当者にあなたが選ばれると')).toBeVisible();
  await expectAccessible(other);
  expect([...errors, ...otherErrors]).toEqual([]);
});

test('the item page and “my items” work in English', async ({ page }) => {
  const { itOwner, itOwnerId, company, decisionId } = await setup('English Works KK');
  await assignItems(company.companyId, decisionId, ['item-10'], itOwnerId);
  await signIn(page, itOwner.email, undefined, '/en');
  await expect(page).toHaveURL(/\/en\/dashboard$/);
  const errors = watchConsole(page);
  await page.goto(`/en/decisions/${decisionId}/items/item-10`);
  await expect(page.getByRole('heading', { level: 1, name: '(10) Reliability of the service' })).toBeVisible();
  await expect(page.getByTestId('assignee')).toHaveText(`Assigned to: ${itOwner.name} (you)`);
  const card = page.getByRole('region', { name: CANDIDATES[1], exact: true });
  await card.getByLabel('Guaranteed availability', { exact: true }).fill('99.9');
  await card.getByLabel('Availability is measured per').selectOption({ label: 'Year' });
  await expect(card.getByTestId('downtime')).toContainText('Per year: 8 hours 45 minutes 36 seconds');
  await card.getByLabel('Not confirmed / concern', { exact: true }).check();
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByText('Choose whether this risk is acceptable.')).toBeVisible();
  await expect(card.getByLabel('Guaranteed availability', { exact: true })).toHaveValue('99.9');
  await card.getByLabel('Acceptable', { exact: true }).check();
  await card.getByLabel('Why you decided this way').fill('Outages outside office hours do not affect us');
  await card.getByLabel('How you will reduce the risk, or what you will use instead').fill('Keep a weekly export');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByRole('status')).toContainText(`Saved (${itOwner.name},`);
  await expectAccessible(page);

  await page.goto('/en/my-items');
  await expect(page.getByRole('heading', { level: 1, name: 'My items' })).toBeVisible();
  await expect(page.getByTestId('my-item-item-10')).toContainText('1 of 3 candidates answered');
  await expectAccessible(page);
  expect(errors).toEqual([]);
});

test('another company’s item page, an unknown decision and an unknown item are “not found”', async ({ browser }) => {
  const { itOwner, decisionId } = await setup('見えない会社株式会社');
  const outsider = await createCompany('外部の会社株式会社', ['IT_OWNER']);
  const cases: [FixtureUser, string][] = [
    [outsider.users[0]!, `/decisions/${decisionId}/items/item-02`],
    [outsider.users[0]!, `/decisions/${crypto.randomUUID()}/items/item-02`],
    [itOwner, `/decisions/${decisionId}/items/item-99`],
  ];
  for (const [user, path] of cases) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, user.email);
    await expect(page).toHaveURL(/\/dashboard$/);
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'ページが見つかりません' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('会計ソフトのクラウド化');
    await context.close();
  }
});
