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


def test_state_body_inside_what_the_session_was_about_is_left_out() -> None:
    text = "Участники изучали, какие нарушения чаще всего находит Государственная налоговая служба."
    assert org_roles(text) == {}
    text = "Второй день был посвящен тому, как подавать заявки в Фонд при Министерстве экономики и коммерции."
    assert org_roles(text) == {}
    assert org_roles("Participants learned how to apply for grants of the Ministry of Economy.") == {}
    assert org_roles("Катышуучулар Салык кызматына кантип отчет тапшыруу тууралуу талкуулашты.") == {}


def test_state_body_that_takes_part_is_kept() -> None:
    assert org_roles("Тренинг провела Государственная налоговая служба.") == {"State Tax Service": "government"}
    assert org_roles("Участники обсуждали с представителями Министерства энергетики, как экономить тепло.") == {
        "Ministry of Energy": "government"}
