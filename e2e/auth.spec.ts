import { expect, test } from '@playwright/test';
import { createCompany, expectAccessible, ownerDb, signIn, uniqueEmail } from './fixtures';

test('a company signs up, signs out and signs in again', async ({ page }) => {
  const email = uniqueEmail('signup');
  const password = '雲の上で 安全確認 2026';
  await page.goto('/');
  await expectAccessible(page);
  await page.getByRole('link', { name: '会社を登録して始める' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '会社を登録する' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('会社名').fill('𠮷野クラウド商事');
  await page.getByLabel('お名前').fill('𠮷野 花子');
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: '登録して始める' }).click();

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('company-name')).toHaveText('𠮷野クラウド商事');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('𠮷野 花子');
  await expect(page.getByText('経営層 としてログインしています')).toBeVisible();
  await expectAccessible(page);

  const stored = await ownerDb((c) =>
    c.query('SELECT m.role, c.name FROM membership m JOIN company c ON c.id = m.company_id JOIN "user" u ON u.id = m.user_id WHERE u.email = $1', [email]),
  );
  expect(stored.rows).toEqual([{ role: 'MANAGER', name: '𠮷野クラウド商事' }]);

  await page.getByRole('button', { name: /アカウントメニュー/ }).click();
  await page.getByRole('menuitem', { name: 'ログアウト' }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
  await expect(page.getByRole('status')).toHaveText('ログアウトしました。');
  await expectAccessible(page);

  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in$/);

  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('company-name')).toHaveText('𠮷野クラウド商事');
});

test('sign-up keeps what was typed and explains a refused password', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('会社名').fill('検証用株式会社');
  await page.getByLabel('お名前').fill('山田 一郎');
  await page.getByLabel('メールアドレス').fill(uniqueEmail('weak'));
  await page.getByLabel('パスワード').fill('password');
  await page.getByRole('button', { name: '登録して始める' }).click();
  await expect(page.getByText('よく使われていて推測されやすいパスワードです。')).toBeVisible();
  await expect(page.getByLabel('会社名')).toHaveValue('検証用株式会社');
  await expect(page.getByLabel('パスワード')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
});

test('a wrong password gets one generic message', async ({ page }) => {
  const company = await createCompany('誤入力テスト株式会社');
  const user = company.users[0]!;
  await signIn(page, user.email, 'not the password at all');
  await expect(page.locator('form').getByRole('alert')).toHaveText('メールアドレスまたはパスワードが正しくありません。');
  await expect(page.getByLabel('メールアドレス')).toHaveValue(user.email);
  await signIn(page, 'nobody-here@example.jp', 'not the password at all');
  await expect(page.locator('form').getByRole('alert')).toHaveText('メールアドレスまたはパスワードが正しくありません。');
  await expectAccessible(page);
});

test('signed-in pages redirect to sign-in without a session', async ({ page }) => {
  for (const [path, target] of [
    ['/dashboard', /\/sign-in$/],
    ['/en/dashboard', /\/en\/sign-in$/],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(target);
  }
});

test('the language switch shows every page in English and back', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.getByRole('link', { name: 'English' }).first().click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Before you adopt a cloud service, check together that it is safe.');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Sign in' }).first().click();
  await expect(page).toHaveURL(/\/en\/sign-in$/);
  await expectAccessible(page);
  const company = await createCompany('English Trading Ltd.');
  await signIn(page, company.users[0]!.email, undefined, '/en');
  await expect(page).toHaveURL(/\/en\/dashboard$/);
  await expect(page.getByText('You are signed in to English Trading Ltd. as Management.')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: '日本語' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText('English Trading Ltd. の 経営層 としてログインしています。')).toBeVisible();
});

test('a second company sees only its own dashboard', async ({ browser }) => {
  const first = await createCompany('第一産業株式会社', ['MANAGER', 'IT_OWNER']);
  const second = await createCompany('第二物流株式会社', ['MANAGER']);
  const a = await browser.newPage();
  await signIn(a, first.users[1]!.email);
  await expect(a.getByTestId('company-name')).toHaveText('第一産業株式会社');
  await expect(a.getByText('IT担当 としてログインしています')).toBeVisible();

  const b = await browser.newPage();
  await signIn(b, second.users[0]!.email);
  await expect(b.getByTestId('company-name')).toHaveText('第二物流株式会社');
  await expect(b.locator('body')).not.toContainText('第一産業');
  await a.close();
  await b.close();
});

test('the CSP blocks injected inline event handlers', async ({ page }) => {
  const response = await page.goto('/');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/.test(m.text())) violations.push(m.text());
  });
  // The classic injection: markup with an inline event handler (security.md 21). Without 'unsafe-inline'
  // in script-src the handler must not run, and the browser reports the violation.
  await page.evaluate(() => {
    const box = document.createElement('div');
    box.innerHTML = '<img src="/no-such-image.png" onerror="window.__injected = true">';
    document.body.appendChild(box);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test('health reports the database', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok', database: 'reachable' });
});
