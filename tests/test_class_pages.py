"""Class mode through the real app: a teacher session and student sessions share one store.

Each AppTest is one browser; they run in this process, so they share the server's class store
(`st.cache_resource`), here a SQLite file in a temporary folder, as two browsers would.
"""

import pytest

from classroom import errors
from tests.conftest import open_page
from ui.classroom.session import room


@pytest.fixture(autouse=True)
def class_store(tmp_path, monkeypatch):
    monkeypatch.setenv("ATTENTION_LAB_DATA", str(tmp_path))
    monkeypatch.delenv("ATTENTION_LAB_REDIS_URL", raising=False)


def _nodes(node):
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        for child in children.values():
            yield from _nodes(child)
    else:
        yield node


def _texts(at) -> str:
    """Every text on screen, main area and sidebar, expanders included."""
    parts = []
    for node in _nodes(at._tree):
        for value in (
            *(getattr(node, a, None) for a in ("value", "label", "body")),
            getattr(getattr(node, "proto", None), "text", None),
        ):
            if isinstance(value, str):
                parts.append(value)
    return "\n".join(parts)


def _teacher(page="pages/alignment.py", **params):
    at = open_page(page, **params)
    at.button(key="class_start").click().run()
    assert not at.exception, at.exception
    return at, at.session_state["class_teacher"]


def _student(code: str, nickname: str = "", page="pages/alignment.py", **params):
    at = open_page(page, **{"class": code, **params})
    assert at.text_input(key="class_code_in").value == code  # the QR link fills the code in
    at.text_input(key="class_nickname_in").input(nickname)
    at.button(key="class_join").click().run()
    assert not at.exception, at.exception
    return at


def _choices(at) -> list:
    return [b for b in at.button if str(b.key or "").startswith("class_choice_")]


def test_predict_then_reveal_on_the_alignment_page():
    teacher_at, teacher = _teacher(task="en-fr", text="the red car is fast")
    assert teacher.code in _texts(teacher_at) and at_least_an_image(teacher_at)
    assert "class_ask_alignment" in [s.key for s in teacher_at.selectbox]
    teacher_at.button(key="class_ask").click().run()
    assert not teacher_at.exception
    view = room().teacher_view(teacher.code, teacher.token)
    question = view.question
    assert question.page == "alignment" and question.prompt.startswith("quiz_")

    hostile = "<b>Mina</b>**x**"  # the box takes 24 characters; longer ones are tested on the protocol
    student_at = _student(teacher.code, hostile, task="en-fr", text="the red car is fast")
    texts = _texts(student_at)
    assert "Question 1." in texts
    joined = [m.value for m in _nodes(student_at._tree) if "You are in class" in str(getattr(m, "value", ""))]
    assert joined and "<b>" not in joined[0] and "\\<b\\>Mina\\<\\/b\\>\\*\\*x" in joined[0]  # escaped
    assert not student_at.get("plotly_chart")  # the page (the answer) stays hidden until they predict
    assert "✅" not in texts and not any(
        type(n).__name__ == "Progress" for n in _nodes(student_at._tree)
    )  # no tally, no answer before the reveal
    assert len(_choices(student_at)) == len(question.choices)

    wrong = (question.answer + 1) % len(question.choices)
    _choices(student_at)[wrong].click().run()
    assert not student_at.exception
    assert student_at.get("plotly_chart")  # answered: the page is back
    assert not _choices(student_at)  # one click, once
    me = student_at.session_state["class_student"]
    with pytest.raises(errors.AlreadyAnswered):
        room().answer(me.code, me.student, question.number, question.answer)
    assert "✅" not in _texts(student_at)

    teacher_at.run()
    assert "1 of 1 have answered" in _texts(teacher_at)
    teacher_at.button(key="class_reveal").click().run()
    assert not teacher_at.exception and room().teacher_view(teacher.code, teacher.token).question.revealed

    student_at.run()
    texts = _texts(student_at)
    assert "✅" in texts and "your guess" in texts and "Not this time" in texts


def at_least_an_image(at) -> bool:
    return any(type(node).__name__ == "Image" for node in _nodes(at._tree))


def test_a_wrong_code_gets_a_clear_message_and_no_traceback():
    at = open_page("pages/alignment.py", **{"class": "ZZZZ"})
    at.button(key="class_join").click().run()
    assert not at.exception
    assert any("no class with the code" in e.value for e in at.error)
    at.text_input(key="class_code_in").input("<script>x</script>").run()
    at.button(key="class_join").click().run()
    assert not at.exception and at.error


def test_an_ended_class_says_so():
    teacher_at, teacher = _teacher()
    teacher_at.button(key="class_end").click().run()
    at = open_page("pages/alignment.py", **{"class": teacher.code})
    at.button(key="class_join").click().run()
    assert any("has ended" in e.value for e in at.error)


def test_an_unreachable_store_is_a_message(monkeypatch):
    monkeypatch.setenv("ATTENTION_LAB_REDIS_URL", "redis://127.0.0.1:9/0")  # nothing listens on port 9
    at = open_page("pages/alignment.py")
    at.button(key="class_start").click().run()
    assert not at.exception
    assert any("not reachable" in e.value for e in at.error)


def test_korean_class_mode():
    teacher_at, teacher = _teacher(lang="ko", task="en-fr", text="the red car is fast")
    assert "학생들은 이 코드로 참여합니다" in _texts(teacher_at)
    teacher_at.button(key="class_ask").click().run()
    student_at = _student(teacher.code, page="pages/alignment.py", lang="ko")
    texts = _texts(student_at)
    assert "질문 1." in texts and "먼저 예측하세요" in texts


@pytest.mark.parametrize(
    ("page", "params"),
    [
        ("pages/steps.py", {"task": "en-fr", "text": "the red car is fast"}),
        ("pages/qkv_lab.py", {}),
        ("pages/transformer.py", {"task": "en-fr", "text": "the red car is fast"}),
        ("pages/bert.py", {}),
        ("pages/positions.py", {}),
    ],
)
def test_every_lesson_page_can_ask_three_kinds(page, params):
    at, teacher = _teacher(page, **params)
    kinds = at.selectbox(key=f"class_ask_{page.split('/')[1][:-3]}")
    assert len(kinds.options) >= 3
    at.selectbox(key=kinds.key).select_index(len(kinds.options) - 1).run()
    at.button(key="class_ask").click().run()
    assert not at.exception, at.exception
    assert room().teacher_view(teacher.code, teacher.token).question is not None


def test_a_reload_keeps_the_teacher_and_the_student_through_the_cookie(monkeypatch):
    teacher_at, teacher = _teacher()
    cookie = [n.body for n in _nodes(teacher_at._tree) if type(n).__name__ == "Html" and "attention_lab_teacher" in n.body]
    assert cookie and teacher.token in cookie[0] and teacher.token not in join_links(teacher_at)
    student_at = _student(teacher.code, "Mina")
    me = student_at.session_state["class_student"]

    from ui.classroom import session

    jar = {"attention_lab_teacher": f"{teacher.code}:{teacher.token}"}
    monkeypatch.setattr(session, "browser_cookies", lambda: dict(jar))
    reloaded = open_page("pages/alignment.py")  # a new session: what a reload gives
    assert reloaded.session_state["class_teacher"].token == teacher.token
    jar.clear()
    jar["attention_lab_student"] = f"{me.code}:{me.student}"
    reloaded = open_page("pages/alignment.py")
    assert reloaded.session_state["class_student"].student == me.student and "Mina" in _texts(reloaded)
    jar["attention_lab_student"] = f"{me.code}:forged-or-stale-id"
    reloaded = open_page("pages/alignment.py")
    assert "class_student" not in reloaded.session_state and not reloaded.exception


def join_links(at) -> str:
    """What a projector shows of the join link and the QR code's caption."""
    return "\n".join(n.value for n in _nodes(at._tree) if type(n).__name__ == "Code")


def test_a_student_who_follows_goes_where_the_teacher_is():
    teacher_at, teacher = _teacher("pages/transformer.py", task="en-fr", text="the cat", layer="2")
    student_at = _student(teacher.code, page="pages/alignment.py")
    student_at.toggle(key="class_follow").set_value(True).run()  # the switch's own run goes there
    assert not student_at.exception
    assert student_at.query_params["layer"] == "2" and student_at.query_params["text"] == "the cat"
    assert any("Transformer" in t.value for t in student_at.title)
    student_at.toggle(key="class_follow").set_value(False).run()
    teacher_at.switch_page("pages/bert.py").run()
    student_at.run()
    assert not any("BERT" in t.value for t in student_at.title)  # not following: the teacher's move is not followed


def test_presenter_mode_pins_the_code_and_shows_a_big_reveal():
    at, teacher = _teacher(task="en-fr", text="the red car is fast")
    at.toggle(key="class_presenter").set_value(True).run()
    assert not at.exception
    styles = [n.body for n in _nodes(at._tree) if type(n).__name__ == "Html" and "<style>" in n.body]
    assert styles and "st-key-class_corner" in styles[0]
    at.button(key="class_ask").click().run()
    assert at.button(key="class_reveal") and teacher.code in _texts(at)
    at.button(key="class_presenter_off").click().run()
    assert not at.session_state["class_presenter"]


def test_hostile_words_in_a_question_reach_students_escaped():
    text = "<b>x</b> **bold** [a](https://e.com) $x^2$"
    teacher_at, teacher = _teacher(task="en-fr", text=text)
    teacher_at.button(key="class_ask").click().run()
    student_at = _student(teacher.code)
    assert not student_at.exception
    shown = [b.label for b in _choices(student_at)] + [m.value for m in student_at.markdown if "Question" in m.value]
    assert shown and all("<b>" not in s and "](" not in s and "**bold**" not in s for s in shown)
