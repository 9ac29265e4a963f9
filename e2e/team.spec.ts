import { expect, test, type Browser, type Page } from '@playwright/test';
import { createCompany, expectAccessible, ownerDb, signIn, uniqueEmail } from './fixtures';

// Each test drives two or three browser contexts through several full page loads; on the shared 2-core machine
// that can approach the default minute.
test.describe.configure({ timeout: 120_000 });

/** The invitation link as the invitee receives it, read from the dev outbox; only its path (the port differs). */
async function invitationPath(to: string) {
  const { rows } = await ownerDb((c) => c.query('SELECT "to", subject, text FROM mail_outbox WHERE "to" = $1 ORDER BY id DESC', [to]));
  expect(rows.length).toBeGreaterThan(0);
  const path = /https?:\/\/[^/\s]+((?:\/en)?\/invite\/[A-Za-z0-9_-]{43})/.exec(rows[0].text)?.[1];
  expect(path).toBeTruthy();
  return { path: path!, subject: rows[0].subject as string };
}

async function signedInPage(browser: Browser, email: string, prefix = '') {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, undefined, prefix);
  await expect(page).toHaveURL(/\/dashboard$/);
  return page;
}

async function inviteFromMembersPage(page: Page, email: string, role: string, mailLanguage: 'ja' | 'en' = 'ja') {
  await page.goto('/members');
  await page.getByLabel('招待する方のメールアドレス').fill(email);
  await page.getByLabel('役割', { exact: true }).selectOption(role);
  await page.getByLabel('招待メールの言語').selectOption(mailLanguage);
  await page.getByRole('button', { name: '招待メールを送る' }).click();
  await expect(page.getByRole('status')).toHaveText(`${email} さんに招待メールを送りました。`);
}

const membershipRole = (email: string, companyId: string) =>
  ownerDb(async (c) =>
    (
      await c.query('SELECT m.role FROM membership m JOIN "user" u ON u.id = m.user_id WHERE u.email = $1 AND m.company_id = $2', [
        email,
        companyId,
      ])
    ).rows.map((r) => r.role),
  );

test('a manager invites an IT owner, who joins through the emailed link and later signs in again', async ({ page, browser }) => {
  const company = await createCompany('招待テスト株式会社', ['MANAGER']);
  const invitee = uniqueEmail('it-owner');
  const password = '雲の上で 安全確認 2026';
  await signIn(page, company.users[0]!.email);
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'メンバー' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'メンバー' })).toBeVisible();
  // The role guide explains each role from the permission map.
  await expect(page.getByText(/^できること: メンバーの招待と管理、最終的な承認/)).toBeVisible();
  await expectAccessible(page);

  await inviteFromMembersPage(page, invitee, 'IT_OWNER');
  await expect(page.getByTestId('invitation-row')).toContainText(invitee);
  await expectAccessible(page);

  const { path, subject } = await invitationPath(invitee);
  expect(subject).toContain('招待テスト株式会社');
  const guest = await (await browser.newContext()).newPage();
  await guest.goto(path);
  await expect(guest.getByRole('heading', { level: 1, name: '招待テスト株式会社 への招待' })).toBeVisible();
  await expect(guest.getByText(invitee)).toBeVisible();
  await expectAccessible(guest);
  await guest.getByRole('textbox', { name: 'お名前' }).fill('𠮷川 次郎');
  await guest.getByLabel('パスワード', { exact: true }).fill(password);
  await guest.getByRole('button', { name: '登録して参加する' }).click();

  await expect(guest).toHaveURL(/\/dashboard$/);
  await expect(guest.getByTestId('company-name')).toHaveText('招待テスト株式会社');
  await expect(guest.getByText('IT担当 としてログインしています')).toBeVisible();
  expect(await membershipRole(invitee, company.companyId)).toEqual(['IT_OWNER']);

  // The link is single use.
  await guest.goto(path);
  await expect(guest.getByRole('heading', { level: 1, name: 'この招待リンクは使えません' })).toBeVisible();
  await expectAccessible(guest);

  await guest.goto('/dashboard');
  await guest.getByRole('button', { name: /アカウントメニュー/ }).click();
  await guest.getByRole('menuitem', { name: 'ログアウト' }).click();
  await expect(guest).toHaveURL(/\/sign-in\?signedOut=1$/);
  await signIn(guest, invitee, password);
  await expect(guest).toHaveURL(/\/dashboard$/);
  await expect(guest.getByTestId('company-name')).toHaveText('招待テスト株式会社');

  await page.reload();
  await expect(page.getByTestId('invitation-row')).toHaveCount(0);
  await expect(page.getByTestId('member-row').filter({ hasText: invitee })).toContainText('𠮷川 次郎');
});

test('an IT owner sees the members read-only, and a crafted change-role request is refused (security.md 6)', async ({ browser }) => {
  const company = await createCompany('権限テスト株式会社', ['MANAGER', 'IT_OWNER', 'ADVISOR']);
  const [manager, itOwner, advisor] = company.users as [(typeof company.users)[0], (typeof company.users)[0], (typeof company.users)[0]];
  const it = await signedInPage(browser, itOwner.email);
  const nav = it.getByRole('navigation', { name: 'メインメニュー' });
  await expect(nav.getByRole('link', { name: 'メンバー' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '操作履歴' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: '会社の設定' })).toHaveCount(0);
  await it.goto('/members');
  await expect(it.getByTestId('member-row')).toHaveCount(3);
  await expect(it.getByText('メンバーの招待や役割の変更は、経営層の方だけができます。')).toBeVisible();
  await expect(it.getByRole('combobox')).toHaveCount(0);
  await expect(it.getByRole('button', { name: /外す|変更|招待/ })).toHaveCount(0);
  await expectAccessible(it);

  // The manager's page carries the change-role form; its hidden action fields are all a forger needs.
  const mgr = await signedInPage(browser, manager.email);
  const html = await (await mgr.request.get('/members')).text();
  const form = /<form[^>]*data-testid="change-role-form"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? '';
  const actionFields = [...form.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)].map(
    (m) => [m[1]!, (m[2] ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&')] as [string, string],
  );
  expect(actionFields.length).toBeGreaterThan(0);
  const ids = await ownerDb(async (c) =>
    Object.fromEntries(
      (
        await c.query('SELECT u.email, m.id FROM membership m JOIN "user" u ON u.id = m.user_id WHERE m.company_id = $1', [company.companyId])
      ).rows.map((r) => [r.email, r.id]),
    ),
  );
  const post = (page: Page, membershipId: string, role: string) =>
    page.evaluate(
      async ({ fields, membershipId, role }) => {
        const body = new FormData();
        for (const [k, v] of fields) body.append(k, v);
        body.append('membershipId', membershipId);
        body.append('role', role);
        return (await fetch('/members', { method: 'POST', body })).status;
      },
      { fields: actionFields, membershipId, role },
    );

  // The IT owner makes themselves a manager, and demotes the manager: both refused, nothing changed, denials logged.
  expect(await post(it, ids[itOwner.email], 'MANAGER')).toBeLessThan(500);
  expect(await post(it, ids[manager.email], 'ADVISOR')).toBeLessThan(500);
  expect(await membershipRole(itOwner.email, company.companyId)).toEqual(['IT_OWNER']);
  expect(await membershipRole(manager.email, company.companyId)).toEqual(['MANAGER']);
  const denials = await ownerDb(async (c) =>
    (
      await c.query(
        `SELECT count(*)::int AS n FROM audit_event a JOIN "user" u ON u.id = a.actor_id
          WHERE a.company_id = $1 AND u.email = $2 AND a.action = 'access.denied' AND a.data->>'attempted' = 'members.manage'`,
        [company.companyId, itOwner.email],
      )
    ).rows[0].n,
  );
  expect(denials).toBe(2);

  // The same forged request from the manager works, so the refusal above is the server's decision, not a broken request.
  expect(await post(mgr, ids[advisor.email], 'IT_OWNER')).toBeLessThan(500);
  await expect.poll(() => membershipRole(advisor.email, company.companyId)).toEqual(['IT_OWNER']);
});

test('a removed member’s open session stops working on the next request (security.md 8)', async ({ browser }) => {
  const company = await createCompany('削除テスト株式会社', ['MANAGER', 'ADVISOR']);
  const [manager, advisor] = company.users as [(typeof company.users)[0], (typeof company.users)[0]];
  const member = await signedInPage(browser, advisor.email);
  await expect(member.getByTestId('company-name')).toHaveText('削除テスト株式会社');

  const mgr = await signedInPage(browser, manager.email);
  await mgr.goto('/members');
  await mgr.getByRole('button', { name: `${advisor.name}さんをメンバーから外す` }).click();
  await expect(mgr.getByText(`${advisor.name}さんをこの会社のメンバーから外しますか？`)).toBeVisible();
  await expect(mgr.getByRole('button', { name: 'メンバーから外す', exact: true })).toBeFocused();
  await expectAccessible(mgr);
  // The last manager cannot be removed: the server says why.
  await mgr.getByRole('button', { name: 'やめる' }).click();
  await expect(mgr.getByRole('button', { name: `${advisor.name}さんをメンバーから外す` })).toBeFocused();
  await mgr.getByRole('button', { name: `${manager.name}さんをメンバーから外す` }).click();
  await mgr.getByRole('button', { name: 'メンバーから外す', exact: true }).click();
  await expect(mgr.locator('main').getByRole('alert')).toContainText('経営層が一人だけのため');

  await mgr.getByRole('button', { name: `${advisor.name}さんをメンバーから外す` }).click();
  await mgr.getByRole('button', { name: 'メンバーから外す', exact: true }).click();
  await expect(mgr.getByTestId('member-row')).toHaveCount(1);
  expect(await membershipRole(advisor.email, company.companyId)).toEqual([]);

  await member.goto('/dashboard');
  await expect(member).toHaveURL(/\/sign-in$/);
  await member.goto('/members');
  await expect(member).toHaveURL(/\/sign-in$/);
});

test('a user of another company joins with one click and switches between companies', async ({ browser }) => {
  const home = await createCompany('本業商事株式会社', ['MANAGER', 'ADVISOR']);
  const client = await createCompany('顧問先工業株式会社', ['MANAGER']);
  const user = home.users[1]!;
  const mgr = await signedInPage(browser, client.users[0]!.email);
  await inviteFromMembersPage(mgr, user.email, 'ADVISOR', 'en');
  const { path, subject } = await invitationPath(user.email);
  expect(path).toMatch(/^\/en\/invite\//);
  expect(subject).toContain('has invited you to 顧問先工業株式会社');

  // Someone signed in with another address is told so and changes nothing.
  await mgr.goto(path);
  await expect(mgr.getByRole('heading', { name: 'You are signed in with a different account' })).toBeVisible();
  await expectAccessible(mgr);
  await mgr.getByRole('button', { name: 'Sign out and sign in with the invited address' }).click();
  await expect(mgr).toHaveURL(`/en/sign-in?next=${encodeURIComponent(path)}`);
  expect(await membershipRole(user.email, client.companyId)).toEqual([]);

  const guest = await (await browser.newContext()).newPage();
  await guest.goto(path);
  await expect(guest.getByText(`An account for ${user.email} already exists.`)).toBeVisible();
  const signInLink = guest.getByRole('link', { name: 'Sign in to join' });
  expect(await signInLink.getAttribute('href')).toBe(`/en/sign-in?next=${encodeURIComponent(path)}`);
  await expectAccessible(guest);

  await signIn(guest, user.email, undefined, '/en');
  await expect(guest.getByTestId('company-name')).toHaveText('本業商事株式会社');
  await guest.goto(path);
  await expectAccessible(guest);
  await guest.getByRole('button', { name: 'Join 顧問先工業株式会社' }).click();
  await expect(guest).toHaveURL(/\/en\/dashboard$/);
  await expect(guest.getByTestId('company-name')).toHaveText('顧問先工業株式会社');
  expect(await membershipRole(user.email, client.companyId)).toEqual(['ADVISOR']);
  expect(await membershipRole(user.email, home.companyId)).toEqual(['ADVISOR']);

  await guest.getByLabel('Company', { exact: true }).selectOption({ label: '本業商事株式会社' });
  await expectAccessible(guest);
  await guest.getByRole('button', { name: 'Switch' }).click();
  await expect(guest.getByTestId('company-name')).toHaveText('本業商事株式会社');
  await expect(guest.getByLabel('Company', { exact: true })).toHaveValue(home.companyId);
});
