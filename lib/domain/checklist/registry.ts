// Built-in templates. Adding a later IPA edition, or a corrected version of this one, means appending a data
// object here; nothing else changes. Old versions must stay registered forever, because a decision (and
// every signed snapshot of it) references key + version and must render exactly as it was signed.
// A company's own templates would live in the database as the same JSON shape, validated with
// templateSchema; they are looked up by the server, not by this module.
import { ipa2011 } from './ipa-2011';
import type { ChecklistTemplate, LocalizedText, TemplateRef } from './types';

const builtInTemplates: readonly ChecklistTemplate[] = [ipa2011];

export interface TemplateSummary extends TemplateRef {
  readonly title: LocalizedText;
}

/**
 * With a version: exactly that version (what rendering a stored decision needs).
 * Without: the newest version of the key (what starting a new decision needs).
 */
export function getTemplate(key: string, version?: number): ChecklistTemplate | undefined {
  let found: ChecklistTemplate | undefined;
  for (const template of builtInTemplates) {
    if (template.key !== key) continue;
    if (version !== undefined) {
      if (template.version === version) return template;
    } else if (found === undefined || template.version > found.version) {
      found = template;
    }
  }
  return found;
}

/** Every registered key + version, including superseded versions that old decisions still reference. */
export function listTemplates(): readonly TemplateSummary[] {
  return builtInTemplates.map(({ key, version, title }) => ({ key, version, title }));
}

export function templateRef(template: ChecklistTemplate): TemplateRef {
  return { key: template.key, version: template.version };
}
