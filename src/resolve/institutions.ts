/**
 * Institutions: an affiliation line or a phrase in the text names a department,
 * institute or lab *of* something; the graph node is the top-level body
 * (`Department of Mathematics, HKUST` → `Hong Kong University of Science and Technology`).
 */

/** Well-known short forms; written out so the key is the full name. */
const SHORT_FORMS: Record<string, string> = {
  hkust: 'Hong Kong University of Science and Technology',
  mit: 'Massachusetts Institute of Technology',
  cmu: 'Carnegie Mellon University',
  ucla: 'University of California, Los Angeles',
  'uc berkeley': 'University of California, Berkeley',
  eth: 'ETH Zurich',
  'eth zürich': 'ETH Zurich',
  kaist: 'Korea Advanced Institute of Science and Technology',
  sjtu: 'Shanghai Jiao Tong University',
  ustc: 'University of Science and Technology of China',
  cas: 'Chinese Academy of Sciences',
  fair: 'Facebook AI Research',
  msra: 'Microsoft Research Asia',
  nus: 'National University of Singapore',
  ntu: 'Nanyang Technological University',
  uiuc: 'University of Illinois Urbana-Champaign',
  ucsd: 'University of California, San Diego',
  epfl: 'EPFL',
  inria: 'Inria',
  cnrs: 'CNRS',
  cern: 'CERN',
  nasa: 'NASA',
};

/** The short forms as they are written in running text (`at MIT`, `from KAIST`), longest first. */
export const SHORT_FORM_SPELLINGS = Object.keys(SHORT_FORMS)
  .filter((k) => !k.includes(' ') && k !== 'eth' && k !== 'cas') // `ETH` (the currency), `CAS` (registry numbers): too often something else
  .map((k) => (k === 'inria' ? 'Inria' : k.toUpperCase()))
  .sort((a, b) => b.length - a.length);

/** Companies and labs known by a bare name. Products that follow them are not institutions. */
export const COMPANIES = [
  'Google', 'Google Research', 'Google Brain', 'DeepMind', 'Google DeepMind', 'Microsoft', 'Microsoft Research',
  'Facebook', 'Facebook AI Research', 'Meta', 'Meta AI', 'Amazon', 'Apple', 'IBM', 'IBM Research', 'NVIDIA', 'Intel',
  'Baidu', 'Baidu Research', 'Alibaba', 'Alibaba Group', 'DAMO Academy', 'Tencent', 'Tencent AI Lab', 'Huawei',
  "Huawei Noah's Ark Lab", 'ByteDance', 'Samsung', 'OpenAI', 'Salesforce', 'Salesforce Research', 'Adobe',
  'Adobe Research', 'Uber', 'SenseTime', 'Megvii', 'iFlytek', 'Ant Group', 'Yahoo', 'Allen Institute for AI',
];

/** A comma-separated part that is the parent body, best first. */
const TOP_LEVEL = [
  /\b(?:University|Universit[äéà]t?|Universidad|Università)\b/,
  /\bAcademy of Sciences?\b/,
  /\bInstitute of Technology\b/,
  /^(?:[A-Z][\w'’.-]*\s+)+(?:Laboratory|Lab|Labs|Institute|Academy|Research)$/,
  /\b(?:Inc|Ltd|Corp|Corporation|Company|Co)\.?$/,
];

/** Sub-units, never a node of their own when a parent is named. */
const SUB_UNIT = /^(?:the\s+)?(?:Department|Dept\.?|School|Faculty|College of|Institute (?:for|of)|Center|Centre|Division|Key Laboratory|Laboratory (?:for|of)|Lab (?:for|of)|Group)\b/i;

/** Parts that are addresses: cities, countries, postcodes, emails. */
const ADDRESS = /(?:^\d|@|\b\d{4,}\b|^(?:China|USA|U\.S\.A\.|UK|Japan|Germany|France|Canada|Singapore|Korea|Australia|India|Italy|Switzerland|Hong Kong|Beijing|Shanghai)$)/;

export function canonicalInstitution(name: string): string {
  if (name.includes(',')) {
    const parent = institutionOfAffiliation(name);
    if (parent) return parent.name;
  }
  const cleaned = name
    .replace(/^\s*(?:the)\s+/i, '')
    .replace(/\bUniv\.\s*/g, 'University ')
    .replace(/\s+/g, ' ')
    .replace(/[\s,.;]+$/, '')
    .trim();
  return SHORT_FORMS[cleaned.toLowerCase()] ?? cleaned;
}

/** The top-level institution of one affiliation header line, or null. */
export function institutionOfAffiliation(line: string): { name: string; alias: string } | null {
  const parts = line
    .split(/[,;]/)
    .map((p) => p.replace(/^\s*\d+\s*/, '').trim())
    .filter((p) => p && !ADDRESS.test(p));
  for (const rule of TOP_LEVEL) {
    const hit = parts.find((p) => rule.test(p) && !SUB_UNIT.test(p));
    if (hit) return { name: canonicalInstitution(hit.replace(/,/g, ' ')), alias: line.trim() };
  }
  const known = parts.find((p) => COMPANIES.includes(p) || SHORT_FORMS[p.toLowerCase()]);
  if (known) return { name: canonicalInstitution(known.replace(/,/g, ' ')), alias: line.trim() };
  return null;
}

export function isSubUnit(name: string): boolean {
  return SUB_UNIT.test(name);
}
