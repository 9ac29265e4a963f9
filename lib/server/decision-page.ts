import 'server-only';
import { readHistory, withAuthorNames } from './comments';
import { loadDecisionTree, memberNames } from './decision-tree';
import { decisionView } from './decisions';
import { signOffView } from './signoff';
import { withTenant, type TenantContext } from './tenant';

/**
 * Everything the decision page shows, in one tenant transaction of five statements (BEGIN, set_config, the
 * decision tree, its history, COMMIT) whatever the number of candidates, answers or comments.
 */
export async function getDecisionPage(ctx: TenantContext, id: unknown) {
  return withTenant(ctx, async (tx) => {
    const tree = await loadDecisionTree(tx, ctx, id);
    const names = memberNames(tree);
    const history = await readHistory(tx, ctx, tree.id, names);
    return { ...decisionView(tree), comments: withAuthorNames(tree.comments, names), history, signOff: signOffView(tree) };
  });
}
