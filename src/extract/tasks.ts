import type { Candidate } from './candidate.js';
import type { AcronymDefinition } from './acronyms.js';
import type { Role } from './types.js';
import { KeySet, PhraseIndex, words, type Word } from './phrases.js';
import { TASK_LEXICON } from '../resolve/lexicon/tasks.js';
import { memoize } from '../graph/memo.js';

/**
 * Tasks a paper addresses or mentions: known tasks (the lexicon), acronym
 * definitions whose long form is a task (`named entity recognition (NER)`), and
 * noun phrases headed by a task word (`weakly supervised object detection`,
 * `3D shape part segmentation`). A task is ADDRESSED when the title names it or a
 * sentence about the paper's own work or results does; otherwise it is background.
 */

export const TASKS = new PhraseIndex(TASK_LEXICON);

/** Nouns that end a task phrase: `… segmentation`, `… answering`. */
const HEADS = new Set(
  `segmentation detection classification recognition translation estimation retrieval parsing tagging labeling labelling
answering summarization captioning tracking reconstruction completion localization localisation verification identification
re-identification reidentification disambiguation extraction synthesis denoising deblurring inpainting super-resolution
forecasting comprehension modeling modelling grounding correction generation prediction understanding spotting transcription
diarization enhancement separation registration restoration dehazing colorization re-ranking reranking`.split(/\s+/),
);

const HEAD_KEYS = new KeySet([...HEADS].map((h) => h.replace(/-/g, '')));

/** Heads that name a task alone only after a cue (`the detection task`); alone they are too often a step of a method. */
const WEAK_HEADS = new Set(['generation', 'prediction', 'extraction', 'estimation', 'correction', 'enhancement', 'separation', 'completion', 'understanding', 'registration', 'modeling', 'modelling', 'identification', 'reconstruction']);

/** `feature extraction`, `data generation`, `parameter estimation`: steps of a method, not tasks. */
const STEP_MODIFIERS = new Set(['data', 'feature', 'sample', 'proposal', 'model', 'parameter', 'label', 'code', 'candidate', 'region', 'pseudo-label', 'query', 'patch', 'token', 'noise', 'gradient', 'weight', 'density', 'pose']);

/** Words that never start or continue a task phrase on the left: function words, verbs, evaluative adjectives. */
const NOT_MODIFIER = new Set(
  `the a an this that these those our their its his her we they it of for in on to with by from as at and or but nor via into onto over
under between among about is are was were be been being has have had do does did can could may might will would should must shall not no
also both each every all any some many most more less few several various other such same different new novel existing current recent
previous prior traditional conventional standard classical classic popular common typical general generic challenging difficult hard
important key main major fundamental accurate efficient effective robust fast faster better improved simple strong large-scale
small-scale end-to-end state-of-the-art sota related downstream automatic automated real-world practical successful unified joint
whole full partial own high low high-quality real-time well-known first second large small deep overall final best proposed resulting
task-specific multiple perform improve achieve address tackle solve enable boost help make use apply show study consider propose
present introduce evaluate require learn train than then while where when which who whose how what why thus hence here there
good poor precise reliable scalable accurately simultaneous further additional typical crucial essential core basic underlying
explicit implicit respective corresponding one two three four five six seven eight nine ten single-model error-prone within after
before during upon across through throughout without obtain get gets next quick performance posteriori priori i.e e.g etc
like unlike beyond towards toward versus vs define choose extract leverage guarantee allow allows provide support investigate explore
describe compare combine integrate handle facilitate yield yields ensure exploit adopt employ incorporate demonstrate outperform surpass
reduce increase enhance lack need needs aid benefit estimate predict identify average`.split(/\s+/),
);
/** `-ed` and `-ing` words that do modify tasks (`weakly supervised detection`, `handwriting recognition`). */
const PARTICIPLE_OK = /^(?:(?:un|semi-|self-|weakly-?|fully-?|non-)?supervised|fine-grained|labeled|unlabeled|handwriting|reading|clustering|open-ended|closed-book|grounded|mixed|structured|unstructured|zero-shot|few-shot)$/;

const OWN = /\b(?:we|our|us|this (?:paper|work|study|article)|the proposed|the resulting)\b/i;
const RESULTS = /\b(?:achiev\w*|outperform\w*|state[- ]of[- ]the[- ]art|surpass\w*|improv\w*|experiments?|results?|benchmarks?|evaluat\w*|accuracy)\b/i;
const TASK_AFTER = /^\s*(?:tasks?|problems?|challenges?|benchmarks?)\b/i;
const TASK_BEFORE = /\b(?:task|problem)s?\s+of\s+$/i;
/**
 * `face recognition accuracy` measures something and `a speech recognition system` is a method: task
 * words before these nouns name the metric or the system, not the task.
 */
const NOT_TASK_AFTER =
  /^\)?(?:\s*\([^()]{1,12}\))?[\s-]+(?:accuracy|accuracies|error|errors|rates?|precision|recall|quality|outputs?|systems?|models?|engines?|components?|modules?|tools?|methods?|approach|approaches|algorithms?|techniques?|frameworks?|architectures?|pipelines?|networks?|software|programs?|toolkits?|schemes?|decoders?|parsers?|classifiers?|detectors?|tracks?)\b/i;

function isModifier(word: Word, first: boolean): boolean {
  const t = word.text;
  const lower = t.toLowerCase();
  if (NOT_MODIFIER.has(lower)) return false;
  if (/^\d*[23]D$/i.test(t) || /^RGB-?D$/.test(t)) return true;
  if (!/^[a-z][a-z0-9-]*$/.test(lower) || /^\d/.test(t)) return false;
  if (t !== lower && !(first && /^\p{Lu}\p{Ll}+$/u.test(t))) return false; // capitals name a thing, not a task
  if (/(?:ed|ing)$/.test(lower)) return PARTICIPLE_OK.test(lower);
  if (/ly$/.test(lower)) return /^(?:weakly|fully)$/.test(lower);
  if (/s$/.test(lower) && !/(?:ss|us|is|ics)$/.test(lower)) return false;
  return true;
}

/** Lower-case canonical spelling of a task phrase (acronym-like words keep their capitals). Memoised. */
export const taskName: (surface: string) => string = memoize((surface) => spellTask(surface));

function spellTask(surface: string): string {
  const known = TASKS.lookup(surface);
  if (known) return known.canonical;
  return surface
    .split(/\s+/)
    .map((w) => (/\p{Lu}.*\p{Lu}|\d/u.test(w) ? w : w.toLowerCase()))
    .join(' ')
    .replace(/s$/, (s, at: number, all: string) => (HEADS.has(all.slice(all.lastIndexOf(' ') + 1, -1).toLowerCase()) ? '' : s));
}

export function taskRole(sentence: string, index: number): Role {
  return index < 0 || OWN.test(sentence) || RESULTS.test(sentence) ? 'ADDRESSES' : 'MENTIONS';
}

interface Found {
  surface: string;
  start: number;
  end: number;
  rule: Candidate['rule'];
}

/** Task phrases of one sentence, left to right, with the lexicon's matches first. */
export function findTasks(sentence: string, ws: Word[] = words(sentence)): Found[] {
  const out: Found[] = [];
  const taken = new Set<number>();
  for (const hit of TASKS.find(sentence, ws)) {
    if (NOT_TASK_AFTER.test(sentence.slice(hit.end))) continue;
    // A longer phrase around a known task (`weakly supervised object detection`) is read by the head rule below.
    out.push({ surface: hit.surface, start: hit.start, end: hit.end, rule: 'task-lexicon' });
    for (let i = hit.from; i < hit.to; i++) taken.add(i);
  }
  for (let i = 0; i < ws.length; i++) {
    const head = ws[i] as Word;
    // Plural heads name outputs (`predictions`, `segmentations`), not the task. Keys first: most words are no head.
    if (!HEAD_KEYS.hasWord(head)) continue;
    const lower = head.text.toLowerCase();
    const singular = lower.replace(/s$/, '');
    if (!HEADS.has(lower)) continue;
    if (head.text !== lower && i > 0) continue; // `Faster R-CNN Detection` titles a system
    if (NOT_TASK_AFTER.test(sentence.slice(head.end))) continue;
    let from = i;
    while (from > 0 && i - from < 4) {
      const prev = ws[from - 1] as Word;
      const gap = sentence.slice(prev.end, ws[from]?.start);
      if (!/^\s+$|^-$/.test(gap) || !isModifier(prev, from - 1 === 0)) break;
      from--;
    }
    if (taken.has(i) && (from === i || taken.has(from))) continue; // inside a known task (`named entity recognition`)
    const after = sentence.slice(head.end);
    const before = sentence.slice(0, ws[from]?.start ?? 0);
    const cued = TASK_AFTER.test(after) || TASK_BEFORE.test(before);
    if (from === i && (!cued || WEAK_HEADS.has(singular))) continue;
    if (WEAK_HEADS.has(singular) && ws.slice(from, i).every((w) => STEP_MODIFIERS.has(w.text.toLowerCase()))) continue;
    if (from === i && taken.has(i - 1)) continue;
    const start = ws[from]?.start ?? head.start;
    // The lexicon's match inside this phrase stands for it when the phrase adds nothing but the head's words.
    const inside = out.findIndex((f) => f.rule === 'task-lexicon' && f.start >= start && f.end <= head.end);
    if (inside >= 0 && out[inside]?.start === start) continue;
    if (inside >= 0) out.splice(inside, 1);
    out.push({ surface: sentence.slice(start, head.end), start, end: head.end, rule: cued ? 'task-cue' : 'task-phrase' });
  }
  return out;
}

function mentionsAny(sentence: string, defined: Map<string, string>): boolean {
  for (const short of defined.keys()) if (sentence.includes(short)) return true;
  return false;
}

/** Candidates for one sentence (index −1: the title); `defined` collects task acronyms of the paper. */
export function taskCandidates(sentence: string, index: number, ws: Word[], acronyms: AcronymDefinition[], defined: Map<string, string>): Candidate[] {
  let known: Role | undefined;
  const roleOf = (): Role => (known ??= taskRole(sentence, index)); // most sentences name no task
  const out: Candidate[] = [];
  for (const { short, long } of acronyms) {
    const last = long.split(/[\s-]+/).pop()?.toLowerCase() ?? '';
    const known = TASKS.lookup(long) ?? TASKS.lookup(short);
    if (!known && !HEADS.has(last) && !HEADS.has(last.replace(/s$/, ''))) continue;
    const name = known?.canonical ?? taskName(long);
    defined.set(short, name);
    // `an optical character recognition (OCR) system` names the system, not the task.
    const close = sentence.indexOf(')', sentence.indexOf(`(${short}`));
    if (close >= 0 && NOT_TASK_AFTER.test(sentence.slice(close + 1))) continue;
    out.push({ type: 'Task', surface: name, alias: short, role: roleOf(), rule: 'task-acronym', sentence: index });
  }
  for (const f of findTasks(sentence, ws)) {
    const name = taskName(f.surface);
    out.push({ type: 'Task', surface: name, role: roleOf(), rule: f.rule, sentence: index, ...(name !== f.surface ? { alias: f.surface } : {}) });
  }
  // A defined acronym is a word here only if the sentence holds its letters (most sentences hold none).
  for (const w of defined.size && mentionsAny(sentence, defined) ? ws : []) {
    const name = defined.get(w.text);
    if (name && !out.some((c) => c.alias === w.text) && !NOT_TASK_AFTER.test(sentence.slice(w.end))) out.push({ type: 'Task', surface: name, alias: w.text, role: roleOf(), rule: 'task-acronym', sentence: index });
  }
  return out;
}
