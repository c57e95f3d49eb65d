/**
 * Tokens shaped like research names that name something else: units, chemical
 * formulas, catalogue designations of objects in the sky, author-year
 * citations, file formats and the instruments, experiments and theories of the
 * physical sciences. Each is recognised by its spelling or by the words around
 * it, never by a list of the names themselves, so a new telescope or compound
 * is caught as well as a known one.
 */

/** SI and astronomical units behind an optional SI prefix: `MeV`, `kHz`, `mK`, `kpc`, `μm`, `fb`. */
const SI_PREFIX = String.raw`(?:[yzafpnµμumcdhkMGTPE]|da)`;
// Units common in abstracts only: a prefix with amperes, teslas or newtons (`GA`, `PT`, `MN`) is far
// more often an acronym than a quantity.
const SI_UNIT = String.raw`(?:eV|Hz|W|Wh|J|K|Pa|s|m|g|L|pc|Jy|bar|B|bit|bps|dB|dBm|Ω|Ohm|erg|mol|yr|Gyr)`;
const UNIT = new RegExp(String.raw`^${SI_PREFIX}?${SI_UNIT}(?:[-−]?\d)?$|^${SI_PREFIX}${SI_UNIT}(?:\/${SI_PREFIX}?${SI_UNIT})?$`, 'u');

/**
 * Element symbols, the periodic table being a closed alphabet rather than a list of names: a
 * token spelt wholly in them with a digit or a two-letter symbol (`MoS2`, `GaAs`, `Fe3O4`) is a
 * formula. `CNN` (C·N·N, no digit, no two-letter symbol) is not.
 */
const ELEMENT =
  'H|He|Li|Be|B|C|N|O|F|Ne|Na|Mg|Al|Si|P|S|Cl|Ar|K|Ca|Sc|Ti|V|Cr|Mn|Fe|Co|Ni|Cu|Zn|Ga|Ge|As|Se|Br|Kr|Rb|Sr|Y|Zr|Nb|Mo|Tc|Ru|Rh|Pd|Ag|Cd|In|Sn|Sb|Te|I|Xe|Cs|Ba|La|Ce|Pr|Nd|Pm|Sm|Eu|Gd|Tb|Dy|Ho|Er|Tm|Yb|Lu|Hf|Ta|W|Re|Os|Ir|Pt|Au|Hg|Tl|Pb|Bi|Po|At|Rn|Fr|Ra|Ac|Th|Pa|U|Np|Pu|Am|Cm';
const FORMULA = new RegExp(String.raw`^(?:(?:${ELEMENT})(?:\d+(?:\.\d+)?|[xyδ])?){2,}(?:[+-]|[₀-₉]*)$`);
const TWO_LETTER_ELEMENT = new RegExp(String.raw`(?:${ELEMENT.split('|').filter((e) => e.length === 2).join('|')})`);

/** `NGC 1275`, `M87`, `SN 1987A`, `GRB 221009A`, `PSR J0437-4715`, `GW150914`, `3C 273`: designations, not names. */
const CATALOGUE = /^(?:[A-Z]{1,5}\s?[JB]?\d{3,}(?:[+\-−]\d{2,})?[A-Za-z]?|[A-Z]{1,4}\s?[JB]\d{2,4}[+\-−]\d{2,4}|\d[A-Z]{1,2}\s\d{2,3}|[A-Z]\d{2,3})$/;
const YEAR = /\b(?:19|20)\d{2}\b/;

/** Words that follow the name of an instrument, experiment, mission, object or theory. */
const PHYSICAL_AFTER =
  /^[\s-]*(?:telescopes?|satellites?|observator(?:y|ies)|collider|experiments?|collaborations?|missions?|spacecraft|detectors?\s+(?:at|of)|spectrographs?|spectrometers?|interferometers?|survey|catalog(?:ue)?s?|galax(?:y|ies)|clusters?\s+of\s+galaxies|stars?|pulsars?|quasars?|nebula|crystals?|films?|monolayers?|nanosheets?|substrates?|alloys?|compounds?|molecules?|ions?|atoms?|lattices?|phases?|superconductors?|theory|theories|coupling|corrections?|vacuum|operating system|files?|format|documents?|pages?|markup)\b/i;

/** `(Brown, 1990)`, `Kukich (Kukich, 1992)`, `Smith et al. (2019)`: a person cited, not a method. */
export function isCitation(name: string, after: string, before: string): boolean {
  if (/^\s*(?:et al\.?|and\s+\p{Lu}\p{Ll}+)?\s*[,(]\s*(?:19|20)\d{2}[a-z]?\)?/u.test(after)) return true;
  if (/[([]\s*$/.test(before) && /^\s*(?:et al\.?)?,?\s*(?:19|20)\d{2}/.test(after)) return true;
  return /^\p{Lu}\p{Ll}+$/u.test(name) && /^\s*\(\s*\p{Lu}\p{Ll}+,?\s*(?:19|20)\d{2}/u.test(after);
}

export function isUnit(token: string): boolean {
  return UNIT.test(token);
}

export function isFormula(token: string): boolean {
  return FORMULA.test(token) && (/\d/.test(token) || TWO_LETTER_ELEMENT.test(token)) && /[A-Z].*[A-Z]|\d/.test(token);
}

export function isCatalogue(name: string): boolean {
  return CATALOGUE.test(name) && !YEAR.test(name);
}

/**
 * Whether a name met at `at` in `sentence` is one of the false friends: by its own spelling, or by
 * what follows it (`the ATLAS experiment`, `HTML documents`) or precedes it (a number before a
 * unit: `13 TeV`).
 */
export function isFalseFriend(name: string, sentence: string, at: number): boolean {
  if (isUnit(name) || isFormula(name) || isCatalogue(name)) return true;
  const before = sentence.slice(Math.max(0, at - 40), at);
  const after = sentence.slice(at + name.length, at + name.length + 60);
  if (/\d\s*$/.test(before) && /^\p{L}{1,4}$/u.test(name)) return true; // `13 TeV`, `5 GHz`, `2 PB`
  // `CAT(0)`, `SL(2,R)`, `SU(3)`: mathematical notation, a space or group with its parameter.
  if (/^\((?:[^()\s]*\d[^()\s]*|\p{L})\)/u.test(after)) return true;
  return PHYSICAL_AFTER.test(after) || isCitation(name, after, before);
}

/**
 * A long form that names an instrument, a theory, a body or a place (`Large Hadron Collider`,
 * `quantum electrodynamics`): its acronym is not a method whatever cue follows.
 */
/** The last word of an instrument's or an experiment's name: `Deep Underground Array`, `Large Hadron Collider`. */
export const INSTRUMENT_HEAD = /\s(?:Telescope|Satellite|Observatory|Collider|Experiment|Collaboration|Mission|Spectrograph|Spectrometer|Interferometer|Array|Antenna|Beamline|Accelerator|Reactor|Facility)$/;

export const PHYSICAL_HEAD =
  /(?:telescope|satellite|observatory|collider|experiment|collaboration|mission|spectrograph|spectrometer|interferometer|survey|catalog|catalogue|galaxy|cluster|dynamics|chromodynamics|electrodynamics|mechanics|relativity|cosmology|theory|standard model|laboratory|university|institute|agency|organization|organisation|consortium|society|association|program|programme|project|language|interface|system of units|format)$/i;
