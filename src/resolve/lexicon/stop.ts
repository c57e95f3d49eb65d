/**
 * Capitalised tokens that look like names but are not methods or data sets:
 * field names, tasks, metrics, hardware, units and ordinary abbreviations.
 * Keys are lower-case letters and digits (see normalKey).
 */
const GENERIC = `ai ml dl nlp nlu nlg cv ir ar vr xr iot api url http https gpu gpus cpu cpus tpu tpus ram
fpga asic sota iid noniid rgb rgbd hd uhd 1d 2d 3d 4d 6d pdf faq id ids ui os ok usa us uk eu pc llm llms plm plms
vl vlm vlms vlpm vlpms dnn dnns nn nns ann anns dnns bm bms kb kg kgs fl ssl rl drl il mtl tl da sgg oie kge
mri ct pet ecg eeg fmri ieee acm arxiv github cvpr iccv eccv nips neurips icml iclr acl emnlp naacl aaai ijcai kdd www sigir
i ii iii iv v vi we our it this these however moreover furthermore specifically finally first second third
in on for with by to of from and or but the a an as at is are be our its their such both each all any some many
english chinese german french russian czech romanian japanese korean spanish arabic
`;

const TASKS = `qa vqa ner pos srl mt nmt smt asr tts ocr nli rte sts mrc kbqa odqa re ee ed ie ocr ocrs
reid re-id fas sr isr vsr gec amr ssl wsd cws nas hpo cf ctr ltr ad od mot vos sot hoi fer ser slu dst
`;

const METRICS = `ap map ar auc roc f1 f1score bleu rouge meteor cider spice iou miou psnr ssim lpips fid is kid em wer cer per
mae mse rmse ndcg mrr hr hits fps flops gflops macs params acc top1 top5 eer far frr tar pck pckh ade fde epe
mota motp idf1 hota ppl bpc bpb mape smape ece kl js
`;

function toSet(...blocks: string[]): Set<string> {
  return new Set(blocks.join(' ').split(/\s+/).filter(Boolean));
}

export const NOT_A_NAME = toSet(GENERIC, TASKS, METRICS);
export const METRIC_WORDS = toSet(METRICS);

/** Generic phrases that are never entities however they are cued. */
export const GENERIC_PHRASES = new Set(
  [
    'deep learning', 'machine learning', 'neural network', 'neural networks', 'deep neural networks',
    'deep neural network', 'artificial intelligence', 'reinforcement learning', 'transfer learning',
    'federated learning', 'representation learning', 'computer vision', 'natural language processing',
    'large language models', 'large language model', 'language models', 'language model', 'pretrained language models',
    'pre-trained language models', 'big models', 'attention', 'self-attention', 'attention mechanism',
  ].map((p) => p.replace(/[^a-z0-9]/g, '')),
);
