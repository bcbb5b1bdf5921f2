"""Pack gold annotations into offsets (no article text) or rebuild them from ../shared/data.

    python3 scripts/gold_offsets.py pack GOLD.jsonl INPUTS.jsonl OUT.offsets.jsonl
    python3 scripts/gold_offsets.py unpack annotations/extra.offsets.jsonl --data ../shared/data --out DIR

The code is `marsad.training.annotations`; this script runs it from a checkout without installing.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from marsad.training.annotations import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
