"""Searches that start only where a match can: the same regexes, told the characters they open with.

Python's ``re`` skips ahead in C to the next possible start only when it can see which character a
pattern opens with: a literal prefix ("жылы"), a class, or a literal per alternative.  Most patterns of
the extractor open otherwise, with a look-behind for a word boundary (``(?<![а-яa-z])(?:планиру\\w*|…)``),
a repeat (``\\d+``) or alternatives that open with classes, and ``search``/``finditer`` then run the
whole pattern at every character of the span.  ``with_first_chars`` reads from the parsed pattern the
set of characters any match must begin with (look-arounds and anchors consume nothing, so they are
skipped; under IGNORECASE a literal stands for every character ``re`` folds to it) and compiles the same
pattern with that set in its info block, the block ``re`` itself writes for ``[abc]x``: identical
matches, groups and flags; only positions that cannot start a match are skipped.  A pattern ``re``
already scans well, one that may match empty, one anchored at a line start (``re`` rejects other
positions at once) or one whose set would be nearly every character (``\\w``, ``[^\\W\\d]``) is left as it
is; a negated class counts as the class it lies within ("[^\\S\\n]" as "\\s").

``install`` (called by ``etl/__init__``) applies it to the module-level patterns of every ``etl``
module as the module finishes loading (also inside its tuples, lists and dicts), before any other
module imports them, so every rule gets it, and a pattern added or edited later too, without a hook of
its own.  ``ETL_PLAIN_REGEX=1`` switches it off.  It uses the private compiler of the running CPython
(``re._parser``/``re._compiler``, stable within a minor version), checks once that it compiles a
pattern's body exactly as ``re`` does, and on any surprise keeps the pattern as ``re`` compiled it.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import importlib.abc
import importlib.machinery
import os
import re
import sys
import types
from typing import Any

from etl import regex_cache

# The private compiler of CPython 3.11+ (no stubs: typed Any).
C: Any
_compiler: Any
_parser: Any
_sre: Any
try:
    C = importlib.import_module("re._constants")
    _compiler = importlib.import_module("re._compiler")
    _parser = importlib.import_module("re._parser")
    _sre = importlib.import_module("_sre")
except ImportError:  # pragma: no cover - another interpreter: patterns stay as re compiles them
    _compiler = None

# Categories too broad to be worth a scan ("\w" is most characters of a text).
_NARROW_CATEGORIES = frozenset({"CATEGORY_DIGIT", "CATEGORY_SPACE", "CATEGORY_LINEBREAK", "CATEGORY_NOT_WORD"})
_Set = list[tuple[Any, Any]]


def _first_of_sequence(items: Any, ic: bool = False) -> tuple[_Set | None, bool]:
    """(charset items any match of ``items`` may begin with, or None for "any"; whether it may be empty);
    ``ic``: IGNORECASE is on."""
    out: _Set = []
    for op, av in items:
        first, nullable = _first_of_item(op, av, ic)
        if first is None:
            return None, False
        out.extend(first)
        if not nullable:
            return out, False
    return out, True


def _first_of_item(op: Any, av: Any, ic: bool) -> tuple[_Set | None, bool]:
    if op is C.LITERAL:
        return [(C.LITERAL, ch) for ch in (_case_variants(av) if ic else (av,))], False
    if op is C.IN:
        if av and av[0][0] is C.NEGATE:
            return _negated_superset(av[1:]), False
        if ic or any(o is C.CATEGORY and str(a) not in _NARROW_CATEGORIES for o, a in av):
            return None, False
        if any(o not in (C.LITERAL, C.RANGE, C.CATEGORY) for o, _ in av):
            return None, False
        return list(av), False
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & C.SRE_FLAG_LOCALE:
            return None, False
        if add_flags & C.SRE_FLAG_IGNORECASE:
            ic = True
        if del_flags & C.SRE_FLAG_IGNORECASE:
            ic = False
        return _first_of_sequence(sub.data, ic)
    if op is C.ATOMIC_GROUP:
        return _first_of_sequence(av.data, ic)
    if op is C.BRANCH:
        out: _Set = []
        nullable = False
        for branch in av[1]:
            first, empty = _first_of_sequence(branch.data, ic)
            if first is None:
                return None, False
            out.extend(first)
            nullable = nullable or empty
        return out, nullable
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        if hi == 0:
            return [], True
        first, empty = _first_of_sequence(sub.data, ic)
        return first, (empty or lo == 0) if first is not None else False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return [], True  # consumes nothing: the match begins with what follows
    return None, False  # ANY, NOT_LITERAL, a back-reference, a conditional: any character


def _negated_superset(items: Any) -> _Set | None:
    """A class that holds every character of ``[^ items]``: "[^\\S\\n]" is within "\\s", "[^\\w-]" within "\\W"
    (a narrower set than any character, still a superset: exact, only fewer positions skipped)."""
    categories = [str(a) for o, a in items if o is C.CATEGORY]
    if len(categories) != 1 or any(o not in (C.CATEGORY, C.LITERAL, C.RANGE) for o, _ in items):
        return None
    complement = _COMPLEMENT.get(categories[0])
    return [(C.CATEGORY, getattr(C, complement))] if complement else None


_COMPLEMENT = {"CATEGORY_NOT_SPACE": "CATEGORY_SPACE", "CATEGORY_NOT_DIGIT": "CATEGORY_DIGIT",
               "CATEGORY_WORD": "CATEGORY_NOT_WORD"}
@functools.lru_cache(maxsize=1)
def _body_as_re_compiles() -> bool:
    """Once per process: the body compiled after our info block is exactly the one ``re`` compiles
    after its own (else this interpreter's compiler is not the one this module was written for)."""
    tree = _parser.parse(r"(?<![a-z])(?P<x>ab|c[de])\d+(?=\s)", re.UNICODE)
    flags = tree.state.flags | re.UNICODE
    body: list[Any] = []
    _compiler._compile(body, tree.data, flags)
    reference = _compiler._code(tree, flags)
    return bool(reference[0] is C.INFO and reference[reference[1] + 1:] == [*body, C.SUCCESS])


_lower_of: dict[int, list[int]] = {}  # lower case -> the code points that lower to it (filled when first needed)


@functools.cache
def _case_variants(code: int) -> tuple[int, ...]:
    """Every character ``re`` matches a literal with under IGNORECASE: those whose simple lower case is
    the literal's or one of its extra cases (``_compiler._EXTRA_CASES``: "ſ" for "s", "K" for "k").
    Simple case mappings never cross between the Basic Multilingual Plane and the others, so the
    preimages are read over the BMP (20 ms, once)."""
    if not _sre.unicode_iscased(code):
        return (code,)
    if not _lower_of:
        for ch in range(0x10000):
            _lower_of.setdefault(_sre.unicode_tolower(ch), []).append(ch)
    lo = _sre.unicode_tolower(code)
    targets = (lo, *_compiler._EXTRA_CASES.get(lo, ()))
    return tuple(sorted({ch for t in targets for ch in (t, *_lower_of.get(t, ()))}))


def with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` recompiled to skip, in ``search``/``finditer``/``findall``/``sub``, the positions
    no match can start at (itself when that is not worth it or not possible).

    Inside ``etl.regex_cache.compiled_patterns`` the outcome comes from (and goes to) the disk cache: parsing
    the ≈ 1,400 module patterns again costs every extracting process most of a second."""
    if _compiler is None or not isinstance(pattern.pattern, str) or pattern.flags & re.LOCALE:
        return pattern
    stored = regex_cache.derived("first_chars", pattern.pattern, pattern.flags)
    if stored is not None:
        if not stored[1]:
            return pattern
        with contextlib.suppress(Exception):  # a damaged entry: worked out afresh below
            return regex_cache.compiled_from(pattern.pattern, stored)  # type: ignore[no-any-return]
    made = _first_chars_code(pattern)
    if made is None:
        regex_cache.store_derived("first_chars", pattern.pattern, pattern.flags, (pattern.flags, b"", 0, {}, ()))
        return pattern
    flags, code, groups, groupindex, indexgroup = made
    try:
        compiled: re.Pattern[str] = _sre.compile(pattern.pattern, flags, code, groups, groupindex, indexgroup)
    except Exception:  # noqa: BLE001 - a private API: on any surprise the pattern stays as re made it
        return pattern
    regex_cache.store_derived("first_chars", pattern.pattern, pattern.flags,
                              regex_cache.entry_of(flags, code, groups, groupindex, indexgroup))
    return compiled


def _first_chars_code(pattern: re.Pattern[str]) -> tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]] | None:
    """The arguments of ``_sre.compile`` for ``pattern`` with its first characters in the info block, or None
    when it stays as ``re`` compiled it."""
    src = pattern.pattern
    if src[:1].isalnum() and "|" not in src and not pattern.flags & re.IGNORECASE:
        return None  # opens with a literal, no alternatives: re has its prefix (and parsing costs)
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        flags = tree.state.flags | pattern.flags
        lo, hi = tree.getwidth()
        if lo == 0:
            return None  # may match empty: re keeps no info for it
        prefix, _skip, _all = _compiler._get_literal_prefix(tree, flags)
        if prefix or _compiler._get_charset_prefix(tree, flags):
            return None  # re already scans for its start
        if tree.data and tree.data[0][0] is C.AT:
            return None  # "^…" (MULTILINE): re fails at once off a line start, cheaper than a set test
        first, nullable = _first_of_sequence(tree.data, bool(flags & re.IGNORECASE))
        if first is None or nullable or not first:
            return None
        charset, hascased = _compiler._optimize_charset(first)
        if hascased:
            return None
        code = [C.INFO, 0, C.SRE_INFO_CHARSET, min(lo, _compiler.MAXCODE), min(hi, _compiler.MAXCODE)]
        _compiler._compile_charset(charset, flags, code)
        code[1] = len(code) - 1
        if not _body_as_re_compiles():
            return None
        _compiler._compile(code, tree.data, flags)
        code.append(C.SUCCESS)
        indexgroup = [None] * tree.state.groups
        for name, index in tree.state.groupdict.items():
            indexgroup[index] = name
        return flags, code, tree.state.groups - 1, dict(tree.state.groupdict), tuple(indexgroup)
    except Exception:  # noqa: BLE001 - a private API: on any surprise the pattern stays as re made it
        return None


# id of a pattern seen (as found, or as made) -> (that pattern, its sped-up form); holding the pattern
# keeps its id from being reused.  A module that imports another's patterns finds them already done.
_DONE: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _converted(value: Any, depth: int) -> Any:
    if isinstance(value, re.Pattern):
        done = _DONE.get(id(value))
        if done is None:
            new = with_first_chars(value)
            done = _DONE[id(value)] = (value, new)
            _DONE[id(new)] = (new, new)
        return done[1]
    if depth == 0:
        return value
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        items = tuple(_converted(v, depth - 1) for v in value)
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    if isinstance(value, list):
        for i, v in enumerate(value):
            value[i] = _converted(v, depth - 1)
    elif isinstance(value, dict):
        for k, v in value.items():
            value[k] = _converted(v, depth - 1)
    return value


def speed_up_module(module: types.ModuleType) -> None:
    """``with_first_chars`` on the regexes ``module`` holds at module level (also in its tuples, lists
    and dicts, two levels deep)."""
    space = vars(module)
    for key, value in list(space.items()):
        if not key.startswith("__"):
            new = _converted(value, 2)
            if new is not value:
                space[key] = new


class _Loader(importlib.abc.Loader):
    """The loader found for an ``etl`` module, which then has its patterns sped up."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self._inner.create_module(spec)  # type: ignore[no-any-return]

    def exec_module(self, module: types.ModuleType) -> None:
        self._inner.exec_module(module)
        speed_up_module(module)

    def __getattr__(self, name: str) -> Any:  # get_source, get_resource_reader, ...: the inner loader's
        return getattr(self._inner, name)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Any, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith("etl."):
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = _Loader(spec.loader)
                return spec  # type: ignore[no-any-return]
        return None


def install() -> None:
    """Speed up the patterns of every ``etl`` module imported from now on, as it finishes loading (before
    any other module takes its names), unless ``ETL_PLAIN_REGEX`` is set (to compare, or to rule it out)."""
    if _compiler is None or os.environ.get("ETL_PLAIN_REGEX") or any(isinstance(f, _Finder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _Finder())
