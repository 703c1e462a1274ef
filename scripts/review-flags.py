#!/usr/bin/env python3
"""How well the review flags point at wrong fields (issue 13, docs/review.md).

  scripts/review-flags.py [--letters BIN] [--shared DIR] [--set corpus|variants] [--outputs DIR]

Extracts every PDF of SHARED/SET with BIN (default .build/release/letters) into a temporary
folder (or reads existing outputs from --outputs), scores each field with SHARED/eval/score.py,
and counts, per field and over all fields:
  recall     of the fields that are wrong (score below 1), how many carry a flag;
  precision  of the flagged fields, how many are wrong.
A field is flagged when the letter has a warning naming it (`warnings[].field`). The same at the
letter level: of the letters with some wrong field, how many have a flag, and the reverse.
"""
import importlib.util, json, os, subprocess, sys, tempfile

# score.py's fields and the warning field that flags each.
FIELDS = {
    'date': 'date', 'addressee': 'addressee', 'subject': 'subject', 'closing': 'closing',
    'footnotes': 'footnotes', 'signatories': 'signatories', 'calls': 'calls_to_action',
    'paragraphs': 'body', 'body_text': 'body',
}


def arg(argv, name, default):
    return argv[argv.index(name) + 1] if name in argv else default


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    shared = arg(argv, '--shared', os.path.join(root, '..', 'shared'))
    letters = arg(argv, '--letters', os.path.join(root, '.build', 'release', 'letters'))
    which = arg(argv, '--set', 'corpus')
    spec = importlib.util.spec_from_file_location('score', os.path.join(shared, 'eval', 'score.py'))
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold_dir = os.path.join(shared, which)
    outputs = arg(argv, '--outputs', None)
    if outputs is None:
        outputs = tempfile.mkdtemp(prefix='review-flags-')
        pdfs = sorted(os.path.join(gold_dir, f) for f in os.listdir(gold_dir) if f.endswith('.pdf'))
        subprocess.run([letters, 'extract', *pdfs, '-o', outputs],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    names = sorted(f[:-len('.gold.json')] for f in os.listdir(gold_dir) if f.endswith('.gold.json'))
    counts = {f: [0, 0, 0] for f in FIELDS}  # wrong & flagged, wrong, flagged
    letter_counts = [0, 0, 0]
    codes = {}
    for name in names:
        gold = json.load(open(os.path.join(gold_dir, name + '.gold.json'), encoding='utf-8'))
        try:
            pred = json.load(open(os.path.join(outputs, name + '.json'), encoding='utf-8'))
        except OSError:
            continue
        scores = score.score(gold, pred)
        flagged_fields = {w.get('field') for w in pred.get('warnings', []) if isinstance(w, dict) and w.get('code') != 'note'}
        for w in pred.get('warnings', []):
            if isinstance(w, dict):
                codes[w['code']] = codes.get(w['code'], 0) + 1
        any_wrong = any_flag = False
        for field, flag in FIELDS.items():
            wrong = scores[field] < 0.999
            flagged = flag in flagged_fields
            counts[field][0] += wrong and flagged
            counts[field][1] += wrong
            counts[field][2] += flagged
            any_wrong |= wrong
            any_flag |= flagged
        letter_counts[0] += any_wrong and any_flag
        letter_counts[1] += any_wrong
        letter_counts[2] += any_flag

    def ratio(a, b):
        return f'{a / b:.2f} ({a}/{b})' if b else 'n/a (0/0)'
    print(f'{which}: {len(names)} letters')
    print(f'{"field":12} {"recall (wrong that are flagged)":34} precision (flagged that are wrong)')
    total = [0, 0, 0]
    for field, (both, wrong, flagged) in counts.items():
        print(f'{field:12} {ratio(both, wrong):34} {ratio(both, flagged)}')
        total = [total[0] + both, total[1] + wrong, total[2] + flagged]
    print(f'{"all fields":12} {ratio(total[0], total[1]):34} {ratio(total[0], total[2])}')
    print(f'{"letters":12} {ratio(letter_counts[0], letter_counts[1]):34} {ratio(letter_counts[0], letter_counts[2])}')
    print('codes raised: ' + ', '.join(f'{c} {n}' for c, n in sorted(codes.items(), key=lambda x: -x[1])))


if __name__ == '__main__':
    main(sys.argv[1:])
