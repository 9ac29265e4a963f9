// Moved to lib/domain so the server-side PDF report formats facts exactly like the answer screens.
export { formatFact, type FactWords } from '@/lib/domain/checklist/fact-format';
