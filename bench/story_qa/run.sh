#!/usr/bin/env bash
# Story-first complaint QA: serve this checkout on loopback, play the stories through POST /api/chat,
# compare the filed cases with the stories' facts.
#   usage: bash bench/story_qa/run.sh [STORIES.yaml] [OUTPUT.txt]    (run from the repository root, after setup)
# In process, no server (seconds, for development): .venv/bin/python bench/story_qa/offline.py --stories FILE
# Stories: stories_qa1.yaml (16, written for the first QA run), stories_qa2.yaml, stories_qa3.yaml (16 each), stories_qa4.yaml, stories_qa5.yaml, stories_qa6.yaml and stories_qa7.yaml (18 each), stories_qa8.yaml (24), stories_qa9.yaml (20, blind set 14, measured once), stories_qa10.yaml (20, blind set 16, measured once), stories_qa11.yaml (20, blind set 18, measured once), stories_qa12.yaml (20, blind set 20, measured once), stories_qa13.yaml (20, blind set 22, measured once), stories_qa14.yaml (20, blind set 24, measured once), stories_qa15.yaml (20, blind set 26, measured once), stories_qa16.yaml (20, blind set 28, measured once), stories_qa17.yaml (20, blind set 30, measured once), stories_qa18.yaml (20, blind set 31, measured once), stories_qa19.yaml (20, blind set 32, measured once), stories_qa20.yaml (20, blind set 33, measured once), stories_qa21.yaml (20, blind set 34, measured once), stories_qa22.yaml (20, blind set 35, measured once), by authors
# who never saw the code); development probes: stories_probe1.yaml (30, by a helper who had seen the bot) and
# stories_probe2.yaml (24, by a helper who never saw the code; not blind, first measured on 14fdf97) and stories_probe3.yaml (24, by a helper who never saw the code; kept from the tuning helpers, measured by the lead on 3d642f3, 71d6dd2 and 4c9af68) and stories_probe4.yaml (24, likewise; measured by the lead on ba01d30 and b1c5438). Each story's header says when it was measured and whether it is still independent.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
STORIES=${1:-$HERE/stories_qa2.yaml}
OUT=${2:-/tmp/laborbot-story-qa-$(date +%Y%m%d-%H%M%S).txt}
PORT=${PORT:-18765}
DATA=$(mktemp -d)
export LABORBOT_DATA_DIR=$DATA LABORBOT_API_TOKEN=qa-token LABORBOT_PORT=$PORT LABORBOT_HOST=127.0.0.1
# each story plays a worker on their own network: the driver sends X-Forwarded-For, believed from loopback only
export LABORBOT_TRUSTED_PROXIES='["127.0.0.1"]'
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT already in use" >&2; exit 1; fi
.venv/bin/laborbot serve > "$OUT.server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 60); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 1; done
.venv/bin/python "$HERE/drive.py" --base "http://127.0.0.1:$PORT" --token qa-token \
    --stories "$STORIES" --transcript "${OUT%.txt}.transcript.txt" | tee "$OUT"
echo "output: $OUT   transcript: ${OUT%.txt}.transcript.txt   server log: $OUT.server.log"
