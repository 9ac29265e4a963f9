import { describe, expect, it } from 'vitest';
import { highlightsFor } from './role-summary';

describe('highlightsFor', () => {
  it('follows the role table of design.md', () => {
    expect(highlightsFor('MANAGER')).toEqual(['members.manage', 'signoff.approve', 'answer.edit', 'comment.create', 'pdf.download']);
    expect(highlightsFor('IT_OWNER')).toEqual(['signoff.confirm', 'answer.edit', 'comment.create', 'pdf.download']);
    expect(highlightsFor('ADVISOR')).toEqual(['comment.create', 'pdf.download']);
  });
});
