"""Tests of the quality ratchet's comparison (scripts/quality.py), on scores built here.

Run by `make test` (python3 -m unittest discover -s scripts -p 'test_*.py').
"""
import copy, os, sys, unittest

sys.path.insert(0, os.path.dirname(__file__))
import quality  # noqa: E402

FIELDS = ('date', 'signatories', 'calls')


def letter(**fields):
    values = {f: fields.get(f, 1.0) for f in FIELDS}
    return {'fields': values, 'mean': quality.r4(sum(values.values()) / len(values))}


def scores(corpus, variants=None):
    """A scores file whose means are recomputed from its letters, as `measure` would give."""
    sets = {}
    for name, docs in (('corpus', corpus), ('variants', variants or {'v-1': letter()})):
        fields = {f: quality.r4(sum(d['fields'][f] for d in docs.values()) / len(docs)) for f in FIELDS}
        sets[name] = {'documents': docs, 'fields': fields,
                      'overall': quality.r4(sum(fields.values()) / len(fields))}
    return {'format': 1, 'sets': sets}


class CompareTests(unittest.TestCase):
    def setUp(self):
        self.base = scores({f'l-{i}': letter() for i in range(10)})

    def test_the_same_scores_pass(self):
        regressions, improvements, _ = quality.compare(self.base, copy.deepcopy(self.base))
        self.assertEqual(regressions, [])
        self.assertEqual(improvements, [])

    def test_a_letter_that_drops_more_than_the_tolerance_is_named(self):
        docs = copy.deepcopy(self.base['sets']['corpus']['documents'])
        docs['l-3'] = letter(signatories=0.5)  # mean 1.0 -> 0.8333
        regressions, _, _ = quality.compare(self.base, scores(docs))
        self.assertTrue(any('l-3' in line and 'signatories 1.000 -> 0.500' in line for line in regressions), regressions)
        # The overall dropped too, and the field by 0.05 (> 0.01).
        self.assertTrue(any('overall' in line for line in regressions))
        self.assertTrue(any('field signatories' in line for line in regressions))

    def test_any_overall_drop_fails_even_within_the_other_tolerances(self):
        docs = {f'l-{i}': letter() for i in range(100)}
        base = scores(docs)
        worse = copy.deepcopy(docs)
        worse['l-7'] = letter(calls=0.97)  # letter mean -0.01, field mean -0.0003
        regressions, _, _ = quality.compare(base, scores(worse))
        self.assertEqual(len(regressions), 1, regressions)
        self.assertIn('corpus: overall', regressions[0])

    def test_a_small_letter_drop_offset_elsewhere_passes(self):
        docs = copy.deepcopy(self.base['sets']['corpus']['documents'])
        base_docs = copy.deepcopy(docs)
        base_docs['l-1'] = letter(calls=0.94)
        base = scores(base_docs)
        docs['l-2'] = letter(calls=0.97)  # l-2 drops by 0.01 (< 0.05), l-1 rises by 0.02
        regressions, improvements, notes = quality.compare(base, scores(docs))
        self.assertEqual(regressions, [])
        self.assertTrue(any('l-1' in line for line in improvements))
        self.assertTrue(any('l-2' in line and 'within tolerance' in line for line in notes))

    def test_improvements_are_reported_not_failed(self):
        docs = copy.deepcopy(self.base['sets']['corpus']['documents'])
        base_docs = copy.deepcopy(docs)
        base_docs['l-0'] = letter(date=0.0)
        regressions, improvements, _ = quality.compare(scores(base_docs), scores(docs))
        self.assertEqual(regressions, [])
        self.assertTrue(any('l-0' in line and 'date 0.000 -> 1.000' in line for line in improvements))

    def test_a_variant_regression_is_caught_in_its_own_set(self):
        base = scores(self.base['sets']['corpus']['documents'], {'v-1': letter(), 'v-2': letter()})
        now = scores(self.base['sets']['corpus']['documents'], {'v-1': letter(), 'v-2': letter(date=0.0)})
        regressions, _, _ = quality.compare(base, now)
        self.assertTrue(regressions)
        self.assertTrue(all(line.startswith('variants:') for line in regressions), regressions)

    def test_a_changed_set_compares_the_common_letters(self):
        docs = copy.deepcopy(self.base['sets']['corpus']['documents'])
        docs['l-new'] = letter(date=0.0, signatories=0.0, calls=0.0)  # a hard new letter
        regressions, _, notes = quality.compare(self.base, scores(docs))
        self.assertEqual(regressions, [], 'a new letter is no regression of the old ones')
        self.assertTrue(any('l-new' in line for line in notes))

    def test_the_docs_table_is_generated_from_the_scores(self):
        table = quality.docs_table(self.base)
        self.assertIn('overall 1.000', table)
        self.assertIn('| l-3 |', table)
        text = quality.docs_with_table('# Quality\n\nintro\n', table)
        again = quality.docs_with_table(text.replace('1.000', '0.000'), table)
        self.assertEqual(text, again, 'the table between the markers is replaced, the rest kept')
        self.assertTrue(text.startswith('# Quality\n\nintro\n'))


if __name__ == '__main__':
    unittest.main()
