import { getTranslations } from 'next-intl/server';
import { roles } from '@/lib/domain/permissions';
import { highlightsFor } from '@/lib/domain/role-summary';

/** Who each role is for and what it may do; the "can" list comes from the permission map the server enforces. */
export async function RoleGuide({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const t = await getTranslations('team');
  const roleNames = await getTranslations('app.roles');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="role-guide" className="rounded-md bg-muted px-4 py-3 text-sm">
      <Heading id="role-guide" className="font-semibold">
        {t('roleGuideTitle')}
      </Heading>
      <dl className="mt-2 space-y-2">
        {roles.map((role) => (
          <div key={role}>
            <dt className="font-medium">{roleNames(role)}</dt>
            <dd className="text-muted-foreground">{t(`roleWho.${role}`)}</dd>
            <dd className="text-muted-foreground">
              {t('canDo', { list: highlightsFor(role).map((a) => t(`highlights.${a}`)).join(t('listSeparator')) })}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
