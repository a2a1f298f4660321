"""``python -m etl.bench``: see ``etl.bench.run``."""

from etl.bench.run import main

raise SystemExit(main())
