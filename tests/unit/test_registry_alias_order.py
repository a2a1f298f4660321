"""The registry's alias patterns are the same in every process (``etl.reference.registry``).

They were built in the iteration order of a set of strings, which changes with each interpreter's hash
seed: every process then built differently ordered gate alternations (``any_alias``), so the stage pool's
regular expression cache (``etl.regex_cache``) never found ~250 of its largest patterns.
"""

from __future__ import annotations

import os
import subprocess
import sys

_CODE = """
import hashlib
from etl.reference.registry import org_aliases, project_aliases
from etl.reference.organizations import _registry_keys
keys = _registry_keys()
text = repr([(a.owner, a.text, a.pattern.pattern) for a in (*org_aliases(), *project_aliases())])
text += repr(sorted((k, v[2].pattern) for k, v in keys.items()))
print(hashlib.sha256(text.encode()).hexdigest())
"""


def _digest(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-c", _CODE], env=env, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_two_hash_seeds_build_the_same_alias_patterns():
    assert _digest("1") == _digest("2")


def test_an_entrys_name_comes_before_its_aliases():
    from etl.reference.registry import org_aliases, organizations

    by_owner: dict[str, list[str]] = {}
    for alias in org_aliases():
        by_owner.setdefault(alias.owner, []).append(alias.text)
    entry = next(e for e in organizations().values() if len(by_owner.get(e.org_id, [])) > 2)
    written = [a.removeprefix("^") for a in dict.fromkeys((entry.name, *entry.aliases))]
    assert by_owner[entry.org_id] == [a for a in written if a in by_owner[entry.org_id]]
