// Moved to lib/domain so the server-side PDF report formats durations exactly like the answer screens.
export { formatDuration, type DurationTranslate } from '@/lib/domain/checklist/fact-format';
