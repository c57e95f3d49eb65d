/**
 * Widely known data sets and benchmarks, written from general ML knowledge
 * (not from any evaluation file). One entry a line: `Canonical|variant|…`.
 * Hyphen/space/digit spellings are added automatically (see spellingVariants),
 * so `CIFAR10` and `CIFAR 10` need not be listed. A leading `?` marks names that
 * are also ordinary words or companies (`Yelp`, `RACE`): they count only next
 * to a data-set cue word.
 */
const ENTRIES = `
CIFAR-10|CIFAR10
CIFAR-100
ImageNet|ILSVRC|ImageNet ILSVRC|ImageNet LSVRC
ImageNet-1K|ImageNet-1k|ILSVRC 2012|ILSVRC-2012|ILSVRC2012
ImageNet-21K|ImageNet-22K
Tiny ImageNet|Tiny-ImageNet
miniImageNet|mini-ImageNet
tieredImageNet
MNIST
Fashion-MNIST
EMNIST
SVHN|Street View House Numbers|Google Street View House Number|Google Street View House Numbers
STL-10
COCO|MS COCO|MS-COCO|MSCOCO|Microsoft COCO|Common Objects in Context
Cityscapes
PASCAL VOC|Pascal VOC|PASCAL-VOC|VOC
PASCAL VOC 2007|VOC 2007|VOC2007|VOC07
PASCAL VOC 2012|VOC 2012|VOC2012|VOC12
PASCAL-Context|PASCAL Context
ADE20K|ADE20k|ADE-20K
CamVid
KITTI
KITTI 2012|KITTI-2012|KITTI2012
KITTI 2015|KITTI-2015|KITTI2015
Scene Flow|SceneFlow
NTU RGB+D|NTU-RGB+D|NTU RGB-D|NTU60|NTU-60
NTU RGB+D 120|NTU-RGB+D 120|NTU120|NTU-120
NYU Depth v2|NYUv2|NYU-Depth V2|NYUDv2
SUN RGB-D|SUN-RGBD
ScanNet
ShapeNet
ModelNet40
LSUN
CelebA
CelebA-HQ
FFHQ
LFW|Labeled Faces in the Wild
YouTube Faces|YTF|YouTubeFaces
MegaFace
IJB-A
IJB-B
IJB-C
VGGFace2
MS-Celeb-1M
CASIA-WebFace
Market-1501
DukeMTMC-reID
CUHK03
MSMT17
Caltech-101
Caltech-256
CUB-200-2011|CUB-200|Caltech-UCSD Birds
Stanford Cars
FGVC-Aircraft
Oxford Flowers|Flowers-102|Oxford 102 Flowers
Places365|Places
Open Images|OpenImages
Visual Genome
Flickr30k|Flickr30K
Flickr8k
VQA|VQA v2|VQAv2|VQA 2.0
GQA
CLEVR
RefCOCO
RefCOCO+
RefCOCOg
MPII
Human3.6M
UCF101|UCF-101
HMDB51|HMDB-51
Kinetics|Kinetics-400|Kinetics-600|Kinetics-700
ActivityNet
Something-Something
Charades
Sports-1M
DAVIS
YouTube-VOS
MOT16
MOT17
LaSOT
GOT-10k
TrackingNet
BSD100|B100
BSDS500
Set5
Set14
Urban100
Manga109
DIV2K
MPI Sintel|Sintel
FlyingChairs
Omniglot
Atari|Atari 2600|Arcade Learning Environment
SQuAD|Stanford Question Answering Dataset
SQuAD 1.1|SQuAD1.1|SQuAD v1.1
SQuAD 2.0|SQuAD2.0|SQuAD v2.0
GLUE
SuperGLUE
MultiNLI|MNLI
SNLI|Stanford Natural Language Inference
QNLI
?RTE
MRPC
QQP|Quora Question Pairs
SST-2
SST|Stanford Sentiment Treebank|SST-5
CoLA
STS-B
WMT
WMT 2014|WMT14|WMT'14
WMT 2016|WMT16|WMT'16
IWSLT
IWSLT 2014|IWSLT14|IWSLT'14
IWSLT 2015|IWSLT15|IWSLT'15
IWSLT 2017|IWSLT17|IWSLT'17
Penn Treebank|PTB
WikiText-103
WikiText-2
One Billion Word|1B Word|Billion Word|One Billion Word Benchmark
enwik8|enwiki8|Hutter Prize
CallHome
Fisher
text8
LAMBADA
CoNLL-2003
CoNLL-2005
CoNLL-2012
CoNLL
OntoNotes|OntoNotes 5.0
ACE 2004|ACE2004
ACE 2005|ACE2005
TACRED
SemEval
?TREC
IMDb|IMDB
?Yelp
Yelp-2013|Yelp 2013
Yelp-2014|Yelp 2014
?Amazon
AG News|AG's News|AGNews
DBpedia
Yahoo Answers|Yahoo! Answers
20 Newsgroups|20Newsgroups
Reuters-21578|RCV1
MS MARCO|MSMARCO
Natural Questions
TriviaQA
HotpotQA
WikiQA
NewsQA
?RACE
CNN/Daily Mail|CNN / DailyMail|CNN / Daily Mail|CNN/DailyMail|CNN-DailyMail|CNN/DM|CNN and Daily Mail|CNN & Daily Mail|CNN / Daily Mail|CNN/Daily Mail news
Gigaword
XSum
Multi30k|Multi30K
WikiSQL
?Spider
bAbI
Children's Book Test|CBT
CoQA
QuAC
?DROP
BoolQ
WinoGrande
HellaSwag
PIQA
CommonsenseQA
OpenBookQA
MMLU
GSM8K
HumanEval
C-MTEB|CMTEB
MTEB
BEIR
Universal Dependencies
Cora
CiteSeer|Citeseer
PubMed|Pubmed
PPI
?Reddit
OGB|Open Graph Benchmark
ogbn-arxiv
ogbn-products
ogbn-proteins
ogbn-papers100M
ogbg-molhiv
ogbg-molpcba
ogbl-collab
ogbl-citation2
ZINC
FB15k
FB15k-237
WN18
WN18RR
YAGO3-10
?Freebase
BlogCatalog
LibriSpeech
TIMIT
Switchboard
Wall Street Journal|WSJ
VoxCeleb|VoxCeleb1|VoxCeleb2
AudioSet
ESC-50
Common Voice
MovieLens|MovieLens-1M|MovieLens-20M|ML-1M|ML-20M
Netflix Prize
Criteo
Avazu
BraTS
LIDC-IDRI
ChestX-ray14
MIMIC-III
ISIC
300W
AFLW
WIDER FACE|WIDER Face|WIDERFACE
FDDB
CrowdHuman
CityPersons
Caltech Pedestrian
nuScenes
Waymo Open Dataset|Waymo Open
S3DIS
Matterport3D
SUN397
ICDAR 2013|ICDAR2013
ICDAR 2015|ICDAR2015
Total-Text
CTW1500|SCUT-CTW1500
MSRA-TD500
LAION-400M|LAION-5B|LAION
Conceptual Captions|CC3M|CC12M
MuJoCo
`;

export interface LexiconEntry {
  canonical: string;
  variants: string[];
  /** Only counts next to a data-set cue (`the Yelp dataset`). */
  needsCue: boolean;
  /** A family or common technique (`CNN`, `dropout`) rather than one named method. */
  generic?: boolean;
}

export const DATASET_LEXICON: LexiconEntry[] = parse(ENTRIES);

export function parse(block: string): LexiconEntry[] {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const generic = line.startsWith('~');
      const needsCue = /^~?\?/.test(line);
      const [canonical = '', ...rest] = line.replace(/^~?\??/, '').split('|');
      return { canonical, variants: [canonical, ...rest], needsCue, generic };
    });
}
