"""Reference data and matchers: the gazetteer (places) and the organization registry.

Data files live in ``etl/reference/data`` and are versioned with the code.
Matchers are built once per process (``functools.cache``) and are pure.
"""
