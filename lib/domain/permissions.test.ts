import { describe, expect, it } from 'vitest';
import { actions, can, isRole, roles } from './permissions';

describe('can', () => {
  it('follows the role table of design.md', () => {
    expect(can('MANAGER', 'members.manage')).toBe(true);
    expect(can('IT_OWNER', 'members.manage')).toBe(false);
    expect(can('ADVISOR', 'members.manage')).toBe(false);
    expect(can('IT_OWNER', 'signoff.confirm')).toBe(true);
    expect(can('MANAGER', 'signoff.confirm')).toBe(false);
    expect(can('MANAGER', 'signoff.approve')).toBe(true);
    expect(can('IT_OWNER', 'signoff.approve')).toBe(false);
  });

  it('lets advisors read and comment but never write', () => {
    const allowed = actions.filter((a) => can('ADVISOR', a));
    expect(allowed.sort()).toEqual(['comment.create', 'company.view', 'pdf.download']);
  });

  it('lets every role view its company and download the PDF', () => {
    for (const role of roles) {
      expect(can(role, 'company.view')).toBe(true);
      expect(can(role, 'pdf.download')).toBe(true);
    }
  });
});

describe('isRole', () => {
  it('accepts only known roles', () => {
    expect(isRole('MANAGER')).toBe(true);
    expect(isRole('ADMIN')).toBe(false);
    expect(isRole(undefined)).toBe(false);
    expect(isRole('manager')).toBe(false);
  });
});
