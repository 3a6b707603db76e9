#!/usr/bin/env bash
# Regenerates samples/tianhe-emergency-2023.json from the published report in ../shared: figures, names,
# indicator texts and locations come from `jixiao extract`; the narrative sections are replaced by the
# summaries in summaries.json (written for this project, not the published sentences).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project src/Jixiao.Cli -- extract ../shared/samples/tianhe-emergency-2023.txt 2>/dev/null > /tmp/jixiao-sample-model.json
python3 - <<'PY'
import json
m = json.load(open('/tmp/jixiao-sample-model.json', encoding='utf-8'))
s = json.load(open('samples/summaries.json', encoding='utf-8'))
m['file'] = 'tianhe-emergency-2023.json'
m['profile']['functions'] = s['functions']
m['profile']['annualWork'] = s['annualWork']
m['targets']['overallGoal'] = s['overallGoal']
m['targets']['keyTasks'][0]['content'] = s['keyTaskContent']
m['targets']['keyTasks'][0]['expected'] = s['keyTaskExpected']
m['problems'] = s['problems']
m['measures'] = s['measures']
open('samples/tianhe-emergency-2023.json', 'w', encoding='utf-8').write(json.dumps(m, ensure_ascii=False, indent=1) + '\n')
PY
echo "samples/tianhe-emergency-2023.json updated"
