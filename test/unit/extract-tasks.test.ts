import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/extract/index.js';
import type { ExtractedPaper, Role } from '../../src/extract/index.js';
import { findTasks, taskName } from '../../src/extract/tasks.js';
import { record } from '../fixtures/extract/record.js';

/** Tasks: what must be found (canonical name, role, an alias) and what must not be a task. */

interface Row {
  text: string;
  title?: string;
  found: Array<[string, Role?, string?]>;
  notTasks: string[];
}

const tasks = (paper: ExtractedPaper) => paper.entities.filter((e) => e.type === 'Task');

const ROWS: Row[] = [
  { text: 'We study named entity recognition (NER) in tweets. Our NER tagger beats prior work.', found: [['named entity recognition', 'ADDRESSES', 'NER']], notTasks: ['entity recognition', 'NER'] },
  { text: 'Visual question answering (VQA) needs grounding. We propose a model for VQA.', found: [['visual question answering', 'ADDRESSES', 'VQA']], notTasks: [] },
  { text: 'We answer questions over Freebase, a task known as knowledge base question answering (KBQA).', found: [['knowledge base question answering', 'ADDRESSES', 'KBQA']], notTasks: [] },
  { text: 'We propose a detector for weakly supervised object detection and report results on COCO.', found: [['weakly supervised object detection', 'ADDRESSES']], notTasks: ['object detection'] },
  { text: 'Current approaches in semantic image segmentation rely on pretrained networks.', found: [['semantic segmentation', 'MENTIONS', 'semantic image segmentation']], notTasks: [] },
  { text: 'Our approach reaches the state of the art on 3D shape part segmentation.', found: [['3D shape part segmentation', 'ADDRESSES']], notTasks: [] },
  { text: 'We evaluate on the text-video retrieval task with a dual encoder.', found: [['text-video retrieval', 'ADDRESSES']], notTasks: [] },
  { text: 'Such models are used for machine translation, speech recognition and image captioning.', found: [['machine translation', 'MENTIONS'], ['speech recognition', 'MENTIONS'], ['image captioning', 'MENTIONS']], notTasks: [] },
  { text: 'Here, we introduce a new task of identifying a well-formed natural language question.', found: [], notTasks: [] },
  { text: 'Top-1 acc. improves.', title: 'Fast Image Classification with Sparse Experts', found: [['image classification', 'ADDRESSES']], notTasks: [] },
  // False friends: systems and measures named after a task, outputs in the plural, steps of a method.
  { text: 'We build a speech recognition system and report face recognition accuracy.', found: [], notTasks: ['speech recognition', 'face recognition'] },
  // …also with the acronym between, and for outputs, quality and tracks (`the OCR model`, `QA tracks`).
  { text: 'Errors of an optical character recognition (OCR) system matter; ASR output and machine translation quality are compared on the TREC question answering tracks.', found: [], notTasks: ['optical character recognition', 'speech recognition', 'machine translation', 'question answering'] },
  { text: 'The network combines predictions and refines segmentations with a learning rate schedule.', found: [], notTasks: ['predictions', 'segmentations', 'prediction', 'segmentation'] },
  { text: 'Feature extraction and data generation are done offline; the estimation is fast.', found: [], notTasks: ['generation', 'estimation', 'data generation', 'feature extraction'] },
  { text: 'We measure the dark matter density at 3 GeV with the LHC detector.', found: [], notTasks: ['detector', 'LHC'] },
  // A verb or preposition before a task phrase starts no task: the phrase begins after it.
  {
    text: 'Tasks like scene text recognition benefit, and we leverage lane detection to choose landmark localization beyond handwriting recognition.',
    found: [['scene text recognition'], ['lane detection'], ['landmark localization'], ['handwriting recognition']],
    notTasks: ['like scene text recognition', 'leverage lane detection', 'choose landmark localization', 'beyond handwriting recognition'],
  },
  // …while adjectives that do narrow a task stay (`single image super-resolution`, `relative pose estimation`).
  { text: 'We address single image super-resolution and relative pose estimation.', found: [['image super-resolution', 'ADDRESSES', 'single image super-resolution'], ['relative pose estimation']], notTasks: [] },
];

describe('tasks', () => {
  it.each(ROWS.map((r) => [r.text.slice(0, 50), r] as const))('%s', (_, row) => {
    const paper = extractPaper(record(row.text, row.title ? { title: row.title } : {}));
    const found = tasks(paper);
    for (const [name, role, alias] of row.found) {
      const task = found.find((t) => t.name === name);
      expect(task, `${name} in ${JSON.stringify(found.map((t) => t.name))}`).toBeDefined();
      if (role) expect(task?.role, `${name} role`).toBe(role);
      if (alias) expect(task?.aliases).toContain(alias);
    }
    for (const name of row.notTasks) expect(found.map((t) => t.name), `${name} is not a task`).not.toContain(name);
  });

  it('keeps task acronyms away from methods', () => {
    const paper = extractPaper(record('Named entity recognition (NER) and semantic role labeling (SRL) are hard. NER models and SRL systems improve.'));
    expect(paper.entities.filter((e) => e.type === 'Method').map((e) => e.name)).toEqual([]);
    expect(tasks(paper).map((t) => t.name).sort()).toEqual(['named entity recognition', 'semantic role labeling']);
  });

  it.each([
    ['Semantic image segmentation', 'semantic segmentation'],
    ['person reidentification', 'person re-identification'],
    ['Neural Machine Translation', 'machine translation'],
    ['dense human pose estimation', 'dense human pose estimation'],
    ['RGB-D scene parsing', 'RGB-D scene parsing'],
  ])('taskName(%s) = %s', (surface, name) => expect(taskName(surface)).toBe(name));

  it('finds phrases by their head without a parser', () => {
    const text = 'We address example-based single image super-resolution and 3D human pose estimation.';
    // `example-based` is a participle: the known task inside the phrase stands for it.
    expect(findTasks(text).map((f) => f.surface)).toEqual(['single image super-resolution', '3D human pose estimation']);
  });
});
