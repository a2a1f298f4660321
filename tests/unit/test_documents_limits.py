"""Reading one file ends in bounded time: the parse time limit, the HTML depth limit, linear markdown
rules and the text-size bound on what extraction gets."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from etl.config import Limits
from etl.documents import UnreadableDocument, read_bytes
from etl.documents import reader as reader_module
from etl.documents.deadline import ParseTimeout, limited, time_limit
from etl.documents.markup import MAX_HTML_DEPTH, html_depth, markdown_to_text

# A bound several times above what the inputs below take now, far below what they took before
# (47 s, 97 s, 38 s): a regression fails here instead of hanging a run.
GENEROUS_S = 5


def _busy(seconds: float) -> None:
    """Use ``seconds`` of processor time (what the limit counts), however busy the machine is."""
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


class _OuterTimeout(BaseException):
    pass


def test_time_limit_interrupts_a_long_block_and_restores_the_signal_state():
    before = signal.getsignal(signal.SIGPROF)
    started = time.process_time()
    with pytest.raises(ParseTimeout):
        with time_limit(1):
            _busy(10)
    assert time.process_time() - started < 2
    assert signal.getsignal(signal.SIGPROF) is before
    assert signal.getitimer(signal.ITIMER_PROF)[0] == 0


def test_a_deadline_swallowed_where_python_drops_exceptions_fires_again():
    # as when the signal lands in a garbage-collector callback: the first ParseTimeout is lost there
    swallowed = 0
    started = time.process_time()
    with pytest.raises(ParseTimeout):
        with time_limit(0.5):
            try:
                _busy(10)
            except ParseTimeout:
                swallowed += 1
            _busy(10)
    assert swallowed == 1 and time.process_time() - started < 2
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


def test_time_limit_lets_a_quick_block_finish():
    with time_limit(5):
        _busy(0.05)
        time.sleep(0.3)  # waiting is not processor time
    assert signal.getitimer(signal.ITIMER_PROF)[0] == 0


def test_airflows_real_time_alarm_is_left_alone():
    """Airflow's execution_timeout arms SIGALRM on the real-time timer: it keeps running underneath."""
    previous = signal.signal(signal.SIGALRM, lambda s, f: None)
    try:
        signal.setitimer(signal.ITIMER_REAL, 30)
        with time_limit(5):
            _busy(0.05)
        assert 25 < signal.getitimer(signal.ITIMER_REAL)[0] <= 30
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_an_outer_deadline_that_comes_first_is_the_one_that_fires():
    """Another user of the profiling timer (a sampling profiler): its handler must run, not ours."""

    def outer(signum, frame):
        raise _OuterTimeout

    previous = signal.signal(signal.SIGPROF, outer)
    try:
        signal.setitimer(signal.ITIMER_PROF, 0.5)
        with pytest.raises(_OuterTimeout):
            with time_limit(30):
                _busy(5)
        assert signal.getsignal(signal.SIGPROF) is outer
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def test_an_outer_deadline_is_rearmed_with_its_remaining_time():
    fired = []
    previous = signal.signal(signal.SIGPROF, lambda s, f: fired.append(time.process_time()))
    try:
        signal.setitimer(signal.ITIMER_PROF, 2.0)
        with time_limit(1):
            _busy(0.2)
        remaining = signal.getitimer(signal.ITIMER_PROF)[0]
        assert 1.0 < remaining < 1.9
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
    assert not fired


def test_outside_the_main_thread_the_block_runs_unbounded():
    seen: dict[str, object] = {}

    def work():
        seen["limited"] = limited()
        with time_limit(1):
            _busy(1.3)
        seen["finished"] = True

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == {"limited": False, "finished": True}
    assert limited()


def test_a_slow_parser_is_quarantined_as_timeout_even_if_it_catches_exceptions(monkeypatch):
    def slow_to_text(data, extension, limits):
        try:
            _busy(20)
        except Exception:  # the readers wrap damaged packages like this; the timeout must get through
            return "caught", "txt", None, {}
        return "finished", "txt", None, {}

    monkeypatch.setattr(reader_module, "_to_text", slow_to_text)
    started = time.process_time()
    with pytest.raises(UnreadableDocument) as info:
        read_bytes(b"some report text", "slow.txt", Limits(parse_timeout_s=1))
    assert time.process_time() - started < 3
    assert info.value.code == "timeout"
    assert "longer than 1 s" in info.value.reason and "ETL_PARSE_TIMEOUT_S" in info.value.reason


def test_deeply_nested_html_is_refused_before_the_parser_sees_it():
    deep = "<html><body>" + "<div>" * 60_000 + "Тренинг өттү." + "</div>" * 60_000 + "</body></html>"
    with time_limit(GENEROUS_S):
        with pytest.raises(UnreadableDocument) as info:
            read_bytes(deep.encode(), "deep.html", Limits())
    assert info.value.code == "too_complex"
    assert "60,0" in info.value.reason and f"{MAX_HTML_DEPTH:,}" in info.value.reason


def test_html_depth_ignores_void_and_self_closing_elements_and_implied_end_tags():
    page = ("<html><head><meta charset=utf-8><link rel=x></head><body><div><ul>" + "<li>пункт<br>" * 3000
            + "</ul>" + "<p>абзац<img src=x>" * 3000 + "<span/>" * 3000 + "</div></body></html>")
    assert html_depth(page) == 2
    assert html_depth("<div><section><article><p>x</article></section></div>") == 3
    assert html_depth("</div></div><b>x</b>") == 1  # stray end tags do not go below zero
    doc = read_bytes(page.encode(), "list.html", Limits())
    assert "пункт" in doc.text and "абзац" in doc.text


@pytest.mark.parametrize("evil", [
    "**a " * 20_000,            # bold opened and never closed: 47 s before
    "~~a " * 20_000,            # strikethrough likewise: 42 s
    "[a](" * 20_000,            # links without a closing parenthesis: 16 s
    "\n" * 2_000 + "x",         # blank lines under the table-rule pattern: 97 s
    " \n" * 20_000 + "- x",     # blank lines under the bullet pattern
    "# a" + " " * 20_000 + "b",  # a heading with a long run of spaces
])
def test_markdown_rules_are_linear_on_pathological_lines(evil):
    with time_limit(GENEROUS_S):
        markdown_to_text(evil)


def test_markdown_rules_still_read_ordinary_markup():
    md = ("# Тренинг в Оше ##\n\n**Жирный** и __тоже__, ~~зачеркнуто~~, [ссылка](http://x.kg/a (b)) "
          "и <https://undp.org>.\n\n|---|---|\n\n- пункт\n  - вложенный\n> цитата\n\n---\n")
    text, title = markdown_to_text(md)
    assert title == "Тренинг в Оше"
    assert "Жирный и тоже, зачеркнуто" in text
    assert "ссылка" in text and "https://undp.org" in text and "**" not in text
    assert "• пункт" in text and "  • вложенный" in text and "цитата" in text and "---" not in text
    assert markdown_to_text("#  \n## Итоги #\n")[1] == "Итоги"


def test_text_longer_than_the_default_bound_is_refused_with_a_reason():
    sentence = "Тренингге 25 адам катышты жана 3 айыл аймагы камтылды; "
    line = (sentence * (600_000 // len(sentence) + 1))[:600_000]
    with pytest.raises(UnreadableDocument) as info:
        read_bytes(line.encode(), "one_line.txt", Limits())
    assert info.value.code == "too_large"
    assert "600,000 characters" in info.value.reason and "500,000" in info.value.reason
