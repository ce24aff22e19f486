"""Level 5: a whole class round in real browsers — one teacher and three students, each its own
Chromium context (own cookies, own session), against one server and its SQLite class store.

The teacher starts a class and asks on the Alignment page; students join from the QR link (the
code filled in), one with a hostile nickname; while the question is open a student's page is
hidden; they answer; the teacher's tally counts them live; the teacher reveals with the clicker
key; every student sees the right answer and their own guess; a student who follows the teacher
is taken to the page the teacher opens; a reload keeps both roles.
"""

import json
import re

import pytest

from tests.browser import ROOT, free_port, start_server

ARTIFACTS = ROOT / "artifacts"
EN = json.loads((ROOT / "locales" / "en.json").read_text(encoding="utf-8"))
HOSTILE_NICKNAME = '<img src=x onerror="alert(1)">'
TIMEOUT = 120_000  # generous: a loaded CI machine starts the models on the first click


@pytest.fixture(scope="module")
def class_server(tmp_path_factory):
    data = tmp_path_factory.mktemp("class-data")
    port = free_port()
    proc = start_server(port, ARTIFACTS / "class-server.log", env={"ATTENTION_LAB_DATA": str(data)})
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=20)


def _idle(page) -> None:
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=TIMEOUT)


def _click(page, key: str) -> None:
    page.locator(f".st-key-{key} button").first.click(timeout=TIMEOUT)


def _open_class_box(page) -> None:
    box = page.locator('[data-testid="stSidebar"] [data-testid="stExpander"] summary', has_text=EN["class_title"]).first
    box.wait_for(timeout=TIMEOUT)
    if not page.locator(".st-key-class_start button, .st-key-class_join button").first.is_visible():
        box.click()


def _code_on_screen(page) -> str:
    code = page.locator('[data-testid="stSidebar"] h2 code').first
    code.wait_for(timeout=TIMEOUT)
    return code.inner_text().strip()


def test_a_class_round_in_real_browsers(browser, class_server):
    teacher_ctx = browser.new_context(viewport={"width": 1400, "height": 1400})
    contexts = [teacher_ctx]
    try:
        teacher = teacher_ctx.new_page()
        teacher.goto(f"{class_server}/?task=en-fr")
        _idle(teacher)
        _open_class_box(teacher)
        _click(teacher, "class_start")
        code = _code_on_screen(teacher)
        assert re.fullmatch(r"[A-Z0-9]{4}", code)
        teacher.locator('[data-testid="stSidebar"] img').first.wait_for(timeout=TIMEOUT)  # the QR code

        students = []
        for nickname in ["Minji", HOSTILE_NICKNAME, ""]:
            ctx = browser.new_context(viewport={"width": 900, "height": 1200})
            contexts.append(ctx)
            page = ctx.new_page()
            page.goto(f"{class_server}/?task=en-fr&class={code}")  # the QR link
            _idle(page)
            code_box = page.locator(".st-key-class_code_in input")
            code_box.wait_for(timeout=TIMEOUT)
            assert code_box.input_value() == code  # filled in from the link
            page.locator(".st-key-class_nickname_in input").fill(nickname)
            page.locator(".st-key-class_nickname_in input").press("Tab")
            _click(page, "class_join")
            page.get_by_text(EN["class_waiting"].format(code=code)).wait_for(timeout=TIMEOUT)
            students.append(page)
        assert not any(p.locator("img[src='x']").count() for p in students)  # the nickname is text, not markup

        teacher.get_by_text(f"{len(students)} students joined").wait_for(timeout=TIMEOUT)
        _click(teacher, "class_ask")
        teacher.get_by_text(EN["class_answered"].format(n=0, total=len(students))).wait_for(timeout=TIMEOUT)

        for i, page in enumerate(students):
            page.locator(".st-key-class_choice_1_0 button").wait_for(timeout=TIMEOUT)
            assert page.locator('[data-testid="stMain"] [data-testid="stPlotlyChart"]').count() == 0  # predict first
            choice = min(i, page.locator('[class*="st-key-class_choice_1_"] button').count() - 1)
            _click(page, f"class_choice_1_{choice}")
            page.get_by_text("Waiting for the reveal").wait_for(timeout=TIMEOUT)
            page.locator('[data-testid="stPlotlyChart"]').first.wait_for(timeout=TIMEOUT)  # the page is back

        teacher.get_by_text(EN["class_answered"].format(n=3, total=3)).wait_for(timeout=TIMEOUT)
        teacher.locator(".st-key-class_reveal button").first.wait_for(timeout=TIMEOUT)
        teacher.mouse.click(900, 10)  # focus the page, not a text box
        teacher.keyboard.press("PageDown")  # the clicker's "next": reveal
        teacher.get_by_text("✅").first.wait_for(timeout=TIMEOUT)  # the right answer marked on the tally
        teacher.wait_for_function(  # the button is gone once the polled box redraws (stale copies fade out)
            "() => document.querySelectorAll('.st-key-class_reveal button').length === 0", timeout=TIMEOUT
        )

        for page in students:
            page.get_by_text("✅").first.wait_for(timeout=TIMEOUT)
            page.get_by_text(EN["class_your_guess"]).first.wait_for(timeout=TIMEOUT)
            verdicts = page.get_by_text(EN["class_right"]).count() + page.get_by_text(EN["class_wrong"]).count()
            assert verdicts == 1
        teacher.screenshot(path=str(ARTIFACTS / "class-teacher.png"))
        students[0].screenshot(path=str(ARTIFACTS / "class-student.png"))

        follower = students[2]  # follows the teacher to another page, with the teacher's view
        follower.locator(".st-key-class_follow label").first.click()
        _idle(follower)
        teacher.locator('[data-testid="stSidebarNav"] a', has_text=EN["page_transformer"]).first.click()
        _idle(teacher)
        follower.wait_for_url("**/transformer**", timeout=TIMEOUT)
        follower.locator('[data-testid="stPlotlyChart"]').first.wait_for(timeout=TIMEOUT)
        assert "/transformer" not in students[0].url  # a student who does not follow stays

        teacher.reload()  # the teacher's role comes back from the cookie
        _idle(teacher)
        assert _code_on_screen(teacher) == code
        teacher.get_by_text(f"Class **{code}**".replace("**", "")).first.wait_for(timeout=TIMEOUT)
        students[0].reload()
        students[0].get_by_text("Minji").first.wait_for(timeout=TIMEOUT)
    finally:
        for ctx in contexts:
            ctx.close()
