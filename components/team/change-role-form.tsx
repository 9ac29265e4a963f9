'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { changeRoleAction } from '@/app/[locale]/(app)/members/actions';
import { Button } from '@/components/ui/button';
import { NativeSelect } from '@/components/ui/native-select';
import { roles, type Role } from '@/lib/domain/permissions';
import { useTeamMessages } from './use-team-messages';

export function ChangeRoleForm({ membershipId, name, role }: { membershipId: string; name: string; role: Role }) {
  const t = useTranslations('team');
  const roleNames = useTranslations('app.roles');
  const [state, action, pending] = useActionState(changeRoleAction, null);
  const { formError } = useTeamMessages(state, ['membershipId', 'role']);
  const id = `role-${membershipId}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" data-testid="change-role-form">
      <input type="hidden" name="membershipId" value={membershipId} />
      <label htmlFor={id} className="sr-only">
        {t('changeRole.label', { name })}
      </label>
      {/* key: after a refused change the select shows the role actually stored again. */}
      <NativeSelect key={`${role}-${JSON.stringify(state)}`} id={id} name="role" defaultValue={role} className="h-9 w-auto text-sm">
        {roles.map((r) => (
          <option key={r} value={r}>
            {roleNames(r)}
          </option>
        ))}
      </NativeSelect>
      <Button type="submit" size="sm" variant="outline" disabled={pending} aria-label={t('changeRole.submitLabel', { name })}>
        {t('changeRole.submit')}
      </Button>
      {formError && (
        <p role="alert" className="basis-full text-sm text-destructive">
          {formError}
        </p>
      )}
      {state?.ok && (
        <p role="status" className="basis-full text-sm text-muted-foreground">
          {t('changeRole.done')}
        </p>
      )}
    </form>
  );
}
