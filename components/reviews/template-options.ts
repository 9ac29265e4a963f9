import { pick } from '@/lib/domain/checklist/pick';
import type { ChecklistTemplate } from '@/lib/domain/checklist/types';

/** The decision form's tickable options from a template, in the UI language. */
export function decisionFormOptions(template: ChecklistTemplate, locale: string) {
  return {
    needs: template.needs.map((n) => ({
      key: n.key,
      title: pick(n.title, locale),
      options: n.options.map((o) => ({ key: o.key, label: pick(o.text, locale) })),
    })),
    importance: (template.infoImportance?.considerations ?? []).map((o) => ({ key: o.key, label: pick(o.text, locale) })),
  };
}
