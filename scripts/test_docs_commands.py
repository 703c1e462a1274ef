"""Every `letters …` command shown in README.md and docs/*.md runs and exits as documented.

Commands are taken from the code blocks (fenced or indented) in document order, one temporary
folder per document, so an `archive add` shown before an `archive search` has filled the archive
it searches. The files a command names are made from the samples when missing (`letter.pdf` is a
copy of samples/seed-word.pdf, `scan.pdf` a scanned letter, `page.html` an HTML fixture, …).
Synopsis lines (`[--jobs N]`, `OLD NEW`, `jsonl|csv|cmif`, `…`) and figures printed by benchmarks
are not commands and are left out; so are commands that need a machine this test has not
(`/mnt/share`, a PostgreSQL URL), and `archive serve`, which runs until stopped (the web
view's own tests start it and query it). Exit status 0 is expected, except where the docs say otherwise
(`diff`: 0 same, 1 different; `--ocr never` on a scan: 1).

Runs the `letters` binary of `.build/debug` (or `.build/release`, or $LETTERS_BIN); skips
without one. `make test` builds before it runs this.
"""
import os
import re
import shlex
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md"] + sorted((ROOT / "docs").glob("*.md"))
SAMPLES = ROOT / "samples"
FIXTURES = ROOT / "Tests" / "Fixtures"
SUBCOMMANDS = {"extract", "batch", "diff", "archive", "schema", "inspect", "--help", "--version"}
PLACEHOLDER = re.compile(r"^(?:[A-Z][A-Z_]+|[A-Z]+\|[A-Z|]+)(?:…)?$")


def binary():
    for candidate in [os.environ.get("LETTERS_BIN"), ROOT / ".build/debug/letters", ROOT / ".build/release/letters"]:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return Path(candidate)
    return None


def code_lines(path):
    """(line number, text) of every line in a code block, continuation lines joined."""
    lines = path.read_text(encoding="utf-8").split("\n")
    fenced = False
    out = []
    pending = None
    for number, line in enumerate(lines, 1):
        if line.strip().startswith("```"):
            fenced = not fenced
            continue
        if not (fenced or line.startswith("    ")):
            continue
        text = line.strip()
        if pending is not None:
            pending = (pending[0], pending[1] + " " + text.rstrip("\\").strip())
            if not text.endswith("\\"):
                out.append(pending)
                pending = None
            continue
        if text.endswith("\\"):
            pending = (number, text.rstrip("\\").strip())
            continue
        out.append((number, text))
    return out


def strip_comment(text):
    """The command without a trailing `# comment` (a `#` after a space, outside quotes)."""
    quote = None
    for i, c in enumerate(text):
        if quote:
            if c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c == "#" and (i == 0 or text[i - 1].isspace()):
            return text[:i].rstrip()
    return text


def commands(path):
    """(line, shell command) for each runnable `letters` command shown in the document."""
    found = []
    for number, text in code_lines(path):
        text = strip_comment(text[2:] if text.startswith("$ ") else text)
        # `a   ·   b` and `letters --help, letters --version` show two commands on one line.
        for part in re.split(r"\s+·\s+|,\s+(?=letters )", text):
            part = part.strip()
            if not (part.startswith("letters ") or "| letters " in part):
                continue
            words = part.split("| letters ", 1)[-1].split() if "| letters " in part else part.split()[1:]
            if not words or words[0] not in SUBCOMMANDS:
                continue  # benchmark figures ("letters batch --jobs 1: …"), version lines
            if any(w.endswith(":") for w in words) or "…" in part or "[" in part:
                continue  # a synopsis or printed output
            if any(PLACEHOLDER.match(w) for w in words) or re.search(r"\w\|\w", part.replace("| letters", "")):
                continue  # OLD NEW, FILE, jsonl|csv|cmif: a synopsis
            if "/mnt/" in part or "postgres://" in part:
                continue  # another machine's disk or a database server
            if words[:2] == ["archive", "serve"]:
                continue  # a server runs until stopped: LetterWebTests start and query it
            found.append((number, part))
    return found


def expected_status(command):
    """The exit statuses the docs give for this command."""
    if " diff " in f" {command} ":
        return {0, 1}  # as diff(1): 0 same content, 1 different
    if "--ocr never" in command and "scan" in command:
        return {1}  # an image-only PDF stays an error without OCR
    return {0}


class Workspace:
    """A temporary folder where the files commands name are made from the samples."""

    def __init__(self, letters):
        self.letters = letters
        self.dir = Path(tempfile.mkdtemp(prefix="letters-docs-"))
        self.home = self.dir / "home"
        self.home.mkdir()

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def path(self, word):
        return Path(word.replace("~", str(self.home), 1)) if word.startswith("~") else self.dir / word

    def prepare(self, command):
        words = shlex.split(command.split("| letters ", 1)[-1] if "| letters " in command else command)
        if command.startswith("cat "):
            words += shlex.split(command)[1:2]
        # Archive commands shown on their own assume an archive: one of the samples.
        if words[1:2] == ["archive"] and words[2:3] != ["add"] and "--db" not in words and not (self.dir / "letters.sqlite").exists():
            self.folder_of_letters(self.dir / "archived")
            subprocess.run([str(self.letters), "archive", "add", "-q", str(self.dir / "archived")], cwd=self.dir,
                           check=True, capture_output=True, timeout=300)
        previous = ""
        for word in words:
            if previous in ("-o", "--output", "--db") or word.startswith("-") or word.startswith("http"):
                previous = word
                continue
            previous = word
            target = self.path(word)
            if "*" in word:
                folder = self.path(word.split("*")[0])
                if not folder.exists() or not list(folder.glob("*.json")):
                    folder.mkdir(parents=True, exist_ok=True)
                    self.extract(SAMPLES / "seed-memo.pdf", folder / "seed-memo.json")
            elif (word.endswith("/") or (word.startswith("~/") and "." not in target.name)) and not target.exists():
                self.folder_of_letters(target, json=(word.rstrip("/") in ("out",)))
            elif not target.exists() and "." in target.name:
                self.file(target, config=(words[words.index(word) - 1] == "--config"))

    def file(self, target, config=False):
        target.parent.mkdir(parents=True, exist_ok=True)
        name, ext = target.name, target.suffix.lower()
        if config:
            target.write_text('{"title": "Docs test", "editor": "Ana Editor", "email": "ana@example.org", '
                              '"publisher": "Example", "url": "https://example.org/cmif.xml"}\n')
        elif ext == ".pdf":
            source = FIXTURES / "scans/seed-memo-scan.pdf" if "scan" in name else \
                SAMPLES / ("seed-memo.pdf" if name.startswith("new") else "seed-word.pdf")
            shutil.copy(source, target)
        elif ext == ".txt":
            text = (SAMPLES / "open-letter-ogp-solidarity-2017.txt").read_text(encoding="utf-8")
            if name.startswith("revised"):
                text = text.replace("We call on all OGP members", "We urge all OGP members")
            target.write_text(text, encoding="utf-8")
        elif ext == ".md":
            self.markdown(target)
        elif ext in (".html", ".htm"):
            shutil.copy(FIXTURES / "html/seed.html", target)
        elif ext == ".json":
            self.extract(SAMPLES / "seed-word.pdf", target)

    def folder_of_letters(self, folder, json=False):
        folder.mkdir(parents=True)
        if json:
            self.extract(SAMPLES / "seed-letterhead.pdf", folder / "seed-letterhead.json")
            return
        # Named after the folder, so two folders of letters given to one command do not claim
        # the same outputs; the bytes are the samples' (the archive stores each once).
        prefix = folder.name + "-"
        for sample in sorted(SAMPLES.iterdir()):
            shutil.copy(sample, folder / (prefix + sample.name))
        for page in sorted((FIXTURES / "html").glob("*.html")):
            shutil.copy(page, folder / (prefix + page.name))
        self.markdown(folder / (prefix + "notes.md"))

    @staticmethod
    def markdown(target):
        """The OGP letter as Markdown (it has Markdown links and emphasis), with a title of its
        own so its bytes differ from the .txt sample's."""
        text = (SAMPLES / "open-letter-ogp-solidarity-2017.txt").read_text(encoding="utf-8")
        target.write_text("# Letter in Solidarity\n\n" + text, encoding="utf-8")

    def extract(self, source, target):
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([str(self.letters), "extract", str(source), "-o", str(target.parent)], check=True,
                       capture_output=True, timeout=120)
        produced = target.parent / (source.stem + ".json")
        if produced != target:
            produced.rename(target)

    def run(self, command):
        env = dict(os.environ, HOME=str(self.home), PATH=f"{self.letters.parent}:{os.environ.get('PATH', '')}",
                   OMP_THREAD_LIMIT="1")
        return subprocess.run(["/bin/sh", "-c", command], cwd=self.dir, env=env, capture_output=True, timeout=300)


class DocsCommandsTest(unittest.TestCase):
    def test_commands_are_found(self):
        """The extraction itself: real commands are taken, synopses and figures are not."""
        found = [c for doc in DOCS for _, c in commands(doc)]
        self.assertIn("letters extract letter.pdf", found)
        self.assertIn("letters --help", found)
        self.assertIn("letters --version", found)
        self.assertIn("cat letter.pdf | letters extract -", found)
        self.assertFalse(any("[--jobs" in c or "OLD NEW" in c or "pages/s" in c for c in found), found)
        self.assertGreater(len(found), 40)

    def test_every_documented_command_exits_as_documented(self):
        letters = binary()
        if letters is None:
            self.skipTest("no built `letters` (swift build first)")
        ran = 0
        for doc in DOCS:
            listed = commands(doc)
            if not listed:
                continue
            workspace = Workspace(letters)
            try:
                for number, command in listed:
                    with self.subTest(doc=doc.name, line=number, command=command):
                        workspace.prepare(command)
                        result = workspace.run(command)
                        ran += 1
                        self.assertIn(result.returncode, expected_status(command),
                                      f"{doc.name}:{number}: `{command}` exited {result.returncode}\n"
                                      + result.stderr.decode("utf-8", "replace")[-2000:])
            finally:
                workspace.close()
        self.assertGreater(ran, 40)


if __name__ == "__main__":
    unittest.main()
