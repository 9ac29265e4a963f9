'use client';
import { useTranslations } from 'next-intl';
import { signOutAction } from '@/app/[locale]/(auth)/actions';
import { Button } from '@/components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { Link } from '@/i18n/navigation';

type Props = {
  userName: string;
  email: string;
  roleLabel: string;
  labels: { open: string; signedInAs: string; signOut: string };
};

export function UserMenu({ userName, email, roleLabel, labels }: Props) {
  const t = useTranslations('accountMenu');
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`${labels.open}: ${userName}`}>
          {userName}
          <span className="text-xs text-muted-foreground">({roleLabel})</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>
          {labels.signedInAs}
          <br />
          <span className="text-foreground">{email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/account">{t('settings')}</Link>
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void signOutAction()}>{labels.signOut}</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
