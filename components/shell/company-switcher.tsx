'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { switchCompanyAction } from '@/app/[locale]/(app)/switch-company-action';
import { useTeamMessages } from '@/components/team/use-team-messages';
import { Button } from '@/components/ui/button';
import { NativeSelect } from '@/components/ui/native-select';

type Props = { companies: { companyId: string; name: string }[]; currentId: string };

/**
 * For people in more than one company. A button, not a change handler, submits: switching company on merely
 * moving through the options would surprise keyboard and screen-reader users (WCAG 3.2.2).
 */
export function CompanySwitcher({ companies, currentId }: Props) {
  const t = useTranslations('shell.switcher');
  const [state, action, pending] = useActionState(switchCompanyAction, null);
  const { formError } = useTeamMessages(state, ['companyId']);
  return (
    <form action={action} className="flex items-center gap-2" data-testid="company-switcher">
      <label htmlFor="company-switcher" className="sr-only">
        {t('label')}
      </label>
      <NativeSelect id="company-switcher" name="companyId" defaultValue={currentId} className="h-9 w-auto max-w-56 text-sm">
        {companies.map((c) => (
          <option key={c.companyId} value={c.companyId}>
            {c.name}
          </option>
        ))}
      </NativeSelect>
      <Button type="submit" size="sm" variant="outline" disabled={pending}>
        {t('submit')}
      </Button>
      {formError && (
        <p role="alert" className="text-sm text-destructive">
          {formError}
        </p>
      )}
    </form>
  );
}
