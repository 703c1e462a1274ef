"""Tests of scripts/fit_parts.py on letters built here (no binary, no ../shared needed)."""
import os, sys, unittest

sys.path.insert(0, os.path.dirname(__file__))
import fit_parts as F  # noqa: E402


def block(text, heading=(), salutation=None, body=(), closing=None, signature=(), annex=(), opens=False):
    return {'text': text, 'opens_annex': opens,
            'evidence': [list(heading), salutation, list(body), closing, list(signature), list(annex)]}


class FitPartsTests(unittest.TestCase):
    def letter(self):
        return {'blocks': [
            block('12 March 2024', heading=['heading/dateline/2']),
            block('Dear Minister,', heading=['heading/salutation-phrase/-2'], salutation=['salutation/salutation-phrase/12']),
            block('We write about the consultation that closed last month and its summary.', body=['body/prose/3']),
            block('We urge you to publish every submission received in the consultation.', body=['body/prose/3']),
            block('Yours sincerely,', closing=['closing/closing-phrase/8'], body=['body/closing-phrase/-6']),
            block('Jane Doe', signature=['signature/name-lines/2.5'], body=['body/name-lines/-0.5']),
        ]}

    def gold(self):
        return {'date': {'text': '12 March 2024'}, 'salutation': 'Dear Minister,', 'closing': 'Yours sincerely,',
                'body': [{'text': 'We write about the consultation that closed last month and its summary.'},
                         {'text': 'We urge you to publish every submission received in the consultation.'}],
                'signatories': [{'name': 'Jane Doe'}], 'sender': None, 'addressee': None}

    def test_gold_parts_follow_the_gold_fields_in_the_letters_order(self):
        parts, confident = F.gold_parts(self.letter(), self.gold())
        self.assertEqual(parts, [F.H, F.SAL, F.BODY, F.BODY, F.CLOSE, F.SIG])
        self.assertEqual(confident, [True] * 6)

    def test_viterbi_keeps_the_order_and_one_block_closings(self):
        letter = self.letter()
        path = F.viterbi(F.emissions(letter, {}), [b['opens_annex'] for b in letter['blocks']])
        self.assertEqual(path, [F.H, F.SAL, F.BODY, F.BODY, F.CLOSE, F.SIG])
        # Two closing formulas in a row: the closing part holds one block only.
        letter['blocks'].insert(4, block('Kind regards,', closing=['closing/closing-phrase/8'], body=['body/closing-phrase/-6']))
        path = F.viterbi(F.emissions(letter, {}), [b['opens_annex'] for b in letter['blocks']])
        self.assertEqual(path.count(F.CLOSE), 1)
        self.assertEqual(path, sorted(path))

    def test_fitting_moves_weights_towards_the_gold_labelling(self):
        letter = self.letter()
        # A hand weight that gets this letter wrong: the closing formula would rather be body.
        letter['blocks'][4]['evidence'][F.BODY] = ['body/closing-phrase/9']
        letter['gold'], letter['confident'] = F.gold_parts(letter, self.gold())
        self.assertLess(F.agreement([letter], {}), 1.0)
        table = F.fit([letter], epochs=20, rate=0.5)
        self.assertEqual(F.agreement([letter], table), 1.0, table)
        self.assertTrue(all(abs(v - F.hand(k)) > 1e-6 for k, v in table.items()))

    def test_hand_weight_is_read_from_the_key(self):
        self.assertEqual(F.hand('closing/closing-phrase/8'), 8.0)
        self.assertEqual(F.hand('body/name-lines/-0.5'), -0.5)


if __name__ == '__main__':
    unittest.main()
