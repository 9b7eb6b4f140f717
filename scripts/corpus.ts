// npm run corpus: scores the checker on the labelled corpus (test/corpus) and prints
// per-rule precision and recall, the letters not detected, every error or warning on
// a good letter and every disagreement with the labels, with the finding's message.
import { formatScore, scoreCorpus } from '../test/helpers/corpus';

process.stdout.write(`${formatScore(scoreCorpus())}\n`);
