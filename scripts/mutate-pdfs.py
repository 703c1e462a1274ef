#!/usr/bin/env python3
"""Damaged inputs for the mutation run (scripts/bench-mutation.sh, docs/reliability.md).

Writes N mutated PDFs made from the given PDFs, and a hostile text and HTML set, into OUT.
Every mutation is drawn from a seeded generator, so the same arguments give the same files, and
each file's name says how it was made (`letter-001.pdf.0042.xref.pdf`), so a finding can be
remade and read without the run that found it.

Usage: scripts/mutate-pdfs.py OUT [--count 5000] [--seed 14] [PDF ...]
       (default PDFs: ../shared/corpus/*.pdf and samples/*.pdf)
"""
import argparse
import glob
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


# --- PDF mutations: each takes the bytes and the generator and returns new bytes ----------------

def flip_bytes(data, rng):
    """A few random bytes replaced (bit rot, a bad copy)."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 32)):
        i = rng.randrange(len(out))
        out[i] = rng.randrange(256)
    return bytes(out)


def flip_bits(data, rng):
    """Single bits flipped, so most of the syntax survives and parsers go deeper."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncate(data, rng):
    """The file cut short anywhere (an interrupted download)."""
    return data[: rng.randrange(1, len(data))]


def duplicate_chunk(data, rng):
    """A run of bytes repeated in place (a writer that retried)."""
    i = rng.randrange(len(data))
    n = rng.randint(1, min(4096, len(data) - i))
    return data[: i + n] + data[i : i + n] * rng.randint(1, 4) + data[i + n :]


def delete_chunk(data, rng):
    """A run of bytes gone, so every offset after it is wrong."""
    i = rng.randrange(len(data))
    n = rng.randint(1, min(4096, len(data) - i))
    return data[:i] + data[i + n :]


def move_chunk(data, rng):
    """A run of bytes cut out and put back elsewhere."""
    i = rng.randrange(len(data))
    n = rng.randint(1, min(4096, len(data) - i))
    chunk, rest = data[i : i + n], data[:i] + data[i + n :]
    j = rng.randrange(len(rest) + 1)
    return rest[:j] + chunk + rest[j:]


def damage_xref(data, rng):
    """Cross-reference offsets, `startxref` or the trailer changed, so Poppler must rebuild the
    table by scanning the file (or give up)."""
    out = bytearray(data)
    choice = rng.randrange(4)
    if choice == 0:  # every offset in the classic table shifted or randomised
        for m in re.finditer(rb"(\d{10}) (\d{5}) ([nf])", data):
            if rng.random() < 0.5:
                value = b"%010d" % rng.randrange(0, len(data) * 2)
                out[m.start(1) : m.end(1)] = value
        return bytes(out)
    if choice == 1:  # startxref pointing anywhere
        m = None
        for m in re.finditer(rb"startxref\s+(\d+)", data):
            pass
        if m:
            return data[: m.start(1)] + str(rng.randrange(0, len(data) * 2)).encode() + data[m.end(1) :]
        return flip_bytes(data, rng)
    if choice == 2:  # the trailer's /Root or /Size broken
        m = re.search(rb"/(Root|Size|Prev|Info)\s+(\d+)", data)
        if m:
            return data[: m.start(2)] + str(rng.choice([0, 1, 99999, 2**31, 2**63])).encode() + data[m.end(2) :]
        return flip_bytes(data, rng)
    # the xref keyword itself gone
    return data.replace(b"xref", b"xxxx", rng.randint(1, 2))


def damage_stream(data, rng):
    """A stream's bytes, its /Length or its /Filter changed: broken Flate data, a length past the
    end of the file, content operators with wrong operands."""
    streams = [m for m in re.finditer(rb"stream\r?\n", data)]
    if not streams:
        return flip_bytes(data, rng)
    m = rng.choice(streams)
    end = data.find(b"endstream", m.end())
    if end < 0:
        end = len(data)
    choice = rng.randrange(4)
    if choice == 0 and end > m.end():  # bytes inside the (usually compressed) stream
        out = bytearray(data)
        for _ in range(rng.randint(1, 16)):
            out[rng.randrange(m.end(), end)] = rng.randrange(256)
        return bytes(out)
    if choice == 1:  # the stream cut short but the object kept
        cut = rng.randrange(m.end(), max(m.end() + 1, end))
        return data[:cut] + data[end:]
    if choice == 2:  # the /Length before it wrong
        lengths = list(re.finditer(rb"/Length\s+(\d+)", data[: m.start()]))
        if lengths:
            n = lengths[-1]
            value = rng.choice([0, 1, 2**31 - 1, 2**32, int(n.group(1)) * 2 + 7])
            return data[: n.start(1)] + str(value).encode() + data[n.end(1) :]
    # a filter swapped or a garbage content stream spliced in
    if rng.random() < 0.5:
        return data.replace(b"/FlateDecode", rng.choice([b"/LZWDecode", b"/ASCII85Decode", b"/DCTDecode", b"/Bogus"]), 1)
    ops = [b"BT", b"ET", b"Tf", b"Tj", b"TJ", b"Td", b"Tm", b"q", b"Q", b"cm", b"'", b'"', b"[", b"]", b"(", b")"]
    garbage = b" ".join(rng.choice(ops + [str(rng.uniform(-1e9, 1e9)).encode(), b"/F1"]) for _ in range(rng.randint(10, 400)))
    return data[: m.end()] + garbage + data[end:]


def damage_objects(data, rng):
    """Object numbers, references or dictionary brackets changed: loops in the page tree,
    references to objects that do not exist, unbalanced `<< >>`."""
    choice = rng.randrange(3)
    if choice == 0:
        refs = list(re.finditer(rb"(\d+) 0 R", data))
        if refs:
            out = data
            # from the end, so the earlier matches' offsets stay right
            for r in sorted(rng.sample(refs, min(len(refs), rng.randint(1, 5))), key=lambda r: -r.start()):
                target = rng.choice([b"0", b"1", b"2", b"99999", b"-1", r.group(1)])
                out = out[: r.start(1)] + target + out[r.end(1) :]
            return out
    if choice == 1:
        return data.replace(rng.choice([b"<<", b">>", b"[", b"]"]), b"", rng.randint(1, 3))
    # /Kids of a page tree pointing at itself, /Count absurd
    m = re.search(rb"/Count\s+(\d+)", data)
    if m:
        return data[: m.start(1)] + str(rng.choice([0, 10**6, 2**31, -1])).encode() + data[m.end(1) :]
    return flip_bytes(data, rng)


def splice(data, rng, others):
    """The head of one PDF and the tail of another."""
    other = rng.choice(others)
    return data[: rng.randrange(1, len(data))] + other[rng.randrange(len(other)) :]


MUTATIONS = {
    "flip": flip_bytes,
    "bits": flip_bits,
    "trunc": truncate,
    "dup": duplicate_chunk,
    "del": delete_chunk,
    "move": move_chunk,
    "xref": damage_xref,
    "stream": damage_stream,
    "objects": damage_objects,
}


# --- Hostile text and HTML ---------------------------------------------------------------------

LETTER = (
    "Dear Minister,\n\nWe write to ask you to act on the matter before the council. "
    "José Pérez and Zoë Ångström support this.\n\nYours sincerely,\n\nAna Pérez\nDirector\n"
)


def hostile_texts():
    """Text and Markdown letters that have broken the reader before or are easy to get wrong."""
    yield "utf8-bom.txt", b"\xef\xbb\xbf" + LETTER.encode()
    yield "utf16le-bom.txt", b"\xff\xfe" + LETTER.encode("utf-16-le")
    yield "utf16be-bom.txt", b"\xfe\xff" + LETTER.encode("utf-16-be")
    yield "utf16le-odd-length.txt", b"\xff\xfe" + LETTER.encode("utf-16-le") + b"\x41"
    yield "utf16-lone-surrogates.txt", b"\xff\xfe" + b"\x00\xd8\x41\x00" * 100 + b"\x00\xdc" * 50
    yield "latin1.txt", LETTER.encode("latin-1")
    yield "cp1252-quotes.txt", "“Dear” ‘all’ – €".encode("cp1252") + LETTER.encode("cp1252")
    yield "one-bad-byte.txt", LETTER.encode().replace(b"Ana", b"A\xffna")
    yield "overlong-utf8.txt", b"\xc0\xaf\xe0\x80\xaf\xf8\x88\x80\x80\xaf" * 200 + LETTER.encode()
    yield "nul-bytes.txt", LETTER.encode().replace(b" ", b"\x00")
    yield "controls.txt", bytes(range(32)) * 100 + LETTER.encode()
    yield "only-newlines.txt", b"\n" * 100000
    yield "only-spaces.txt", b" " * 100000
    yield "cr-only.txt", LETTER.replace("\n", "\r").encode()
    yield "one-long-line.txt", ("word " * 400000).encode()
    yield "no-spaces-2mb.txt", b"x" * 2_000_000
    yield "many-short-lines.txt", ("Yours,\n" * 100000).encode()
    yield "many-salutations.txt", ("Dear Sir,\n\n" * 20000).encode()
    yield "many-closings-and-names.txt", ("Sincerely,\nAna Pérez\n\n" * 20000).encode()
    yield "combining-marks.txt", ("e" + "\u0301" * 5000 + " ").encode() * 20 + LETTER.encode()
    yield "rtl-and-bidi.txt", ("\u202e\u0627\u0644\u0633\u0644\u0627\u0645 \u200f" * 2000).encode() + LETTER.encode()
    yield "emoji-zwj.txt", ("👩‍👩‍👧‍👦 " * 20000).encode() + LETTER.encode()
    yield "private-use-and-nonchars.txt", ("\ue000\uffff\ufffe\U0010ffff" * 5000).encode("utf-8", "surrogatepass") + LETTER.encode()
    yield "list-only.txt", "".join(f"- item {i}\n" for i in range(20000)).encode()
    yield "numbered-list-only.txt", "".join(f"{i}. item\n" for i in range(20000)).encode()
    yield "empty.txt", b""
    yield "one-byte.txt", b"a"
    md = "# Title\n\nDear all,\n\n" + "".join(f"Text[^{i}] " for i in range(5000)) + "\n\n" + "".join(f"[^{i}]: Note {i} https://e.org/{i}\n" for i in range(5000))
    yield "md-many-footnotes.md", md.encode()
    yield "md-consecutive-notes.md", b"Dear all,\n\nText[^1][^2].\n\nYours,\nAna\n\n[^1]: One.\n[^2]: Two.\n"
    yield "md-deep-quotes.md", (">" * 10000 + " Dear all\n").encode()
    yield "md-deep-lists.md", "".join("  " * i + "- x\n" for i in range(3000)).encode()
    yield "md-unclosed-fence.md", b"```\n" + LETTER.encode() * 100
    yield "md-many-links.md", ("[a](http://x.org/" + "(" * 1000 + ") " ).encode() * 50
    yield "md-emphasis-storm.md", (b"*_" * 50000) + LETTER.encode()
    yield "md-headings.md", ("#" * 1000 + " h\n").encode() * 1000
    yield "md-table.md", ("|" * 5000 + "\n").encode() * 100


def hostile_htmls():
    """HTML letters: the cases HostileHTMLTests covers, and more kinds of damage."""
    body = "<p>Dear Minister,</p><p>We write to ask you to act.</p><p>Yours sincerely,</p><p>Ana Pérez</p>"
    yield "entities-external.html", (
        '<!DOCTYPE html SYSTEM "http://127.0.0.1:9/evil.dtd" [<!ENTITY s SYSTEM "file:///etc/passwd">]>'
        "<html><body><p>Dear all, &s;</p></body></html>").encode()
    dtd = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "' + f"&lol{'' if i == 1 else i - 1};" * 10 + '">' for i in range(1, 10))
    yield "billion-laughs.html", f"<!DOCTYPE html [{dtd}]><html><body><p>&lol9;</p></body></html>".encode()
    yield "deep-divs.html", ("<html><body>" + "<div>" * 20000 + "deep" + "</div>" * 20000 + body).encode()
    yield "deep-inline-unclosed.html", ("<p>" + "<b><i>" * 20000 + "x" + body).encode()
    yield "huge-attribute.html", ('<p title="' + "a" * 5_000_000 + '">Dear all,</p>' + body).encode()
    yield "many-attributes.html", ("<p " + " ".join(f"a{i}=x" for i in range(20000)) + ">Dear all</p>" + body).encode()
    yield "script-and-style.html", (b"<script>while(true){}</script><style>*{}</style>" * 1000) + body.encode()
    yield "broken-tags.html", (b"<div <p>>Broken</div></td></tr></table><<<>>> &bogus; &#xFFFFFFF; &#0; &#xD800;" * 2000) + body.encode()
    yield "cdata-comments.html", (b"<!-- <p>c</p> --><![CDATA[ x ]]><!--" * 1000) + body.encode()
    yield "unclosed-comment.html", body.encode() + b"<!-- " + b"a" * 100000
    yield "many-markers.html", ("<p>Dear all,</p><p>" + 'w<sup><a href="#fn1">1</a></sup> ' * 10000 + "</p>" + body
                                + '<ol class="footnotes">' + "".join(f'<li id="fn{i}">Note {i}.</li>' for i in range(5000)) + "</ol>").encode()
    yield "markers-to-nowhere.html", ('<p>x<a href="#n' + '">1</a> ' * 5000 + "</p>" + body).encode()
    yield "note-loop.html", ('<p><a href="#a" id="b">1</a></p><ol><li id="a"><a href="#b">back</a> <a href="#a">self</a></li></ol>' * 1000 + body).encode()
    yield "big-table.html", ("<table>" + ("<tr>" + "<td>Ana Pérez, Director</td>" * 50 + "</tr>") * 500 + "</table>" + body).encode()
    yield "nested-tables.html", ("<table><tr><td>" * 3000 + "x" + "</td></tr></table>" * 3000 + body).encode()
    yield "latin1-meta.html", ('<meta charset="iso-8859-1">' + body).encode("latin-1")
    yield "utf16-bom.html", b"\xff\xfe" + ("<html><body>" + body + "</body></html>").encode("utf-16-le")
    yield "wrong-charset.html", ('<meta charset="x-no-such-charset">' + body).encode()
    yield "nul-bytes.html", body.encode().replace(b" ", b"\x00")
    yield "binary.html", bytes((i * 7919) % 256 for i in range(100000))
    yield "empty.html", b""
    yield "only-doctype.html", b"<!DOCTYPE html>"
    yield "pre-long.html", ("<pre>" + "x " * 500000 + "</pre>" + body).encode()
    yield "many-brs.html", ("<p>" + "a<br>" * 100000 + "</p>" + body).encode()
    yield "svg-math.html", ("<svg><foreignObject><p>x</p></foreignObject></svg><math><mi>x</mi></math>" * 2000 + body).encode()
    yield "iframe-object.html", ('<iframe src="http://127.0.0.1:9/"></iframe><object data="file:///etc/passwd"></object>' * 100 + body).encode()
    yield "headings-only.html", ("<h1>Dear all</h1>" * 5000).encode()
    yield "list-only.html", ("<ul>" + "<li>item</li>" * 20000 + "</ul>").encode()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=5000, help="mutated PDFs to write (default 5000)")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("pdfs", nargs="*")
    args = parser.parse_args()
    pdfs = args.pdfs or sorted(glob.glob(os.path.join(ROOT, "..", "shared", "corpus", "*.pdf"))) + sorted(
        glob.glob(os.path.join(ROOT, "samples", "*.pdf")))
    if not pdfs:
        sys.exit("mutate-pdfs: no PDFs given and none in ../shared/corpus or samples/")
    sources = [(os.path.basename(p), open(p, "rb").read()) for p in pdfs]
    sources = [(n, d) for n, d in sources if len(d) > 16]
    os.makedirs(os.path.join(args.out, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "text"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "html"), exist_ok=True)
    rng = random.Random(args.seed)
    names = sorted(MUTATIONS) + ["splice", "stack"]
    for i in range(args.count):
        name, data = sources[i % len(sources)]
        kind = names[rng.randrange(len(names))]
        if kind == "splice":
            out = splice(data, rng, [d for _, d in sources])
        elif kind == "stack":  # two to four mutations on top of each other
            out = data
            for _ in range(rng.randint(2, 4)):
                out = MUTATIONS[rng.choice(sorted(MUTATIONS))](out, rng) or out
        else:
            out = MUTATIONS[kind](data, rng)
        with open(os.path.join(args.out, "pdf", f"{name}.{i:04d}.{kind}.pdf"), "wb") as f:
            f.write(out)
    texts = list(hostile_texts())
    for name, data in texts:
        with open(os.path.join(args.out, "text", name), "wb") as f:
            f.write(data)
    htmls = list(hostile_htmls())
    for name, data in htmls:
        with open(os.path.join(args.out, "html", name), "wb") as f:
            f.write(data)
    print(f"mutate-pdfs: {args.count} PDFs from {len(sources)} originals, {len(texts)} text and Markdown, "
          f"{len(htmls)} HTML files in {args.out}")


if __name__ == "__main__":
    main()
