#!/usr/bin/env bash
# Converts a folder of letters on a Slurm cluster: one array task per shard, then one job that
# adds every output to the PostgreSQL archive. Submit from a login node; IN and OUT must be on
# storage every node sees (the tasks share OUT). See docs/cluster.md.
#
#   deploy/slurm-array.sh IN OUT [SHARDS]      # SHARDS: array tasks (default 16)
#
# Environment:
#   LETTERS_DB          postgres://USER:PASSWORD@HOST:PORT/DATABASE (required): the archive
#   LETTERS             how to run letters on the nodes (default: letters on PATH); for the
#                       container: LETTERS="apptainer exec letters.sif letters"
#   LETTERS_CPUS        cores per task, also the task's --jobs (default 4)
#   LETTERS_PARTITION   sbatch --partition (default: the cluster's default)
#   LETTERS_TIME        time limit of each task (default 04:00:00)
set -euo pipefail
in="${1:?usage: slurm-array.sh IN OUT [SHARDS]}"
out="${2:?usage: slurm-array.sh IN OUT [SHARDS]}"
shards="${3:-16}"
: "${LETTERS_DB:?set LETTERS_DB to the archive, postgres://…}"
letters="${LETTERS:-letters}"
cpus="${LETTERS_CPUS:-4}"
partition=()
[ -n "${LETTERS_PARTITION:-}" ] && partition=(--partition "$LETTERS_PARTITION")
mkdir -p "$out/slurm-logs"

# The tasks: --array=0-(SHARDS-1) is a range, as `--shard auto` requires; each task reads
# SLURM_ARRAY_TASK_ID, _MIN and _COUNT and converts its own shard, task T being shard T+1.
# A task that failed or was cut short is rerun alone with `letters batch IN -o OUT
# --shard T+1/SHARDS`: what it already converted is skipped.
array_job=$(sbatch --parsable "${partition[@]}" \
  --job-name=letters-batch --array="0-$((shards - 1))" \
  --cpus-per-task="$cpus" --mem-per-cpu=2G --time="${LETTERS_TIME:-04:00:00}" \
  --output="$out/slurm-logs/batch-%A_%a.log" \
  --export=ALL,OMP_THREAD_LIMIT=1 \
  --wrap="$letters batch '$in' -o '$out' --shard auto --jobs $cpus")
echo "submitted array job $array_job: $shards shards of $in into $out"

# The archive, once every shard has ended (afterany: documents that failed are in the shards'
# reports; what was converted is added all the same). `archive add` skips the reports and the
# journals, and stores each letter once even if run again (sha256 is UNIQUE).
add_job=$(sbatch --parsable "${partition[@]}" \
  --job-name=letters-archive --dependency="afterany:$array_job" \
  --cpus-per-task=1 --time="${LETTERS_TIME:-04:00:00}" \
  --output="$out/slurm-logs/archive-%j.log" \
  --export=ALL \
  --wrap="$letters archive add --db \"\$LETTERS_DB\" '$out'")
echo "submitted archive job $add_job (after $array_job): letters archive add --db \$LETTERS_DB $out"
