import { expect, test, type Browser, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { createCompany, expectAccessible, FIXTURE_PASSWORD, ownerDb, signIn, uniqueEmail } from './fixtures';

// A code for a step no earlier code of this secret used: the server accepts each step once (±1 step of drift).
const lastSteps = new Map<string, number>();
async function nextCode(secret: string) {
  for (;;) {
    const now = Math.floor(Date.now() / 1000 / 30);
    const step = Math.max(now, (lastSteps.get(secret) ?? 0) + 1);
    if (step <= now + 1) {
      lastSteps.set(secret, step);
      return generate({ secret, epoch: step * 30 });
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function latestMailTo(email: string) {
  const rows = await ownerDb((c) => c.query('SELECT "to", subject, text FROM mail_outbox WHERE "to" = $1 ORDER BY id DESC', [email]));
  return rows.rows[0] as { to: string; subject: string; text: string } | undefined;
}

async function openAccountMenu(page: Page, item: string) {
  await page.getByRole('button', { name: /アカウントメニュー/ }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Two-step enrolment through the UI on a page that shows it; returns the secret and the recovery codes. */
async function enrolThroughUi(page: Page) {
  await page.getByRole('button', { name: '設定を始める' }).click();
  await expect(page.getByRole('img', { name: '認証アプリで読み取る QR コード' })).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectAccessible(page);
  await page.getByLabel('認証アプリに表示された6桁のコード').fill('000000');
  await page.getByRole('button', { name: '確認して設定を完了する' }).click();
  await expect(page.getByText('コードが正しくありません。')).toBeVisible();
  await page.getByLabel('認証アプリに表示された6桁のコード').fill(await nextCode(secret));
  await page.getByRole('button', { name: '確認して設定を完了する' }).click();
  await expect(page.getByRole('heading', { name: '回復コードを保管してください' })).toBeVisible();
  const codes = await page.getByTestId('recovery-codes').getByRole('listitem').allInnerTexts();
  expect(codes).toHaveLength(10);
  await expectAccessible(page);
  return { secret, codes };
}

async function signedInPage(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
  return { context, page };
}

async function signInFrom(page: Page, url: string, email: string) {
  await page.goto(url);
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード').fill(FIXTURE_PASSWORD);
  await page.getByRole('button', { name: 'ログインする' }).click();
}

async function signOut(page: Page) {
  await openAccountMenu(page, 'ログアウト');
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
}

test('a forgotten password is reset by email, and the link works once', async ({ page }) => {
  const company = await createCompany('再設定テスト株式会社');
  const user = company.users[0]!;
  const newPassword = '新しい 合言葉 で 雲の上へ';
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'パスワードをお忘れの方' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'パスワードの再設定' })).toBeVisible();
  await expectAccessible(page);

  // An unknown address gets the very same answer, and no mail.
  const nobody = uniqueEmail('nobody');
  await page.getByLabel('メールアドレス').fill(nobody);
  await page.getByRole('button', { name: '再設定のメールを送る' }).click();
  await expect(page.getByRole('status')).toContainText(`${nobody} が登録されている場合は`);
  expect(await latestMailTo(nobody)).toBeUndefined();

  await page.goto('/forgot-password');
  await page.getByLabel('メールアドレス').fill(user.email);
  await page.getByRole('button', { name: '再設定のメールを送る' }).click();
  await expect(page.getByRole('status')).toContainText(`${user.email} が登録されている場合は`);
  await expectAccessible(page);

  await expect.poll(async () => (await latestMailTo(user.email))?.subject).toBe('【Kumo Check】パスワード再設定のご案内');
  const link = new URL((await latestMailTo(user.email))!.text.match(/https?:\/\/\S+reset-password\S+/)![0]);
  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByRole('heading', { level: 1, name: '新しいパスワードの設定' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('新しいパスワード', { exact: true }).fill(newPassword);
  await page.getByLabel('新しいパスワード（確認のためもう一度）').fill('something else entirely');
  await page.getByRole('button', { name: 'パスワードを設定する' }).click();
  await expect(page.getByText('確認のために入力したパスワードが一致しません。')).toBeVisible();
  await page.getByLabel('新しいパスワード', { exact: true }).fill(newPassword);
  await page.getByLabel('新しいパスワード（確認のためもう一度）').fill(newPassword);
  await page.getByRole('button', { name: 'パスワードを設定する' }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=1$/);
  await expect(page.getByRole('status')).toHaveText('新しいパスワードを設定しました。新しいパスワードでログインしてください。');

  await signIn(page, user.email, FIXTURE_PASSWORD);
  await expect(page.locator('form').getByRole('alert')).toHaveText('メールアドレスまたはパスワードが正しくありません。');
  await signIn(page, user.email, newPassword);
  await expect(page).toHaveURL(/\/dashboard$/);

  // The same link a second time: refused, with a way to get a new one; the password stays as it is.
  const hash = await ownerDb(async (c) => (await c.query('SELECT password_hash FROM "user" WHERE email = $1', [user.email])).rows[0].password_hash);
  await page.goto(`${link.pathname}${link.search}`);
  await page.getByLabel('新しいパスワード', { exact: true }).fill('another fresh passphrase');
  await page.getByLabel('新しいパスワード（確認のためもう一度）').fill('another fresh passphrase');
  await page.getByRole('button', { name: 'パスワードを設定する' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('このリンクは使えません。すでに使われたか');
  await expect(page.getByRole('link', { name: '再設定のメールをもう一度受け取る' })).toBeVisible();
  await expectAccessible(page);
  const after = await ownerDb(async (c) => (await c.query('SELECT password_hash FROM "user" WHERE email = $1', [user.email])).rows[0].password_hash);
  expect(after).toBe(hash);
});

test('two-step sign-in: enrolment, sign-in with an app code, and with a recovery code once', async ({ page }) => {
  const company = await createCompany('二段階認証テスト株式会社');
  const user = company.users[0]!;
  await signIn(page, user.email);
  await expect(page).toHaveURL(/\/dashboard$/);
  await openAccountMenu(page, 'アカウント設定');
  await expect(page.getByRole('heading', { level: 1, name: 'アカウント設定' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: '二段階認証の設定を開く' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '二段階認証' })).toBeVisible();
  await expectAccessible(page);
  const { secret, codes } = await enrolThroughUi(page);
  await page.getByRole('link', { name: '保管しました。次へ進む' }).click();
  await expect(page.getByTestId('mfa-status')).toContainText('二段階認証はオンです');
  await expect(page.getByTestId('mfa-status')).toContainText('使っていない回復コード: 10個');
  await expectAccessible(page);
  const stored = await ownerDb(async (c) => (await c.query('SELECT mfa_secret FROM "user" WHERE email = $1', [user.email])).rows[0].mfa_secret);
  expect(stored).not.toContain(secret);

  // A "next" pointing off-site is ignored: the second step still ends on the dashboard.
  await signOut(page);
  await signInFrom(page, `/sign-in?next=${encodeURIComponent('//evil.example/phish')}`, user.email);
  await expect(page.getByRole('heading', { name: '確認コードの入力' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('確認コード', { exact: true }).fill('123456');
  await page.getByRole('button', { name: '確認してログインする' }).click();
  await expect(page.getByText('コードが正しくありません。')).toBeVisible();
  await page.getByLabel('確認コード', { exact: true }).fill(await nextCode(secret));
  await page.getByRole('button', { name: '確認してログインする' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // A recovery code instead of the app; the page the user came for is kept through both steps.
  await signOut(page);
  await signInFrom(page, `/sign-in?next=${encodeURIComponent('/account/security')}`, user.email);
  await page.getByLabel('確認コード', { exact: true }).fill(codes[0]!);
  await page.getByRole('button', { name: '確認してログインする' }).click();
  await expect(page).toHaveURL(/\/account\/security$/);
  await expect(page.getByTestId('mfa-status')).toContainText('使っていない回復コード: 9個');

  await signOut(page);
  await signIn(page, user.email);
  await page.getByLabel('確認コード', { exact: true }).fill(codes[0]!);
  await page.getByRole('button', { name: '確認してログインする' }).click();
  await expect(page.getByText('コードが正しくありません。')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a company that requires two-step sign-in sends a member without it to enrolment', async ({ browser }) => {
  const company = await createCompany('方針テスト株式会社', ['MANAGER', 'IT_OWNER']);
  const [manager, itOwner] = company.users as [(typeof company.users)[0], (typeof company.users)[0]];
  const { context: managerContext, page: m } = await signedInPage(browser, manager.email);
  await m.goto('/account/security');
  await enrolThroughUi(m);
  await m.goto('/company/settings');
  await expect(m.getByRole('heading', { level: 1, name: '会社の設定' })).toBeVisible();
  await expect(m.getByTestId('members-without-mfa')).toHaveText('二段階認証をまだ設定していないメンバー: 1人');
  await expectAccessible(m);
  await m.getByLabel('全員に必須にする（おすすめ）').check();
  await m.getByRole('button', { name: '保存する' }).click();
  await expect(m.getByRole('status')).toHaveText('保存しました。');
  const stored = await ownerDb(async (c) => (await c.query('SELECT require_mfa FROM company WHERE id = $1', [company.companyId])).rows[0]);
  expect(stored.require_mfa).toBe(true);

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signIn(member, itOwner.email);
  await expect(member).toHaveURL(/\/security-setup$/);
  await expect(member.getByRole('heading', { level: 1, name: '二段階認証を設定してください' })).toBeVisible();
  await expect(member.getByRole('status')).toContainText('方針テスト株式会社 では、すべてのメンバーに二段階認証の設定をお願いしています。');
  await expectAccessible(member);
  for (const path of ['/dashboard', '/account', '/company/settings']) {
    await member.goto(path);
    await expect(member).toHaveURL(/\/security-setup$/);
  }
  await enrolThroughUi(member);
  await member.getByRole('link', { name: '保管しました。次へ進む' }).click();
  await expect(member).toHaveURL(/\/dashboard$/);
  await member.goto('/account/security');
  await expect(member.getByText('会社の方針により、二段階認証は必須です。オフにはできません。')).toBeVisible();
  await managerContext.close();
  await memberContext.close();
});

test('changing the password on one browser ends the session on the other; the language follows the profile', async ({ browser }) => {
  const company = await createCompany('パスワード変更テスト株式会社');
  const user = company.users[0]!;
  const laptop = await signedInPage(browser, user.email);
  const phone = await signedInPage(browser, user.email);

  await laptop.page.goto('/account');
  await laptop.page.getByLabel('現在のパスワード').fill('not the password');
  await laptop.page.getByLabel('新しいパスワード', { exact: true }).fill('雲の上の 新しい 合言葉');
  await laptop.page.getByLabel('新しいパスワード（確認のためもう一度）').fill('雲の上の 新しい 合言葉');
  await laptop.page.getByRole('button', { name: 'パスワードを変更する' }).click();
  await expect(laptop.page.getByText('現在のパスワードが正しくありません。')).toBeVisible();
  await laptop.page.getByLabel('現在のパスワード').fill(FIXTURE_PASSWORD);
  await laptop.page.getByLabel('新しいパスワード', { exact: true }).fill('雲の上の 新しい 合言葉');
  await laptop.page.getByLabel('新しいパスワード（確認のためもう一度）').fill('雲の上の 新しい 合言葉');
  await laptop.page.getByRole('button', { name: 'パスワードを変更する' }).click();
  await expect(laptop.page).toHaveURL(/\/account\?saved=password$/);
  await expect(laptop.page.getByRole('status')).toHaveText('パスワードを変更しました。ほかの端末ではログアウトされました。');
  await expectAccessible(laptop.page);

  await phone.page.goto('/dashboard');
  await expect(phone.page).toHaveURL(/\/sign-in$/);
  await laptop.page.goto('/dashboard');
  await expect(laptop.page).toHaveURL(/\/dashboard$/);

  await laptop.page.goto('/account');
  await laptop.page.getByLabel('お名前').fill('𠮷田 雲子');
  await laptop.page.getByLabel('画面とメールの言語').selectOption('en');
  await laptop.page.getByRole('button', { name: '保存する' }).click();
  await expect(laptop.page).toHaveURL(/\/en\/account\?saved=profile$/);
  await expect(laptop.page.getByRole('heading', { level: 1, name: 'Account settings' })).toBeVisible();
  await expect(laptop.page.getByRole('status')).toHaveText('Saved.');
  await expect(laptop.page.getByRole('button', { name: /𠮷田 雲子/ })).toBeVisible();
  await expectAccessible(laptop.page);
  await laptop.context.close();
  await phone.context.close();
});
