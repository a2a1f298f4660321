"""Orchestration functions the DAGs call: one function per task, database and files at the edges.

A run is ``start_run`` → ``discover_work`` → per batch ``stage_batch`` →
``validate_batch`` → ``load_batch`` → ``finalize_run``.  Everything a task
needs travels in small JSON-able dicts (Airflow XCom) or in staging tables.
"""
