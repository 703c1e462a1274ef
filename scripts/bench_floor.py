#!/usr/bin/env python3
"""The figures of scripts/bench-floor.sh (run that: it builds the binaries and picks the files).

usage: bench_floor.py RUNS LETTERS EXTRACT_BENCHMARK POPPLER_FLOOR FILE.pdf...
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

runs = int(sys.argv[1])
letters, bench, floor = sys.argv[2:5]
# The same bytes under two names are counted once.
files, seen = [], set()
for f in sys.argv[5:]:
    key = open(f, "rb").read()
    if key not in seen:
        seen.add(key)
        files.append(f)
tmp = tempfile.mkdtemp(prefix="bench-floor-")
env = dict(os.environ, OMP_THREAD_LIMIT="1")


def cpu_once(cmd):
    """CPU seconds (user + system) of one run of cmd."""
    with open(os.devnull, "wb") as null:
        p = subprocess.Popen(cmd, stdout=null, stderr=null, env=env)
        _, status, usage = os.wait4(p.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"bench: {cmd[0]} failed ({status})")
    return usage.ru_utime + usage.ru_stime


def peak_rss(cmd):
    """Peak RSS in MiB of one run of cmd, by GNU time: a child forked from this Python process
    would count the interpreter's pages in its high-water mark, one forked from `time` does not."""
    report = os.path.join(tmp, "rss")
    subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report, *cmd],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return int(open(report).read().split()[-1]) / 1024


def best(commands):
    """{name: (best CPU s, peak RSS MiB)}: `runs` interleaved runs of each command after a
    warm-up run (page cache, fontconfig cache) that measures the peak RSS."""
    rss = {name: peak_rss(cmd) for name, cmd in commands.items()}
    cpu = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            cpu[name].append(cpu_once(cmd))
    return {name: (min(cpu[name]), rss[name]) for name in commands}


def pages_of(paths):
    out = subprocess.run([floor, *paths], capture_output=True, text=True, env=env).stdout
    return {line.split("\t")[0]: int(line.split("\t")[1].split()[0]) for line in out.splitlines()}


page_counts = pages_of(files)
pages = sum(page_counts.values())
one_page = min(files, key=lambda f: (page_counts.get(f, 1 << 30), os.path.getsize(f)))
largest = max(files, key=lambda f: (page_counts.get(f, 0), os.path.getsize(f)))
version = subprocess.run([letters, "--version"], capture_output=True, text=True).stdout.strip()
print(f"letters {version}; {len(files)} files, {pages} pages; best of {runs} runs; "
      f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")

out = os.path.join(tmp, "out")
# The comparison is with --ocr never: the floor reads the text layer only, and a scanned page
# read by OCR costs seconds (Tesseract), which would swamp the figure. The default (--ocr auto)
# is run once below, for what a user gets.
whole = best({
    "floor": [floor, *files],
    "extract --ocr never": [letters, "extract", "--ocr", "never", "-o", out, *files],
})
floor_cpu = whole["floor"][0]
default_cpu = cpu_once([letters, "extract", "-o", out, *files])
default_rss = peak_rss([letters, "extract", "-o", os.path.join(tmp, "out-rss"), *files])
ocr_pages = sum(len(json.load(open(os.path.join(out, n)))["source"].get("ocr", []))
                for n in os.listdir(out) if n.endswith(".json"))
print("\nCPU of one process over all files (user + system):")
for name, (cpu, rss) in whole.items():
    label = "poppler-floor" if name == "floor" else f"letters {name}"
    print(f"  {label:28} {cpu:7.3f} s  {cpu * 1000 / pages:6.2f} ms/page  {cpu / floor_cpu:5.2f}x floor  peak {rss:5.1f} MiB")
print(f"  {'letters extract (one run)':28} {default_cpu:7.3f} s  {default_cpu * 1000 / pages:6.2f} ms/page  "
      f"{default_cpu / floor_cpu:5.2f}x floor  peak {default_rss:5.1f} MiB  (--ocr auto: {ocr_pages} pages read by OCR)")

start = best({
    "letters --version": [letters, "--version"],
    f"letters extract {os.path.basename(one_page)}": [letters, "extract", one_page],
    f"letters extract --ocr never {os.path.basename(one_page)}": [letters, "extract", "--ocr", "never", one_page],
    f"poppler-floor {os.path.basename(one_page)}": [floor, one_page],
    f"letters extract --ocr never {os.path.basename(largest)} (most pages)": [letters, "extract", "--ocr", "never", largest],
    f"poppler-floor {os.path.basename(largest)} (most pages)": [floor, largest],
})
print(f"\nStart-up and single files ({os.path.basename(one_page)}: {page_counts.get(one_page)} page; "
      f"{os.path.basename(largest)}: {page_counts.get(largest)} pages):")
for name, (cpu, rss) in start.items():
    print(f"  {name:52} {cpu * 1000:6.1f} ms CPU  peak {rss:5.1f} MiB")

# Memory: does the peak follow the largest document or the number of documents? Each file
# alone, then all of them in one process, for us and for the floor. "Needs" is a file's peak
# above the process's start-up peak; the growth is what all files together take above the
# start-up and the file that needs the most.
alone = {f: peak_rss([letters, "extract", "--ocr", "never", "-o", os.path.join(tmp, "out-alone"), f]) for f in files}
floor_alone = {f: peak_rss([floor, f]) for f in files}
hungriest = max(files, key=lambda f: alone[f])
floor_hungriest = max(files, key=lambda f: floor_alone[f])
start_rss = start["letters --version"][1]
floor_start_rss = peak_rss([floor, "/dev/null"])
all_rss = whole["extract --ocr never"][1]
floor_all_rss = whole["floor"][1]
needs = alone[hungriest] - start_rss
floor_needs = floor_alone[floor_hungriest] - floor_start_rss
print("\nPeak memory (GNU time's maximum RSS, MiB):")
print(f"  {'':14} {'start-up':>9} {'largest need (file)':>30} {'all files':>10} {'growth':>8}")
print(f"  {'letters':14} {start_rss:9.1f} {needs:9.1f} ({os.path.basename(hungriest):>18}) {all_rss:10.1f} "
      f"{all_rss - start_rss - needs:8.1f}")
print(f"  {'poppler-floor':14} {floor_start_rss:9.1f} {floor_needs:9.1f} ({os.path.basename(floor_hungriest):>18}) "
      f"{floor_all_rss:10.1f} {floor_all_rss - floor_start_rss - floor_needs:8.1f}")
print(f"  target: all files <= 30 MiB + largest need = {30 + needs:.1f} MiB; measured {all_rss:.1f} MiB")

# Our stages, timed inside one process by ExtractBenchmark, against the floor's CPU per page.
stages = subprocess.run([bench, "-n", str(runs), *files], capture_output=True, text=True, env=env).stdout if os.access(bench, os.X_OK) else ""
floor_ms = floor_cpu * 1000 / pages
print(f"\nStages (ExtractBenchmark, wall ms per page, best of {runs}) against the floor's {floor_ms:.2f} ms/page:"
      + ("" if stages else " (not built: swift build -c release --product ExtractBenchmark)"))
for line in stages.splitlines():
    m = re.match(r"(\w+)\s+([\d.]+) ms/page", line)
    if m:
        print(f"  {m.group(1):8} {float(m.group(2)):7.3f} ms/page  {float(m.group(2)) / floor_ms:5.2f}x floor")

if os.environ.get("NO_VALGRIND") or not shutil.which("valgrind"):
    print("\n(instruction counts skipped: " + ("NO_VALGRIND set" if os.environ.get("NO_VALGRIND") else "no valgrind") + ")")
    sys.exit(0)


def stripped(binary):
    # valgrind cannot read this toolchain's DWARF 5 line tables: a copy without them.
    copy = os.path.join(tmp, os.path.basename(binary))
    shutil.copy(binary, copy)
    subprocess.run(["strip", "--strip-debug", copy], check=True)
    return copy


def callgrind(cmd):
    """Total instructions of cmd, and the demangled callgrind_annotate inclusive listing."""
    target = os.path.join(tmp, "cg.out")
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={target}", *cmd],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    text = open(target).read()
    total = int(re.search(r"^summary: (\d+)", text, re.M).group(1))
    listing = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", target],
                             capture_output=True, text=True).stdout
    demangle = shutil.which("swift-demangle")
    if demangle:
        listing = subprocess.run([demangle, "--simplified"], input=listing, capture_output=True, text=True).stdout
    return total, listing


def inclusive(listing, pattern):
    """The largest inclusive count of a function whose name matches pattern (0 when none)."""
    best_count = 0
    for line in listing.splitlines():
        m = re.match(r"\s*([\d,]+) \([^)]*\)\s+(?:\*\s+)?(.*)", line)
        if m and re.search(pattern, m.group(2)):
            best_count = max(best_count, int(m.group(1).replace(",", "")))
    return best_count


letters_s = stripped(letters)
floor_total, floor_listing = callgrind([floor, *files])
floor_pages = inclusive(floor_listing, r"\bfloor_file\b")
extract_total, listing = callgrind([letters_s, "extract", "--ocr", "never", "-o", out, *files])
version_total, version_listing = callgrind([letters_s, "--version"])
one_total, _ = callgrind([letters_s, "extract", "--ocr", "never", one_page])
floor_one, floor_one_listing = callgrind([floor, one_page])
loader = lambda listing: inclusive(listing, r"rtld\.c:dl_main")
print("\nInstructions (callgrind; the same on any machine):")
print(f"  poppler-floor, all files           {floor_total / 1e6:9.1f} M  ({floor_pages / 1e6:.1f} M in floor_file: "
      f"{floor_pages / pages / 1e6:.2f} M/page)")
print(f"  letters extract --ocr never        {extract_total / 1e6:9.1f} M  {extract_total / floor_total:5.2f}x floor")
print(f"  letters --version                  {version_total / 1e6:9.1f} M  (dynamic loader {loader(version_listing) / 1e6:.1f} M, "
      f"argument parsing {inclusive(version_listing, r'parseAsRoot') / 1e6:.1f} M)")
print(f"  poppler-floor {os.path.basename(one_page):20} {floor_one / 1e6:9.1f} M  (dynamic loader {loader(floor_one_listing) / 1e6:.1f} M)")
print(f"  letters extract --ocr never {os.path.basename(one_page)} {one_total / 1e6:6.1f} M  {one_total / floor_one:5.2f}x floor")

# The stages inside the same letters run: each stage's entry point, inclusive of what it calls.
read = inclusive(listing, r"PDFTextReader\.read\(data:")
named = {
    "poppler (floor_file)": floor_pages,
    "PDFText copy": read - floor_pages,
    "layout": inclusive(listing, r"LayoutAnalyzer\.analyze\("),
    "segment": inclusive(listing, r"LetterSegmenter\.segment\("),
    "json": inclusive(listing, r"CanonicalJSON\.encode"),
    "sha256": inclusive(listing, r"SHA256\.(hex|digest)"),
    "start-up (loader)": loader(listing),
}
named["rest"] = extract_total - sum(named.values())
print("\nInstructions by stage in that letters run (entry points' inclusive counts; 'PDFText copy' is "
      "PDFTextReader.read less the floor's floor_file, i.e. copying Poppler's results into Swift values):")
for name, count in named.items():
    print(f"  {name:22} {count / 1e6:8.1f} M  {count / pages / 1e6:6.2f} M/page  {count / floor_pages:5.2f}x floor_file")
shutil.rmtree(tmp, ignore_errors=True)
