"""Print the mutation score from mutmut's exported statistics (./dev mutate)."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> int:
    stats = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    killed = int(stats.get("killed", 0))
    survived = int(stats.get("survived", 0))
    timeouts = int(stats.get("timeout", 0))
    total = killed + survived + timeouts + int(stats.get("suspicious", 0))
    score = 100 * (killed + timeouts) / total if total else 0.0
    print(f"mutation score: {score:.1f}% ({killed + timeouts} of {total} mutants killed)")
    print(json.dumps(stats, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
