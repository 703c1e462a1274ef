#!/usr/bin/env bash
# Checks that the SQLite tools people already use find the archive's full-text index:
# builds an archive from ../shared/corpus, then asks Datasette (its search box, the JSON API, the
# facets of datasette/metadata.json) and `sqlite-utils search` for `surveillance`.
#
# usage: scripts/check-datasette.sh [LETTERS_BINARY]   (default .build/debug/letters)
#
# Datasette and sqlite-utils are pip-installed into a venv under /tmp (kept between runs).
# Prints what each tool found; exits 1 when one of them finds nothing, 0 when all do (and,
# with ../shared/corpus missing, says so and exits 0).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/letters}
corpus=../shared/corpus
if [ ! -d "$corpus" ]; then echo "check-datasette: $corpus missing; skipped"; exit 0; fi
venv=${DATASETTE_VENV:-/tmp/letters-datasette-venv}
if [ ! -x "$venv/bin/datasette" ] || [ ! -x "$venv/bin/sqlite-utils" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet datasette sqlite-utils
fi
work=$(mktemp -d /tmp/letters-datasette.XXXXXX)
trap 'rm -rf "$work"' EXIT
db="$work/letters.sqlite"   # Datasette names the database after the file: "letters", as metadata.json expects
# --timeout 600: the scanned corpus letter is read by OCR, which on a loaded machine can pass 60 s.
"$bin" archive add --db "$db" "$corpus"/*.pdf --jobs 2 --timeout 600 2>&1 | tail -1
echo "datasette $("$venv/bin/datasette" --version | awk '{print $NF}'), sqlite-utils $("$venv/bin/sqlite-utils" --version | awk '{print $NF}')"

"$venv/bin/python" - "$db" datasette/metadata.json <<'PY'
import asyncio, json, sys
from datasette.app import Datasette

async def main():
    # Datasette drops a facet that takes over 200 ms by default; on a loaded machine the
    # signatories facet (json_each over a view) can, and this checks that facets apply, not speed.
    ds = Datasette([sys.argv[1]], metadata=json.load(open(sys.argv[2])), settings={"facet_time_limit_ms": 5000})
    failures = []
    db = ds.get_database("letters")
    fts = await db.fts_table("letters")
    print(f"datasette: full-text table detected for letters: {fts}")
    if fts != "letters_fts":
        failures.append("Datasette does not detect letters_fts")
    page = (await ds.client.get("/letters/letters")).text
    box = 'name="_search"' in page
    print(f"datasette: search box on /letters/letters: {'yes' if box else 'no'}")
    if not box:
        failures.append("no search box")
    rows = (await ds.client.get("/letters/letters.json?_search=surveillance&_shape=array&_col=subject")).json()
    print(f"datasette: _search=surveillance on letters: {len(rows)} letters, e.g. {[r.get('subject') for r in rows[:3]]}")
    if not rows:
        failures.append("the search box finds nothing for surveillance")
    view = (await ds.client.get("/letters/letter_index.json?_search=surveillance")).json()
    facets = view.get("facet_results", {})
    facets = facets.get("results", facets)  # Datasette 1.0 nests them
    names = sorted(facets.keys()) if isinstance(facets, dict) else []
    print(f"datasette: letter_index search {len(view.get('rows', []))} rows, facets from metadata.json: {names}"
          + (f" (timed out: {view.get('facets_timed_out')})" if view.get("facets_timed_out") else ""))
    if not view.get("rows"):
        failures.append("letter_index search finds nothing")
    if names != ["language", "signatories", "year"]:
        failures.append("the facets of metadata.json are not applied")
    for f in failures:
        print(f"FAILED: {f}")
    sys.exit(1 if failures else 0)

asyncio.run(main())
PY
hits=$("$venv/bin/sqlite-utils" search "$db" letters surveillance -c id -c subject --csv | tail -n +2 | wc -l)
echo "sqlite-utils search letters surveillance: $hits letters"
[ "$hits" -gt 0 ] || { echo "FAILED: sqlite-utils finds nothing"; exit 1; }
echo "check-datasette: ok"
