import type { Candidate } from './candidate.js';
import type { ExtractedEntity } from './types.js';
import { findAcronyms, type AcronymDefinition } from './acronyms.js';
import { words, type Word } from './phrases.js';
import { taskCandidates, TASKS } from './tasks.js';
import { describeMetrics, metricCandidates, METRICS } from './metrics.js';

/**
 * The task and metric rules over a whole paper: the title first (a task in the
 * title is what the paper addresses), then each sentence, sharing the acronyms
 * the paper defines so a later bare `NER` is the task defined before.
 */
export function taskMetricCandidates(title: string, sentences: Array<{ text: string; acronyms?: AcronymDefinition[]; words?: Word[] }>): Candidate[] {
  const tasks = new Map<string, string>();
  const metrics = new Map<string, string>();
  const out: Candidate[] = [];
  const read = (text: string, index: number, acronyms: AcronymDefinition[], ws: Word[]): void => {
    for (const c of taskCandidates(text, index, ws, acronyms, tasks)) out.push(c);
    for (const c of metricCandidates(text, index, ws, acronyms, metrics)) out.push(c);
  };
  if (title) read(title, -1, findAcronyms(title), words(title));
  // Each sentence keeps its words: the result rules read them again (findResults).
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as (typeof sentences)[number];
    read(s.text, i, (s.acronyms ??= findAcronyms(s.text)), (s.words ??= words(s.text)));
  }
  return out;
}

/** Direction of every metric, lexicon spellings as aliases of tasks and metrics. */
export function finishTaskMetrics(entities: ExtractedEntity[]): void {
  describeMetrics(entities, (e) => (e.type === 'Task' ? TASKS : METRICS).lookup(e.name)?.variants ?? []);
}
