#!/usr/bin/env python3
"""Fit the part decoder's evidence weights on gold-labelled blocks, and measure by k-fold over
letters whether the fitted weights (or the hand-set ones) generalise.

  fit_parts.py --letters BIN [--shared DIR] [--folds 5] [--epochs 2] [--rate 0.05]
               [--write FILE] [--report FILE] [--jobs 2]

What it does (issue 10, "fit the weights; measure generalisation by k-fold"):
  1. For every PDF of SHARED/corpus and SHARED/variants, `BIN inspect --features` gives each
     block's evidence for each part (heading, salutation, body, closing, signature, annex) as the
     keys `part/rule/hand-weight` that Sources/LetterParser/Labels/PartWeights.swift reads.
  2. Gold parts per block, by aligning the gold JSON to the blocks: a block's words are looked up
     in the gold's heading fields (sender, date, place, addressee, cc, subject), salutation, body,
     closing and signatories; a dynamic program in the letter's order (the decoder's own order:
     heading, salutation, body, closing, signature, annex; salutation and closing one block at
     most) picks the labelling that agrees best. Blocks that match nothing after the signatures
     are annexes.
  3. An averaged structured perceptron, started from the hand-set weights, decodes each letter
     with the current weights (the same dynamic program as PartDecoder.swift) and moves the
     weights of the gold labelling's evidence up and the predicted one's down.
  4. k-fold over letters: a corpus letter and its three variants are one group, groups are dealt
     into FOLDS folds in sorted order; each fold is fitted on the others and its letters are
     extracted with the fitted table (LETTERS_PART_WEIGHTS) and scored with SHARED/eval/score.py.
     Also scored: the hand-set weights (no table) and the weights fitted on every letter
     (in-sample). The three figures, per set, are printed and (with --report) written as JSON.

--write FILE writes the table fitted on every letter (sorted keys), e.g. to check it in.
Only the standard library is used; BIN must be a release build for reasonable speed.
"""
import argparse, collections, importlib.util, json, os, random, re, subprocess, sys, tempfile, unicodedata
from concurrent.futures import ThreadPoolExecutor

PARTS = ['heading', 'salutation', 'body', 'closing', 'signature', 'annex']
H, SAL, BODY, CLOSE, SIG, ANNEX = range(6)
SINGLE = {SAL, CLOSE}
NEG = float('-inf')


def hand(key):
    return float(key.rsplit('/', 1)[1])


# ---------------------------------------------------------------- decoding (PartDecoder.swift)

def start(p):
    return {H: 0.25, SIG: -3.0, ANNEX: NEG}.get(p, 0.0)


def transition(q, p, opens_annex):
    if p == SIG and q < CLOSE:
        return -0.75 if q == BODY else -3.0
    if p == ANNEX:
        if q < CLOSE:
            return NEG
        return 0.0 if opens_annex else -2.0
    return 0.0


def emissions(letter, w):
    out = []
    for block in letter['blocks']:
        row = []
        for keys in block['evidence']:
            row.append(None if keys is None else sum(w.get(k, hand(k)) for k in keys))
        out.append(row)
    return out


def viterbi(scores, opens, start=start, transition=transition):
    """The best path through `scores` (rows of per-part scores, None = impossible), with the
    decoder's start and transition costs unless others are given."""
    n = len(scores)
    if n == 0:
        return []
    best = [[NEG] * 6 for _ in range(n)]
    back = [[-1] * 6 for _ in range(n)]
    for p in range(6):
        if scores[0][p] is not None:
            best[0][p] = scores[0][p] + start(p)
    for i in range(1, n):
        for p in range(6):
            s = scores[i][p]
            if s is None:
                continue
            top, arg = NEG, -1
            for q in range(6):
                if not (q < p or (q == p and p not in SINGLE)):
                    continue
                prior = best[i - 1][q]
                if prior == NEG:
                    continue
                cand = prior + (0.0 if q == p else transition(q, p, opens[i]))
                if cand > top + 1e-9:
                    top, arg = cand, q
            if arg >= 0:
                best[i][p] = top + s
                back[i][p] = arg
    last = 0
    for p in range(6):
        if best[n - 1][p] > best[n - 1][last] + 1e-9:
            last = p
    path = [BODY] * n
    cur = last
    for i in range(n - 1, -1, -1):
        path[i] = cur
        cur = back[i][cur]
        if cur < 0:
            break
    return path


# ---------------------------------------------------------------- gold parts by alignment

QUOTES = str.maketrans({'“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'"})


def tokens(text):
    text = unicodedata.normalize('NFKC', text or '').translate(QUOTES).casefold()
    return [t for t in re.findall(r'\w+', text) if len(t) >= 2]


def similar(a, b):
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    common = sum((collections.Counter(ta) & collections.Counter(tb)).values())
    return 2 * common / (len(ta) + len(tb))


def gold_parts(letter, gold):
    def bag(texts):
        return collections.Counter(t for x in texts for t in tokens(x))
    party = lambda p: (p or {}).get('lines') or []
    heading = bag(party(gold.get('sender')) + party(gold.get('addressee')) + (gold.get('cc') or [])
                  + [gold.get('subject') or '', gold.get('place') or '', ((gold.get('date') or {}).get('text')) or ''])
    # Each paragraph on its own: a contact line after the letter shares words with the body
    # (names, the organisation), but not most of them with any one paragraph.
    paragraphs = [bag([b.get('text') or '']) for b in gold.get('body') or [] if isinstance(b, dict)]
    sig = bag([s.get(k) or '' for s in gold.get('signatories') or [] for k in ('name', 'role', 'organization', 'location')]
              + [gold.get('signatory_heading') or ''])

    def contained(ts, pool):
        if not ts:
            return 0.0
        return sum(min(c, pool[t]) for t, c in collections.Counter(ts).items()) / len(ts)

    match = []
    for block in letter['blocks']:
        ts = tokens(block['text'])
        m = [contained(ts, heading), 0.0, max((contained(ts, para) for para in paragraphs), default=0.0), 0.0,
             contained(ts, sig), 0.0]
        if gold.get('salutation') and similar(block['text'], gold['salutation']) >= 0.8:
            m[SAL] = 1.5
        if gold.get('closing') and similar(block['text'], gold['closing']) >= 0.8:
            m[CLOSE] = 1.5
        if max(m) < 0.5:
            m[ANNEX] = 0.5
        match.append(m)
    # The same order as the decoder; nothing forbidden but what the decoder forbids.
    scores = [[m[p] for p in range(6)] for m in match]
    # The same order, with no cost for moving on: only the gold decides.
    path = viterbi(scores, [True] * len(scores), start=lambda p: NEG if p == ANNEX else 0.0,
                   transition=lambda q, p, _: NEG if p == ANNEX and q < CLOSE else 0.0)
    confident = [max(m[:ANNEX] + m[ANNEX + 1:]) >= 0.5 for m in match]
    return path, confident


# ---------------------------------------------------------------- the averaged perceptron

def fit(letters, epochs, rate, seed=7):
    w, total, stamp = {}, {}, {}
    step = 0

    def bump(key, delta):
        # Lazy averaging: the running sum of each weight over the steps it kept its value.
        value = w.get(key, hand(key))
        total[key] = total.get(key, 0.0) + value * (step - stamp.get(key, 0))
        stamp[key] = step
        w[key] = value + delta

    order = list(range(len(letters)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for li in order:
            letter = letters[li]
            step += 1
            opens = [b['opens_annex'] for b in letter['blocks']]
            pred = viterbi(emissions(letter, w), opens)
            for i, (g, p) in enumerate(zip(letter['gold'], pred)):
                if g == p or not letter['confident'][i]:
                    continue
                gk = letter['blocks'][i]['evidence'][g]
                pk = letter['blocks'][i]['evidence'][p]
                if gk is None:
                    continue  # the gold part is one the decoder rules out for this block
                for k in gk:
                    bump(k, rate)
                for k in pk or []:
                    bump(k, -rate)
    averaged = {}
    for key in set(w) | set(total):
        value = w.get(key, hand(key))
        s = total.get(key, 0.0) + value * (step - stamp.get(key, 0))
        averaged[key] = round(s / max(step, 1), 3)
    # Only what moved: a key at its hand weight is the same as no entry.
    return {k: v for k, v in sorted(averaged.items()) if abs(v - hand(k)) > 1e-6}


def agreement(letters, w):
    right = total = 0
    for letter in letters:
        pred = viterbi(emissions(letter, w), [b['opens_annex'] for b in letter['blocks']])
        for g, p, c in zip(letter['gold'], pred, letter['confident']):
            if c:
                total += 1
                right += g == p
    return right / max(total, 1)


# ---------------------------------------------------------------- extraction and scoring

def load_score(shared):
    spec = importlib.util.spec_from_file_location('score', os.path.join(shared, 'eval', 'score.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract(binary, pdfs, outdir, table, jobs):
    env = dict(os.environ)
    env.pop('LETTERS_PART_WEIGHTS', None)
    if table is not None:
        path = os.path.join(outdir, 'weights.json')
        with open(path, 'w') as f:
            json.dump(table, f, sort_keys=True)
        env['LETTERS_PART_WEIGHTS'] = path
    chunks = [pdfs[i::jobs] for i in range(jobs)]

    def run(chunk):
        if chunk:
            subprocess.run([binary, 'extract', '-q', '--ocr', 'never', '-o', outdir] + chunk, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with ThreadPoolExecutor(jobs) as pool:
        list(pool.map(run, chunks))


def score_set(score, letters, outdir):
    rows = {}
    for letter in letters:
        gold = letter['gold_json']
        try:
            pred = json.load(open(os.path.join(outdir, letter['name'] + '.json'), encoding='utf-8'))
        except (OSError, ValueError):
            pred = None
        rows[letter['name']] = score.score(gold, pred) if isinstance(pred, dict) else {k: 0.0 for k in score.score(gold, gold)}
    return rows


def summary(rows, names):
    names = [n for n in names if n in rows]
    fields = list(next(iter(rows.values())).keys())
    means = {f: sum(rows[n][f] for n in names) / len(names) for f in fields}
    return {'letters': len(names), 'overall': round(sum(means.values()) / len(means), 4),
            'fields': {f: round(v, 4) for f, v in means.items()}}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--letters', required=True)
    ap.add_argument('--shared', default=os.path.join(os.path.dirname(__file__), '..', '..', 'shared'))
    ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--epochs', type=int, default=2)
    ap.add_argument('--rate', type=float, default=0.05)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--write')
    ap.add_argument('--report')
    args = ap.parse_args()
    binary = os.path.abspath(args.letters)
    score = load_score(args.shared)

    letters = []
    for folder in ('corpus', 'variants'):
        d = os.path.join(args.shared, folder)
        for f in sorted(os.listdir(d)):
            if not f.endswith('.gold.json'):
                continue
            name = f[:-len('.gold.json')]
            pdf = os.path.join(d, name + '.pdf')
            if not os.path.exists(pdf):
                continue
            group = re.sub(r'-(word|letterhead|memo)$', '', name) if folder == 'variants' else name
            if group.startswith('seed-'):
                group = 'seed'
            letters.append({'name': name, 'set': folder, 'group': group, 'pdf': pdf,
                            'gold_json': json.load(open(os.path.join(d, f), encoding='utf-8'))})
    print(f'fit_parts: reading the evidence of {len(letters)} letters', file=sys.stderr)

    def features(letter):
        out = subprocess.run([binary, 'inspect', '--features', letter['pdf']], capture_output=True, text=True)
        letter['blocks'] = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
        letter['gold'], letter['confident'] = gold_parts(letter, letter['gold_json'])
    with ThreadPoolExecutor(args.jobs) as pool:
        list(pool.map(features, letters))

    groups = sorted({l['group'] for l in letters})
    fold_of = {g: i % args.folds for i, g in enumerate(groups)}
    report = {'folds': args.folds, 'epochs': args.epochs, 'rate': args.rate, 'letters': len(letters)}
    with tempfile.TemporaryDirectory() as tmp:
        pdfs = [l['pdf'] for l in letters]
        hand_dir = os.path.join(tmp, 'hand'); os.makedirs(hand_dir)
        extract(binary, pdfs, hand_dir, None, args.jobs)
        hand_rows = score_set(score, letters, hand_dir)
        everything = fit(letters, args.epochs, args.rate)
        insample_dir = os.path.join(tmp, 'insample'); os.makedirs(insample_dir)
        extract(binary, pdfs, insample_dir, everything, args.jobs)
        insample_rows = score_set(score, letters, insample_dir)
        kfold_rows = {}
        for k in range(args.folds):
            train = [l for l in letters if fold_of[l['group']] != k]
            test = [l for l in letters if fold_of[l['group']] == k]
            table = fit(train, args.epochs, args.rate)
            d = os.path.join(tmp, f'fold{k}'); os.makedirs(d)
            extract(binary, [l['pdf'] for l in test], d, table, args.jobs)
            kfold_rows.update(score_set(score, test, d))
            print(f'fit_parts: fold {k + 1}/{args.folds}: fitted on {len(train)}, scored {len(test)}; '
                  f'block agreement held out {agreement(test, table):.3f} (hand-set {agreement(test, {}):.3f})', file=sys.stderr)
    report['block_agreement'] = {'hand_set': round(agreement(letters, {}), 4), 'fitted_in_sample': round(agreement(letters, everything), 4)}
    report['changed_weights'] = len(everything)
    for s in ('corpus', 'variants'):
        names = [l['name'] for l in letters if l['set'] == s]
        report[s] = {'hand_set': summary(hand_rows, names), 'fitted_in_sample': summary(insample_rows, names),
                     'fitted_k_fold': summary(kfold_rows, names)}
        r = report[s]
        print(f"{s}: hand-set {r['hand_set']['overall']:.4f}, fitted in-sample {r['fitted_in_sample']['overall']:.4f}, "
              f"fitted k-fold {r['fitted_k_fold']['overall']:.4f} ({r['hand_set']['letters']} letters)")
    print(f"blocks whose gold part the decoder gives: hand-set {report['block_agreement']['hand_set']:.4f}, "
          f"fitted in-sample {report['block_agreement']['fitted_in_sample']:.4f}; {len(everything)} weights moved")
    if args.report:
        with open(args.report, 'w') as f:
            json.dump(report, f, indent=2, sort_keys=True)
    if args.write:
        with open(args.write, 'w') as f:
            json.dump(everything, f, indent=2, sort_keys=True)
            f.write('\n')


if __name__ == '__main__':
    main()
