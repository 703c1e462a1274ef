#!/usr/bin/env python3
"""Score calls to action found on gold bodies (CallsBenchmark's output) as eval/score.py does.

  score-calls.py PRED.json [--gold DIR] [--detail] [--held-out]

Scores per letter with score.py's own f1()/jaccard() (greedy matching at word Jaccard >= 0.6;
optional gold calls neither required nor false positives), then reports the mean over letters
(as score.py does) and micro precision/recall/F1, by language and by fold.

Folds: the letters' names sorted, the three seed-* typesettings counted as one letter ("seed"),
fold = index % 5. Fold 0 is held out: rules are developed looking only at folds 1-4; its rows
are printed only with --held-out, and --detail never prints a fold-0 letter (docs/calls.md).
"""
import json, os, sys, glob
from collections import defaultdict

args = sys.argv[1:]
gold_dir = '../shared/corpus'
if '--gold' in args:
    i = args.index('--gold'); gold_dir = args[i + 1]; del args[i:i + 2]
detail = '--detail' in args
if detail: args.remove('--detail')
show_held = '--held-out' in args
if show_held: args.remove('--held-out')
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(gold_dir)), 'eval'))
from score import f1, jaccard  # noqa: E402

pred = json.load(open(args[0]))
names = sorted(os.path.basename(f)[:-len('.gold.json')] for f in glob.glob(os.path.join(gold_dir, '*.gold.json')))
unit = lambda n: 'seed' if n.startswith('seed') else n
units = sorted({unit(n) for n in names})
fold = {u: i % 5 for i, u in enumerate(units)}

groups = defaultdict(list)  # group -> [(f1, tp, fp, fn)]
match = lambda g, p: jaccard(g, p) >= 0.6
for n in names:
    gold = json.load(open(os.path.join(gold_dir, n + '.gold.json')))
    gc = [c['text'] for c in gold.get('calls_to_action') or [] if not c.get('optional')]
    oc = [c['text'] for c in gold.get('calls_to_action') or [] if c.get('optional')]
    pc = [c['text'] for c in pred.get(n, [])]
    r = f1(gc, pc, match, oc)
    lang = gold.get('language') or '?'
    held = fold[unit(n)] == 0
    for g in ['all', 'lang:' + lang, 'en' if lang == 'en' else 'es/fr/de/pt',
              'held-out fold 0' if held else 'dev folds 1-4',
              ('held-out ' if held else 'dev ') + ('en' if lang == 'en' else 'es/fr/de/pt')]:
        groups[g].append(r)
    if detail and not held and (r[2] or r[3]):
        print(f'== {n} ({lang}) f1={r[0]:.2f} tp={r[1]} fp={r[2]} fn={r[3]}')
        used = set()
        for g in gc:
            hit = next((i for i, p in enumerate(pc) if i not in used and match(g, p)), None)
            if hit is None: print('  MISS', g)
            else: used.add(hit)
        for i, p in enumerate(pc):
            if i not in used and not any(match(o, p) for o in oc): print('  FP  ', p)

print(f'{"group":<24}{"docs":>5}{"meanF1":>8}{"tp":>5}{"fp":>5}{"fn":>5}{"microF1":>9}')
order = (['all', 'en', 'es/fr/de/pt'] if show_held else []) + (sorted(g for g in groups if g.startswith('lang:')) if show_held else []) + \
        ['dev folds 1-4', 'dev en', 'dev es/fr/de/pt', 'held-out fold 0', 'held-out en', 'held-out es/fr/de/pt']
for g in order:
    rs = groups.get(g)
    if not rs or (g.startswith('held-out') and not show_held): continue
    tp, fp, fn = (sum(r[k] for r in rs) for k in (1, 2, 3))
    micro = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    print(f'{g:<24}{len(rs):>5}{sum(r[0] for r in rs) / len(rs):>8.3f}{tp:>5}{fp:>5}{fn:>5}{micro:>9.3f}')
