import { parse, type LexiconEntry } from './datasets.js';

/**
 * Well-known named methods and models (general ML knowledge). Same format as
 * the data-set lexicon; `?` marks names that are also ordinary words
 * (`Adam`, `attention`), which count only when written with their capitals.
 * A leading `~` marks families and common techniques (`CNN`, `dropout`): real
 * methods, but often too generic to be what a paper is about, so less confident.
 */
const ENTRIES = `
BERT
BERT-base|BERT-Base|BERTbase|BERT base
BERT-large|BERT-Large|BERTlarge|BERT large
RoBERTa
ALBERT
DistilBERT
XLNet
ELECTRA
DeBERTa
SpanBERT|Span-BERT
Longformer
T5
BART
GPT
GPT-2
GPT-3
GPT-4
ChatGPT
LLaMA|Llama
ELMo
word2vec|Word2Vec|Word2vec
GloVe
fastText|FastText
~seq2seq|Seq2Seq|sequence-to-sequence
~?Transformer|Transformers
ViT|Vision Transformer
Swin Transformer|Swin
CLIP
ResNet|ResNets|residual network|residual networks
ResNet-50|ResNet50
ResNet-101|ResNet101
ResNeXt
VGG|VGGNet|VGG-16|VGG16|VGG-19
AlexNet
GoogLeNet
~Inception
Inception-v3|Inception v3|InceptionV3
Inception-v4|Inception v4|InceptionV4
DenseNet
MobileNet
MobileNetV2|MobileNet-V2|MobileNet V2
MobileNetV3|MobileNet-V3
EfficientNet
U-Net|UNet
Faster R-CNN|Faster-RCNN|Faster RCNN
Fast R-CNN|Fast-RCNN|Fast RCNN
Mask R-CNN|Mask-RCNN
~R-CNN|RCNN
YOLO
YOLOv3
YOLOv5
SSD
RetinaNet
FPN|Feature Pyramid Network|Feature Pyramid Networks
DETR
DeepLab
PSPNet
~FCN|fully convolutional network|fully convolutional networks
SegNet
HRNet
PointNet
PointNet++
NeRF
WaveNet
Tacotron
Conformer
ContextNet
QuartzNet
HuBERT
wav2vec 2.0|wav2vec2|wav2vec 2
WaveGlow
HiFi-GAN|HiFiGAN
MelGAN
FastSpeech
XLM-R|XLM-RoBERTa
mBERT|multilingual BERT
mT5
PEGASUS
DPR|Dense Passage Retrieval
SimCLR
MoCo
BYOL
SwAV
FCOS
CenterNet
CornerNet
Cascade R-CNN
YOLOv4
YOLOX
EfficientDet
DeepLabv3|DeepLabV3|DeepLab v3|DeepLab-v3
DeepLabv3+|DeepLabV3+|DeepLab v3+
OCRNet
SegFormer
Mask2Former
GIN|graph isomorphism network
APPNP
NGCF
LightGCN
SAC|soft actor-critic
TD3
MuZero
AlphaZero
~LSTM|LSTMs|long short-term memory|Long Short-Term Memory
~BiLSTM|BLSTM|Bi-LSTM|bidirectional LSTM
~GRU|GRUs|gated recurrent unit
~CNN|CNNs|ConvNet|ConvNets|convolutional neural network|convolutional neural networks
~RNN|RNNs|recurrent neural network|recurrent neural networks
~GAN|GANs|generative adversarial network|generative adversarial networks
DCGAN
WGAN
CycleGAN
StyleGAN
pix2pix
~VAE|VAEs|variational autoencoder|variational autoencoders
~GNN|GNNs|graph neural network|graph neural networks
~GCN|GCNs|graph convolutional network|graph convolutional networks
GAT|graph attention network
GraphSAGE
~MLP|MLPs|multilayer perceptron|multi-layer perceptron
MLP-Mixer
~SVM|SVMs|support vector machine|support vector machines
~CRF|CRFs|conditional random field|conditional random fields
~HMM|hidden Markov model
~PCA|principal component analysis
~t-SNE
~k-means|K-means
XGBoost
LightGBM
~random forest|random forests
~logistic regression
~?Adam
~SGD|stochastic gradient descent
~dropout|Dropout
~batch normalization|Batch Normalization|BatchNorm
~layer normalization|LayerNorm
~ReLU|ReLUs|rectified linear unit|rectified linear units
DQN|deep Q-network
A3C
PPO
TRPO
DDPG
LoRA|Low-Rank Adaptation
TransE
RotatE
DistMult
ComplEx
node2vec
DeepWalk
Stable Diffusion
DDPM
~Thompson sampling
~policy gradient
~Q-learning
~beam search
~BPE|byte pair encoding|byte-pair encoding
FedAvg|federated averaging
FedProx
SCAFFOLD
MAML
`;

export const METHOD_LEXICON: LexiconEntry[] = parse(ENTRIES);
