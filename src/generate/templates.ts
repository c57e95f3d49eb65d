import type { Random } from './random.js';

/** The slots one abstract fills: every entity in them is part of the paper's truth. */
export interface Slots {
  proposed: string;
  baselines: string[];
  datasets: string[];
  task: string;
  taskZh: string;
  field: string;
  metric: string;
  value: string;
  gain: string;
  mentionedInstitution?: string;
  codeUrl?: string;
}

const ADJECTIVES = [
  'simple',
  'efficient',
  'lightweight',
  'scalable',
  'unified',
  'robust',
  'self-supervised',
  'hierarchical',
  'sparse',
  'adaptive',
];
const KINDS = ['architecture', 'framework', 'training objective', 'pre-training scheme', 'backbone', 'model', 'method'];
const MECHANISMS = [
  'a gated cross-attention module',
  'a learned routing layer',
  'a contrastive consistency loss',
  'a multi-scale feature pyramid',
  'a memory bank of prototypes',
  'a curriculum over hard examples',
];
const REQUIREMENTS = ['extra labels', 'task-specific heads', 'costly post-processing', 'large-batch training', 'external data'];

type Sentence = (s: Slots, random: Random) => string;

const list = (items: string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

const INTROS: Sentence[] = [
  (s) => `${cap(s.task)} is a fundamental problem in ${s.field}.`,
  (s) => `Recent advances in ${s.field} have been driven by large models such as ${s.baselines[0]}.`,
  (s) => `Existing approaches to ${s.task} either rely on hand-crafted components or require expensive annotation.`,
  (s) => `Despite the success of ${s.baselines[0]}, ${s.task} remains challenging under distribution shift.`,
];
const PROPOSALS: Sentence[] = [
  (s, r) => `We propose ${s.proposed}, a ${r.pick(ADJECTIVES)} ${r.pick(KINDS)} for ${s.task}.`,
  (s, r) => `In this paper, we introduce ${s.proposed}, a ${r.pick(ADJECTIVES)} ${r.pick(KINDS)} that builds on ${s.baselines[0]}.`,
  (s, r) => `To address this, we present ${s.proposed}, which combines ${s.baselines[0]} with ${r.pick(MECHANISMS)}.`,
];
const DETAILS: Sentence[] = [
  (s, r) => `${s.proposed} uses ${r.pick(MECHANISMS)} to share information across scales.`,
  (s, r) => `Unlike prior work, ${s.proposed} does not require ${r.pick(REQUIREMENTS)}.`,
  (s) => `The design keeps the number of parameters close to that of ${s.baselines[s.baselines.length - 1]}.`,
];
const EXPERIMENTS: Sentence[] = [
  (s) => `Extensive experiments on ${list(s.datasets)} show that ${s.proposed} consistently improves over strong baselines.`,
  (s) => `We evaluate ${s.proposed} on the ${list(s.datasets)} benchmarks.`,
];
const COMPARISONS: Sentence[] = [
  (s) => `${s.proposed} outperforms ${list(s.baselines)} on the ${s.datasets[0]} dataset.`,
  (s) => `Compared with ${s.baselines[0]}, ${s.proposed} reduces the error by ${s.gain}% on ${s.datasets[s.datasets.length - 1]}.`,
];
const RESULTS: Sentence[] = [
  (s) => `${s.proposed} achieves ${s.value}% ${s.metric} on ${s.datasets[0]}, surpassing ${s.baselines[0]} by ${s.gain} points.`,
  (s) => `On ${s.datasets[0]}, our model reaches ${s.value}% ${s.metric}, a new state of the art.`,
];
const CLOSINGS: Sentence[] = [
  (s) => `We hope ${s.proposed} serves as a strong baseline for future research on ${s.task}.`,
  () => `Our analysis also sheds light on when and why the improvements occur.`,
];

/** An English abstract: intro, proposal, detail, experiments, comparison, result, closing. */
export function englishAbstract(slots: Slots, random: Random): string {
  const parts = [INTROS, PROPOSALS, DETAILS, EXPERIMENTS, COMPARISONS, RESULTS].map((choices) => random.pick(choices)(slots, random));
  if (slots.mentionedInstitution)
    parts.splice(4, 0, `The ${slots.datasets[0]} split we use was prepared with ${slots.mentionedInstitution}.`);
  parts.push(random.pick(CLOSINGS)(slots, random));
  if (slots.codeUrl) parts.push(`Code is available at ${slots.codeUrl}.`);
  return parts.join(' ');
}

/** A Chinese abstract, as a machine translation would give it: entity names stay in Latin script. */
export function chineseAbstract(slots: Slots): string {
  return [
    `${slots.taskZh}是${slots.field === 'computer vision' ? '计算机视觉' : '机器学习'}中的一个基本问题。`,
    `我们提出了${slots.proposed}，一种用于${slots.taskZh}的新方法。`,
    `在${listZh(slots.datasets)}上的大量实验表明，${slots.proposed}优于${listZh(slots.baselines)}。`,
    `${slots.proposed}在${slots.datasets[0]}上取得了${slots.value}%的${slots.metric}。`,
    slots.codeUrl ? `代码已在${slots.codeUrl}公开。` : '',
  ].join('');
}

/** `ZetaNet: Efficient Backbone for Object Detection`. */
export function titleOf(slots: Slots, random: Random): string {
  return `${slots.proposed}: ${titleCase(`${random.pick(ADJECTIVES)} ${random.pick(KINDS)}`)} for ${titleCase(slots.task)}`;
}

function listZh(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function titleCase(text: string): string {
  return text.replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
}
