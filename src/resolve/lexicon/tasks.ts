import { parse, type LexiconEntry } from './datasets.js';

/**
 * Well-known research tasks (general vocabulary of the field, not any paper's
 * annotations). One entry a line: `canonical|variant|…`; canonical names are
 * lower-case noun phrases. Variants written in capitals (`NER`, `VQA`) are
 * acronyms: they match only with their capitals, and stay tasks, never methods.
 * Tasks not listed here are found by their shape (see src/extract/tasks.ts).
 */
const ENTRIES = `
image classification|image recognition|ImageNet classification
object detection|object detector evaluation
semantic segmentation|semantic image segmentation|scene parsing
instance segmentation
panoptic segmentation
medical image segmentation
3D object detection|3D detection
pedestrian detection
face detection
face recognition
face verification
face alignment
facial landmark detection
facial expression recognition|FER
action recognition|human action recognition
pose estimation|human pose estimation
3D human pose estimation
keypoint detection
object tracking|visual tracking|visual object tracking
multi-object tracking|multiple object tracking|MOT
person re-identification|person reidentification|person re-ID|re-ID|ReID
image retrieval
image captioning|caption generation|image caption generation
visual question answering|VQA
visual grounding
image generation|image synthesis
text-to-image generation|text-to-image synthesis
image-to-image translation
image super-resolution|super-resolution|single image super-resolution|SISR
image denoising
image inpainting
depth estimation|monocular depth estimation
optical flow estimation|optical flow
scene text detection|text detection
scene text recognition|text recognition
optical character recognition|OCR
video classification
text-video retrieval|video retrieval
speech recognition|automatic speech recognition|ASR|continuous speech recognition|large vocabulary speech recognition
speech synthesis|text-to-speech|TTS
speaker verification|speaker recognition
machine translation|MT|neural machine translation|NMT|statistical machine translation|SMT
language modeling|language modelling|LM
question answering|QA|open-domain question answering|ODQA
knowledge base question answering|KBQA|knowledge-based question answering
reading comprehension|machine reading comprehension|MRC|machine comprehension
named entity recognition|NER|named-entity recognition
relation extraction|RE|relation classification
information extraction|IE
event extraction
entity linking
coreference resolution
part-of-speech tagging|POS tagging|part of speech tagging
dependency parsing
constituency parsing
semantic parsing
semantic role labeling|SRL|semantic role labelling
word sense disambiguation|WSD
word segmentation|Chinese word segmentation|CWS
sentiment analysis|sentiment classification
aspect-based sentiment analysis|ABSA
text classification|document classification
natural language inference|NLI|recognizing textual entailment|RTE|textual entailment
paraphrase identification|paraphrase detection
semantic textual similarity|STS
text summarization|summarization|abstractive summarization|extractive summarization|document summarization
dialogue generation|response generation
dialogue state tracking|DST
text generation|natural language generation|NLG
natural language understanding|NLU
grammatical error correction|GEC
information retrieval|IR|document retrieval|passage retrieval
passage re-ranking|passage ranking
recommendation|recommender systems|collaborative filtering
click-through rate prediction|CTR prediction
link prediction
node classification
graph classification
knowledge graph completion
anomaly detection|outlier detection
time series forecasting
domain adaptation|unsupervised domain adaptation
few-shot learning|few-shot classification
zero-shot learning
continual learning|lifelong learning
`;

export const TASK_LEXICON: LexiconEntry[] = parse(ENTRIES);

/**
 * The measure a task's results are reported in when a paper states a score without naming it
 * (`SOTA results of 96.9 (+0.2) on PKU … for the CWS task`): the field's convention, only for
 * tasks that have one clear measure. Keys are canonical task names, values canonical metric names.
 */
export const USUAL_METRIC: Readonly<Record<string, string>> = {
  'word segmentation': 'F1',
  'named entity recognition': 'F1',
  'constituency parsing': 'F1',
  'part-of-speech tagging': 'accuracy',
  'sentiment analysis': 'accuracy',
  'machine translation': 'BLEU',
  'language modeling': 'perplexity',
  'speech recognition': 'WER',
  'semantic segmentation': 'mIoU',
  'image classification': 'top-1 accuracy',
  'action recognition': 'accuracy',
  'action classification': 'accuracy',
  'video classification': 'accuracy',
  'natural language inference': 'accuracy',
};

/**
 * The measure a benchmark's results are reported in when a paper states a score on it without naming
 * one (`improvements on MNLI by +0.9% (90.2% vs. 91.1%)`), and which of two measures written together
 * (`bpc / perplexity … 0.99 on enwik8, … 18.3 on WikiText-103`) goes with it: only benchmarks of one
 * task and one clear measure. Keys are canonical data-set names, values canonical metric names.
 */
export const DATASET_METRIC: Readonly<Record<string, string>> = {
  MultiNLI: 'accuracy',
  SNLI: 'accuracy',
  QNLI: 'accuracy',
  'SST-2': 'accuracy',
  RACE: 'accuracy',
  WMT: 'BLEU',
  'WMT 2014': 'BLEU',
  'WMT 2016': 'BLEU',
  IWSLT: 'BLEU',
  'IWSLT 2014': 'BLEU',
  'IWSLT 2015': 'BLEU',
  'IWSLT 2017': 'BLEU',
  'WikiText-103': 'perplexity',
  'WikiText-2': 'perplexity',
  'One Billion Word': 'perplexity',
  enwik8: 'bits per character',
  text8: 'bits per character',
  LibriSpeech: 'WER',
  Switchboard: 'WER',
  CallHome: 'WER',
  'Wall Street Journal': 'WER',
  TIMIT: 'PER',
  Cityscapes: 'mIoU',
  ADE20K: 'mIoU',
  'PASCAL-Context': 'mIoU',
  CamVid: 'mIoU',
  'COCO-Stuff': 'mIoU',
};
