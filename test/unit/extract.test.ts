import { describe, expect, it } from 'vitest';
import { extractPaper, EXTRACTOR_VERSION } from '../../src/extract/index.js';
import type { EntityType, ExtractedPaper, Role } from '../../src/extract/index.js';
import { record } from '../fixtures/extract/record.js';

/**
 * Table-driven rule tests on our own sentences: each row says what must be
 * found (type, name, role) and what must not appear at all (false positives).
 */

interface Row {
  text: string;
  affiliations?: string[];
  found: Array<[EntityType, string, Role?]>;
  notFound: string[];
}

const has = (paper: ExtractedPaper, type: EntityType, name: string): boolean => paper.entities.some((e) => e.type === type && e.name === name);
// Tasks and metrics (`machine translation`, `mAP`) are entities of their own; these rows are about the other types.
const anyNamed = (paper: ExtractedPaper, name: string): boolean =>
  paper.entities.some((e) => e.type !== 'Task' && e.type !== 'Metric' && e.name.toLowerCase() === name.toLowerCase());

function check(row: Row): void {
  const paper = extractPaper(record(row.text, row.affiliations ? { affiliations: row.affiliations } : {}));
  for (const [type, name, role] of row.found) {
    const entity = paper.entities.find((e) => e.type === type && e.name === name);
    expect(entity, `${type} ${name} in: ${JSON.stringify(paper.entities.map((e) => `${e.type}:${e.name}`))}`).toBeDefined();
    if (role) expect(entity?.role, `${name} role`).toBe(role);
  }
  for (const name of row.notFound) expect(anyNamed(paper, name), `${name} must not be an entity`).toBe(false);
}

const METHODS: Row[] = [
  { text: 'We propose GraphFlow, a message-passing network. GraphFlow outperforms GCN, GAT and GraphSAGE.', found: [['Method', 'GraphFlow', 'PROPOSES'], ['Method', 'GAT', 'COMPARES'], ['Method', 'GraphSAGE', 'COMPARES']], notFound: ['message-passing network'] },
  { text: 'We present Sparse Token Mixer (STM), which replaces attention with sparse mixing.', found: [['Method', 'STM', 'PROPOSES']], notFound: ['Sparse Token Mixer', 'attention'] },
  { text: 'The resulting detector, named FastDet, surpasses YOLOv5 and Faster R-CNN.', found: [['Method', 'FastDet', 'PROPOSES'], ['Method', 'Faster R-CNN', 'COMPARES'], ['Method', 'YOLOv5', 'COMPARES']], notFound: ['R-CNN'] },
  { text: 'We term the improved backbone as S$^2$-MLPv2. It is trained with BERT-base features.', found: [['Method', 'S2-MLPv2', 'PROPOSES'], ['Method', 'BERT-base', 'USES']], notFound: ['MLP'] },
  { text: 'Our method, called MixDrop, improves over dropout on every benchmark.', found: [['Method', 'MixDrop', 'PROPOSES']], notFound: ['benchmark'] },
  { text: 'ZetaNet outperforms wav2vec 2.0, Conformer and HuBERT on the LibriSpeech dataset.', found: [['Method', 'wav2vec 2.0', 'COMPARES'], ['Method', 'Conformer', 'COMPARES'], ['Method', 'HuBERT', 'COMPARES'], ['Dataset', 'LibriSpeech']], notFound: ['wav2vec', 'Conformer and HuBERT'] },
  // What a paper evaluates, compares or benchmarks is used, not proposed; what it evaluates *on* is a data set.
  { text: 'We release a dataset and evaluate YOLOv8 and RT-DETR on it.', found: [['Method', 'YOLOv8', 'USES'], ['Method', 'RT-DETR', 'USES']], notFound: ['dataset'] },
  { text: 'We benchmark YOLOv8, RT-DETR and DINO on the new benchmark.', found: [['Method', 'DINO', 'USES']], notFound: ['new benchmark', 'benchmark'] },
  { text: 'We evaluate the proposed method on COCO and compare it with prior work.', found: [['Dataset', 'COCO', 'EVALUATES_ON']], notFound: ['proposed method', 'prior work', 'COCO and compare'] },
  { text: 'The design keeps the number of parameters close to that of Whisper.', found: [['Method', 'Whisper', 'COMPARES']], notFound: [] },
  { text: 'As a by-product, it surpasses the competitive Fast / Faster R-CNN systems.', found: [['Method', 'Faster R-CNN']], notFound: ['Fast'] },
  {
    text: 'Deep learning has changed natural language processing (NLP). We review neural networks for machine translation (MT), 3D vision on GPU clusters and artificial intelligence (AI).',
    found: [],
    notFound: ['deep learning', 'neural networks', 'NLP', 'MT', 'AI', '3D', 'GPU', 'machine translation'],
  },
  // An apposition names what is proposed, even a name the lexicon keeps as a generic class; a bare `a novel CNN` does not.
  { text: 'We propose a new sequence model, the Transformer, built from attention alone. It beats recurrent baselines.', found: [['Method', 'Transformer', 'PROPOSES']], notFound: [] },
  { text: 'We propose a novel CNN, which is trained on street images.', found: [], notFound: [] },
  // A name in brackets after what the paper makes is proposed, though it spells no acronym; a later comparison keeps it so.
  { text: 'We pre-train two models: a bilingual encoder with 9 billion parameters (TULIP-3) and a sparse variant. We compare TULIP-3 with mT5.', found: [['Method', 'TULIP-3', 'PROPOSES'], ['Method', 'mT5', 'COMPARES']], notFound: [] },
  { text: 'We build on a recent parsing model (HoundNet) from prior work.', found: [['Method', 'HoundNet', 'USES']], notFound: [] },
  // What a task acts on (`Gesture Unit (GU) detection`) and a measure the paper names are not methods.
  { text: 'We train a CRF for hand Gesture Unit (GU) detection from video. We present a measure called TORTUE for scoring answers.', found: [], notFound: ['GU', 'Gesture Unit', 'TORTUE'] },
  // A machine after `over a`, a maker before a kind of model: compared, but not named methods.
  { text: 'The chip gives a fivefold speed-up over a VAX 11 for C code, and our models outperform ACME alignment models.', found: [], notFound: ['VAX 11', 'VAX', 'ACME'] },
  // Tools as the sciences name them: used, even in the passive; a telescope/instrument pair, a language and a generic class are not tools.
  {
    text: 'Sequencing reads were aligned with Bowtie2 and quantified using Salmon, and trajectories were analysed with the Monocle package.',
    found: [['Method', 'Bowtie2', 'USES'], ['Method', 'Salmon', 'USES'], ['Method', 'Monocle', 'USES']],
    notFound: [],
  },
  { text: 'Redshifts were estimated with the template-fitting code LePhare on images obtained with VLT/MUSE.', found: [['Method', 'LePhare', 'USES']], notFound: ['VLT/MUSE', 'VLT', 'MUSE'] },
  { text: 'Band structures were computed with the HSE06 functional as implemented in QUARTZ-DFT.', found: [['Method', 'QUARTZ-DFT', 'USES']], notFound: ['HSE06 functional'] },
  { text: 'The solver is implemented in Julia, and candidate regions were generated with CNN-based detectors.', found: [], notFound: ['Julia', 'CNN'] },
  // Procedures named after people, wherever they stand, with their procedure noun and the words between.
  {
    text: 'Chains are drawn with the Kessler-Moran algorithm, the orbits integrated with a sixth-order Okada scheme, and the bound follows from the Pellegrini large sieve.',
    found: [['Method', 'Kessler-Moran algorithm', 'USES'], ['Method', 'Okada scheme'], ['Method', 'Pellegrini large sieve']],
    notFound: ['Kessler-Moran', 'Okada'],
  },
  // …not adjectives, plain openings, languages, exams, models without a tool cue, nor a name a definition links.
  {
    text: 'Existing methods use a Bayesian filter and an Iterative scheme. We study the Potts model with French as our test language and an English certification test, and track with an unscented Kessler filter (UKF).',
    found: [['Method', 'UKF']],
    notFound: ['Bayesian filter', 'Existing methods', 'Iterative scheme', 'Potts model', 'French as our test', 'English certification test', 'Kessler filter'],
  },
  // After a tool cue an eponym keeps its model (`with a Cox proportional hazards model`) and new verbs count (`assessed with`).
  { text: 'Expression was assessed with CountKit2 and survival modelled with a Larsen proportional hazards model.', found: [['Method', 'CountKit2', 'USES'], ['Method', 'Larsen proportional hazards model', 'USES']], notFound: ['Larsen'] },
  // `Samples were stained with X`: a noun `samples` is no tool verb; `imaged on a Zeiss LSM 880` names a device, not a data set.
  { text: 'Samples were stained with Hoechst and imaged on a Zeiss LSM 880, and scored on an ImageNet-5K set.', found: [['Dataset', 'ImageNet-5K']], notFound: ['Hoechst', 'Zeiss LSM 880', 'Zeiss'] },
  // One capitalised word and a year is a citation or a data release, never a compared method.
  { text: 'We compare our constraints with Planck 2018 and with Riess 2022, and compare with ResNet-50.', found: [['Method', 'ResNet-50', 'COMPARES']], notFound: ['Planck 2018', 'Riess 2022', 'Planck', 'Riess'] },
  // One half of an instrument pair is an instrument, even before a tool noun.
  { text: 'Spectra from ORBIT/NIRX were reduced with the ORBIT pipeline.', found: [], notFound: ['ORBIT', 'NIRX'] },
  // An eponym names its method with the head noun (`Gibbs sampling`), not the person alone.
  { text: 'Posterior samples were generated using Hartley sampling and labels computed via Nakamura decoding.', found: [['Method', 'Hartley sampling', 'USES'], ['Method', 'Nakamura decoding', 'USES']], notFound: ['Hartley', 'Nakamura'] },
  { text: 'We estimate the demand system with GMMX and compare with OLSQ and the Blundell-Bond estimator.', found: [['Method', 'GMMX', 'USES'], ['Method', 'OLSQ', 'COMPARES']], notFound: [] },
  // `our` owns only what it describes: a verb and an article in between start another phrase.
  { text: 'Our argument combines the spectral sequence method (SSM) with a counting lemma.', found: [['Method', 'SSM', 'USES']], notFound: [] },
  { text: 'Knowledge Base Question Answering (KBQA) is hard; KBQA systems are measured by the F1 score and mean average precision (mAP).', found: [], notFound: ['KBQA', 'mAP', 'F1'] },
  // Pattern 5: names met once without a cue, as examples of a class the text names (`For example, X, Y and Z …`).
  { text: 'Speech foundation models (SFMs) now dominate. For example, WavLM-X, Parrot and SONIQ trained SFMs on unlabelled audio.', found: [['Method', 'WavLM-X', 'MENTIONS'], ['Method', 'Parrot', 'MENTIONS'], ['Method', 'SONIQ', 'MENTIONS']], notFound: [] },
  // …not without a class of methods (`detectors`, no class at all), nor for plain words (people, places).
  { text: 'Several detectors were upgraded. For example, LIGO and Virgo observed the merger.', found: [], notFound: ['LIGO', 'Virgo'] },
  { text: 'Such models are common. For example, Alice and Bob exchange keys in Paris and London.', found: [], notFound: ['Alice', 'Bob'] },
  // Names the paper gives its own method: after `called` a word like `Deep` opens a name; an apposition to
  // `our (proposed) model`; `we can construct X`; `introduce a new Two-Stream … (ACR)`; `Our first contribution is …`.
  { text: 'Our system, called Deep Kestrel, transcribes noisy speech without a phoneme dictionary.', found: [['Method', 'Deep Kestrel', 'PROPOSES']], notFound: ['Kestrel'] },
  { text: 'Specifically, our proposed model, HawkSeg+, extends DeepLabv3 with a light decoder. The improved model, KiteDet2, is fast.', found: [['Method', 'HawkSeg+', 'PROPOSES'], ['Method', 'KiteDet2', 'PROPOSES']], notFound: [] },
  { text: 'By stacking these units, we can construct HeronNet architectures that generalise across challenging datasets. HeronNets set a new record.', found: [['Method', 'HeronNet', 'PROPOSES']], notFound: ['HeronNets'] },
  { text: 'We also introduce a new Two-Stream Ibis Video Network (IVN) that inflates 2D filters.', found: [['Method', 'IVN', 'PROPOSES']], notFound: [] },
  { text: 'Our first contribution is sparse segment sampling (SSS), a novel framework for video understanding.', found: [['Method', 'SSS', 'PROPOSES']], notFound: [] },
  // …not an instrument the paper names (`our detector, called … Array`), and a version number makes a method of its own.
  { text: 'Our detector, called Deep Underground Array, records neutrino events; more come from the Large Hadron Collider.', found: [], notFound: ['Deep Underground Array', 'Large Hadron Collider'] },
  { text: 'This paper describes Tacotron 3, a speech synthesis model, and compares it with WaveNet.', found: [['Method', 'Tacotron 3', 'PROPOSES'], ['Method', 'WaveNet', 'COMPARES']], notFound: ['Tacotron'] },
  // Long forms that are lists of words, or whose first word the short form keeps; not a method the paper employs.
  { text: 'We present Listen, Parse and Spell (LPS), a neural speech recognizer.', found: [['Method', 'LPS', 'PROPOSES']], notFound: ['Listen', 'Spell'] },
  { text: 'This paper proposes a Quick Region-based Convolutional Network method (Quick R-CNN) for object detection.', found: [['Method', 'Quick R-CNN', 'PROPOSES']], notFound: ['Quick Region-based Convolutional Network'] },
  { text: 'To reduce overfitting we employed a recently developed regularization method called dropout.', found: [['Method', 'dropout', 'USES']], notFound: [] },
  // …but not someone else's: `our baseline, BERT,` and `our model, however,`.
  { text: 'Our baseline model, BERT, is strong. We compare our model, however, with RoBERTa.', found: [['Method', 'BERT', 'USES']], notFound: ['however'] },
];

const DATASETS: Row[] = [
  { text: 'GraphFlow reaches 92.1% accuracy on the Tox21 dataset and improves on the QM9 and ZINC benchmarks.', found: [['Dataset', 'Tox21', 'EVALUATES_ON'], ['Dataset', 'QM9'], ['Dataset', 'ZINC']], notFound: ['GraphFlow'] },
  { text: 'In this work we introduce TinyParse, a new corpus of 12k annotated sentences.', found: [['Dataset', 'TinyParse', 'PROPOSES']], notFound: [] },
  { text: 'We construct a large-scale dataset, namely BR-9K, with professional labels.', found: [['Dataset', 'BR-9K', 'PROPOSES']], notFound: [] },
  { text: 'Experiments on MS-COCO, Pascal VOC 2012 and CIFAR10/100 show gains.', found: [['Dataset', 'COCO'], ['Dataset', 'PASCAL VOC 2012'], ['Dataset', 'CIFAR-10'], ['Dataset', 'CIFAR-100']], notFound: ['CIFAR10/100', 'MS-COCO'] },
  { text: 'Models are pre-trained on ImageNet1K and evaluated on the Cityscapes dataset.', found: [['Dataset', 'ImageNet-1K', 'USES'], ['Dataset', 'Cityscapes', 'EVALUATES_ON']], notFound: [] },
  { text: 'The detector runs at 300 FPS on an NVIDIA 3090 GPU and won the BraTS 2018 challenge.', found: [], notFound: ['NVIDIA 3090', 'NVIDIA', 'BraTS', 'BraTS 2018'] },
  { text: 'We study visual question answering (VQA) with features from a ResNet.', found: [['Method', 'ResNet']], notFound: ['VQA'] },
  // A name span never swallows `<Method> on/in/for the <Dataset>`: the data set is read, and the method where it is cued.
  { text: 'LumaGAN outperforms Transformer-XL in the OntoNotes 5.0 dataset.', found: [['Dataset', 'OntoNotes'], ['Method', 'Transformer-XL', 'COMPARES']], notFound: ['Transformer-XL in the OntoNotes 5.0', 'LumaGAN in the OntoNotes 5.0'] },
  { text: 'We compare ResNet-50 on the ImageNet dataset with ViT-B/16 for the CIFAR-10 benchmark.', found: [['Dataset', 'ImageNet'], ['Dataset', 'CIFAR-10'], ['Method', 'ResNet-50']], notFound: ['ResNet-50 on the ImageNet', 'ViT-B/16 for the CIFAR-10'] },
  { text: 'Results of Transformer-XL on the CNN/DailyMail dataset are strong.', found: [['Dataset', 'CNN/Daily Mail']], notFound: ['Transformer-XL on the CNN/DailyMail', 'Transformer-XL on the CNN'] },
  { text: 'ZetaNet outperforms BERT and RoBERTa in the ReefCount dataset.', found: [['Dataset', 'ReefCount'], ['Method', 'BERT', 'COMPARES'], ['Method', 'RoBERTa', 'COMPARES']], notFound: ['RoBERTa in the ReefCount'] },
  { text: 'We report the accuracy of QuillNet for the FarmSat benchmark.', found: [['Dataset', 'FarmSat', 'EVALUATES_ON']], notFound: ['QuillNet for the FarmSat'] },
  { text: 'KiteFormer outperforms GraphSAGE and ResNet-50 on the ImageNet.', found: [['Dataset', 'ImageNet'], ['Method', 'ResNet-50'], ['Method', 'GraphSAGE']], notFound: ['ResNet-50 on the ImageNet'] },
  // …while connectors still join ordinary capitalised words into one name.
  { text: 'Experiments use the Labeled Faces in the Wild dataset.', found: [['Dataset', 'LFW']], notFound: ['Wild'] },
  // Named lexical resources: a capitalised resource noun ends the name, a language adjective may open it.
  {
    text: 'Entries were compared with the Slovak National Corpus and the Lisbon Dependency Treebank 3.1, and linked to FinnWordNet and the Oxford Dictionary of Marine Terms.',
    found: [['Dataset', 'Slovak National Corpus'], ['Dataset', 'Lisbon Dependency Treebank 3.1'], ['Dataset', 'FinnWordNet'], ['Dataset', 'Oxford Dictionary of Marine Terms']],
    notFound: ['Slovak', 'Lisbon'],
  },
  // …but a resource word inside a longer name (`Dictionary Description`, `Data Collection Working group`) is no cue.
  { text: 'The grammar rests on a Form-Oriented Dictionary Description of verbs.', found: [], notFound: ['Form-Oriented Dictionary', 'Form-Oriented'] },
  { text: 'The recordings were organised by FLOCK (Field Linguistics Oral Collection Keepers group) in two villages.', found: [], notFound: ['FLOCK Field Linguistics Oral', 'FLOCK'] },
  // `SLU corpora` are corpora for the SLU the paper defined, not a data set named SLU.
  { text: 'We build spoken language understanding (SLU) techniques. They are tested on new SLU corpora from call centres.', found: [], notFound: ['SLU'] },
  // An acronym the abstract counts in the plural is a kind of item (`40 000 NEs`), not a data set's name.
  { text: 'We describe a Hungarian NE database holding 40 000 NEs from news text.', found: [], notFound: ['NE', 'NEs'] },
  // A bare count after a name that ends in a year is not part of the name.
  { text: 'Our system scores 61.2 on CoNLL-2003 4 annotation corpus.', found: [['Dataset', 'CoNLL-2003']], notFound: ['CoNLL-2003 4'] },
  { text: 'Extensive experiments on PubMed, Cora and Reddit show that FernSeg improves over strong baselines.', found: [['Dataset', 'PubMed'], ['Dataset', 'Cora'], ['Dataset', 'Reddit']], notFound: [] },
  // A list that holds a known data set (and no known method) lists data sets, whatever noun opens it…
  { text: 'Node embeddings are tested on social graphs such as BlogCatalog, Orkut and Digg.', found: [['Dataset', 'BlogCatalog'], ['Dataset', 'Orkut'], ['Dataset', 'Digg']], notFound: [] },
  // …but a list with a known method stays a list of methods.
  { text: 'Embeddings are compared with methods such as DeepWalk, LINE and Tumblr.', found: [['Method', 'DeepWalk'], ['Method', 'LINE'], ['Method', 'Tumblr']], notFound: [] },
  // Names right after a plural data noun; a lower-case `extended` names a variant, not part of the name.
  { text: 'Results on benchmarks ShelfPose Multi-View, extended SHHQ-Pose, and ZEB show clear gains.', found: [['Dataset', 'ShelfPose Multi-View'], ['Dataset', 'SHHQ-Pose'], ['Dataset', 'ZEB']], notFound: ['extended SHHQ-Pose'] },
  // A known data set's challenge reported on is its data; one the authors took part in is an event.
  { text: 'Our detector gains 1.4 mAP on the VOC2012 detection challenge, and an earlier version won the BraTS 2018 challenge.', found: [['Dataset', 'PASCAL VOC 2012', 'EVALUATES_ON']], notFound: ['BraTS', 'BraTS 2018'] },
  { text: 'Our entry beats the COCO 2016 challenge winners by two points of AP.', found: [], notFound: ['COCO', 'COCO 2016'] },
  // What a result is on is not proposed, however long its name; a lower-case word is no lexicon name (ComplEx).
  { text: 'In this paper, we present a new state-of-the-art result, achieving an accuracy of 88.1% on the Stanford Natural Language Inference Dataset.', found: [['Dataset', 'SNLI', 'EVALUATES_ON']], notFound: [] },
  { text: 'Generating diverse samples from complex datasets such as ImageNet remains an elusive goal.', found: [['Dataset', 'ImageNet']], notFound: ['complex', 'ComplEx'] },
];

const INSTITUTIONS: Row[] = [
  {
    text: 'The challenge was organized by the Zhongguancun Laboratory and the Institute for Artificial Intelligence, Tsinghua University as part of the Zhongguancun International Frontier Technology Innovation Competition.',
    found: [['Institution', 'Zhongguancun Laboratory', 'MENTIONS'], ['Institution', 'Tsinghua University', 'MENTIONS']],
    notFound: ['Institute for Artificial Intelligence', 'Zhongguancun International Frontier Technology Innovation Competition'],
  },
  {
    text: 'We study robust optimisation.',
    affiliations: ['Department of Mathematics, Hong Kong University of Science and Technology', 'School of Computer Science, Carnegie Mellon University, Pittsburgh, USA'],
    found: [['Institution', 'Hong Kong University of Science and Technology', 'AFFILIATED_WITH'], ['Institution', 'Carnegie Mellon University', 'AFFILIATED_WITH']],
    notFound: ['Department of Mathematics', 'Pittsburgh'],
  },
  { text: 'Work done at Google Research with NVIDIA A100 GPUs and the Google Translate API.', found: [['Institution', 'Google Research', 'MENTIONS']], notFound: ['NVIDIA', 'Google Translate'] },
  // Two bodies joined by `and` are two institutions; `and` inside one name is not a join.
  {
    text: 'Researchers at the Max Planck Institute for Informatics and Google DeepMind study optical flow.',
    found: [['Institution', 'Max Planck Institute for Informatics', 'MENTIONS'], ['Institution', 'Google DeepMind', 'MENTIONS']],
    notFound: ['Max Planck Institute for Informatics and Google DeepMind'],
  },
  {
    text: 'This work is a collaboration of the Swiss Federal Institute of Technology and the Toyota Technological Institute at Chicago.',
    found: [['Institution', 'Swiss Federal Institute of Technology', 'MENTIONS'], ['Institution', 'Toyota Technological Institute at Chicago', 'MENTIONS']],
    notFound: ['Swiss Federal Institute of Technology and the Toyota Technological Institute at Chicago'],
  },
  // A defined acronym whose long form is a body names that institution (and is no method); a body word inside a longer defined name is no body.
  {
    text: 'This study was run at the Pohang Institute of Marine Robotics (PIMR). PIMR divers tested the Adaptive Graph Institute Network (AGIN).',
    found: [['Institution', 'Pohang Institute of Marine Robotics', 'MENTIONS'], ['Method', 'AGIN']],
    notFound: ['Adaptive Graph Institute', 'Adaptive Graph Institute Network'],
  },
  // Well-known short forms after `at`, `from`, `by`, in lists too; not when a name runs on from them (`NTU RGB+D`) nor without the preposition.
  {
    text: 'Engineers from MSRA and FAIR and researchers at CMU built it; we follow the FAIR principles and test on NTU RGB+D from NTU RGB+D authors.',
    found: [['Institution', 'Microsoft Research Asia', 'MENTIONS'], ['Institution', 'Facebook AI Research', 'MENTIONS'], ['Institution', 'Carnegie Mellon University', 'MENTIONS']],
    notFound: ['Nanyang Technological University'],
  },
  {
    text: 'Data were collected at the Hong Kong University of Science and Technology and Stanford University.',
    found: [['Institution', 'Hong Kong University of Science and Technology', 'MENTIONS'], ['Institution', 'Stanford University', 'MENTIONS']],
    notFound: ['Hong Kong University of Science', 'Technology and Stanford University'],
  },
];

describe('extractPaper: methods', () => {
  it.each(METHODS)('$text', check);
});

describe('extractPaper: datasets', () => {
  it.each(DATASETS)('$text', check);
});

describe('extractPaper: institutions', () => {
  it.each(INSTITUTIONS)('$text', check);
});

describe('extractPaper: surfaces', () => {
  it.each([
    ['Segmentation results on PASCAL VOC 2011.', 'PASCAL VOC', 'PASCAL VOC 2011'],
    ['Experiments on PASCAL VOC 2011, with few labels.', 'PASCAL VOC', 'PASCAL VOC 2011'],
  ])('keeps the version after a known name as an alias, without punctuation: %s', (text, name, alias) => {
    const entity = extractPaper(record(text)).entities.find((e) => e.name === name);
    expect(entity?.aliases).toContain(alias);
    expect(entity?.aliases.filter((a) => /[.,;]$/.test(a))).toEqual([]);
  });
});

describe('extractPaper: parts of a known data set', () => {
  it.each([
    ['On the COCO captions dataset our captioner gains 3 CIDEr points.', 'COCO', 'COCO captions'],
    ['We also report results on the ImageNet sketch set.', 'ImageNet', 'ImageNet sketch'],
    ['Agents are trained and scored on the Atari games suite.', 'Atari', 'Atari games'],
  ])('keeps the part the paper names as an alias: %s', (text, name, alias) => {
    expect(extractPaper(record(text)).entities.find((e) => e.name === name)?.aliases).toContain(alias);
  });
  it('does not take a split or a size for a part (`the COCO test set`, `the full ImageNet dataset`)', () => {
    const aliases = extractPaper(record('Models are tuned on the full ImageNet dataset and scored on the COCO test set.')).entities.flatMap((e) => e.aliases);
    expect(aliases.filter((a) => /test|full/.test(a))).toEqual([]);
  });
});

describe('extractPaper: papers', () => {
  it('keeps the record fields and stamps the extractor version', () => {
    const input = record('We propose FastDet.', { title: 'FastDet', authors: ['A. B.'], categories: ['cs.CV'] });
    const paper = extractPaper(input);
    expect(paper).toMatchObject({ ...input, extractor: EXTRACTOR_VERSION });
  });

  it('merges an acronym and its long form into one entity with both names', () => {
    const paper = extractPaper(record('We introduce Instance-wise Prompt Tuning (IPT), a prompt learning paradigm. IPT outperforms prompt tuning.'));
    const ipt = paper.entities.filter((e) => e.type === 'Method');
    expect(ipt).toHaveLength(1);
    expect(ipt[0]).toMatchObject({ name: 'IPT', role: 'PROPOSES', key: 'ipt' });
    expect(ipt[0]?.aliases).toContain('Instance-wise Prompt Tuning');
    expect(ipt[0]?.evidence).toMatch(/^We introduce Instance-wise Prompt Tuning/);
  });

  it('states results with method, dataset, metric and value', () => {
    const paper = extractPaper(record('The resulting detector, named FastDet, achieves 52.8% AP on COCO with 300 FPS.'));
    expect(paper.results).toContainEqual(expect.objectContaining({ method: 'FastDet', dataset: 'COCO', metric: 'AP', value: '52.8%', score: 52.8 }));
  });

  it('gives every entity a key, a confidence in [0, 1] and a sentence of evidence from the text', () => {
    const text = 'We propose GraphFlow. GraphFlow reaches 92.1% accuracy on the Tox21 dataset, beating GCN.';
    for (const e of extractPaper(record(text)).entities) {
      expect(e.confidence).toBeGreaterThanOrEqual(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
      expect(e.key).toMatch(/^[\p{Ll}\p{N}]+$/u);
      expect(text).toContain(e.evidence);
    }
  });

  it('runs no English rules on other languages', () => {
    const paper = extractPaper(record('本文提出了一种新的方法 GraphFlow,在ImageNet上取得了很好的结果,并与BERT进行了比较。', { language: 'zh' }));
    expect(paper.results).toEqual([]);
    expect(paper.entities.map((e) => e.name).sort()).toEqual(['BERT', 'ImageNet']);
  });

  it('is deterministic', () => {
    const input = record('We propose GraphFlow, which outperforms GCN on the QM9 benchmark.');
    expect(extractPaper(input)).toEqual(extractPaper(structuredClone(input)));
  });

  it('does not link generic class names as proposed, nor as named methods on their own', () => {
    const cnn = extractPaper(record('We propose a novel CNN-based detector.')).entities.find((e) => e.name === 'CNN');
    expect(cnn?.role).not.toBe('PROPOSES');
    expect(has(extractPaper(record('Our classifier is a CNN trained with SGD.')), 'Method', 'CNN')).toBe(false);
  });
});
