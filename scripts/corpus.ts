// npm run corpus: scores the checker on the labelled corpus (test/corpus) and prints
// per-rule precision and recall, the letters not detected, every error or warning on
// a good letter and every disagreement with the labels, with the finding's message;
// then the same for the probe sets (test/probes).
import { formatScore, scoreCorpus } from '../test/helpers/corpus';
import { formatProbeScore, scoreProbes } from '../test/helpers/probes';

process.stdout.write(`${formatScore(scoreCorpus())}\n\n${formatProbeScore(scoreProbes())}\n`);
