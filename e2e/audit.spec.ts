import { expect, test } from '@playwright/test';
import { createCompany, expectAccessible, signIn } from './fixtures';

test('a manager reads the activity log; other roles are told it is for management', async ({ browser }) => {
  const company = await createCompany('監査ログ株式会社', ['MANAGER', 'IT_OWNER']);
  const [manager, itOwner] = company.users;

  const it = await (await browser.newContext()).newPage();
  await signIn(it, itOwner!.email, 'wrong password here');
  await signIn(it, itOwner!.email);
  await expect(it).toHaveURL(/\/dashboard$/);
  await it.goto('/audit');
  await expect(it.getByRole('main').getByRole('alert')).toHaveText('操作履歴は経営層の方だけが見られます。');
  await expectAccessible(it);

  const page = await (await browser.newContext()).newPage();
  await signIn(page, manager!.email);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto('/audit');
  await expect(page.getByRole('heading', { level: 1, name: '操作履歴' })).toBeVisible();
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'ログインに失敗しました' }).filter({ hasText: itOwner!.name })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'ログインしました' }).filter({ hasText: itOwner!.name })).toHaveCount(1);
  await expectAccessible(page);

  await page.goto('/en/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Activity log' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Failed to sign in' })).toHaveCount(1);
});
