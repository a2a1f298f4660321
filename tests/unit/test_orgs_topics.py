"""A body whose loans, services or programmes were only talked about took no part in the event."""

from __future__ import annotations

from tests.unit.org_support import org_roles


def test_kyrgyz_topic_of_information_is_left_out() -> None:
    text = "Адистер дыйкандарга «РСК Банктын» насыя программалары тууралуу маалымат беришти."
    assert "RSK Bank" not in org_roles(text)


def test_russian_and_english_topic_is_left_out() -> None:
    assert "RSK Bank" not in org_roles("Специалисты рассказали фермерам о льготных кредитах «РСК Банка».")
    assert "RSK Bank" not in org_roles("Farmers also learned about the loan programmes of RSK Bank.")
    assert "RSK Bank" not in org_roles("Farmers also learned about RSK Bank's credit lines.")


def test_the_bodys_own_staff_presenting_keep_it() -> None:
    assert "RSK Bank" in org_roles("Представитель РСК Банка рассказал о льготных кредитах.")
    assert "RSK Bank" in org_roles("Тренинг прошел при поддержке РСК Банка.")
