"""Level 5: the app in a real browser (Debian's Chromium driven by Playwright)."""

import json
import urllib.parse

import pytest

import models
from models.tasks import get_task
from models.tasks.everyday.korean_dropped import understood_subjects
from tests.browser import ROOT, free_port, start_server, wait_until_idle

ARTIFACTS = ROOT / "artifacts"
INJECTION = '<b>x</b> <a href="https://example.com">y</a> <span style="font-size:80px">z</span>'


@pytest.fixture(scope="module")
def base_url():
    ARTIFACTS.mkdir(exist_ok=True)
    port = free_port()
    proc = start_server(port, ARTIFACTS / "streamlit-server.log")
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1600})
    pg = context.new_page()
    yield pg
    context.close()


# Every list of page links the sidebar ever shows, recorded from the first byte of the page on.
RECORD_NAV_LISTS = """() => {
  window.__navLists = [];
  const record = () => {
    const navs = document.querySelectorAll('[data-testid="stSidebarNav"]');
    if (navs.length > 1) window.__navLists.push(['<two navigation lists>']);
    navs.forEach(nav => {
      const links = Array.from(nav.querySelectorAll('a')).map(a => a.innerText.trim().split('\\n').pop().trim());
      if (links.length) window.__navLists.push(links);
    });
  };
  new MutationObserver(record).observe(document, {subtree: true, childList: true, characterData: true});
}"""


@pytest.mark.parametrize("path,lang", [("/", "en"), ("/transformer?task=en-fr&lang=ko", "ko")])
def test_first_session_on_a_fresh_server_sees_only_the_translated_page_list(browser, path, lang):
    """Streamlit's legacy list of the pages/ folder must never render, not even for one frame,
    and a link straight to a page must still go through app.py (language picker, translated list)."""
    titles = json.loads((ROOT / "locales" / f"{lang}.json").read_text(encoding="utf-8"))
    expected = [titles[k] for k in ("page_alignment", "page_steps", "page_qkv", "page_transformer")]
    expected += [titles[k] for k in ("page_bert", "page_pe", "page_train", "page_addnorm", "page_why")]
    port = free_port()
    server = start_server(port, ARTIFACTS / f"fresh-server-{lang}.log")  # its own server: this is its first session
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        page.add_init_script(f"({RECORD_NAV_LISTS})()")
        page.goto(f"http://127.0.0.1:{port}{path}")
        wait_until_idle(page)
        page.wait_for_timeout(1000)
        seen = page.evaluate("window.__navLists")
        assert seen, "no page list was recorded at all"
        assert all(links == expected for links in seen), [s for s in seen if s != expected][:3]
        assert page.get_by_text("Language / 언어").count() == 1  # app.py ran
    finally:
        context.close()
        server.terminate()
        server.wait(timeout=20)


def _type(page, text: str) -> None:
    box = page.locator(".st-key-text input")  # the sentence box (the sidebar has the class code's box too)
    box.fill(text)
    box.press("Enter")
    page.wait_for_timeout(400)
    wait_until_idle(page)


def _tick_labels(page) -> list[str]:
    return page.locator(
        '[data-testid="stPlotlyChart"] .xtick text, [data-testid="stPlotlyChart"] .ytick text'
    ).all_text_contents()


def _translation(model: str, text: str) -> str:
    """What the shipped model writes for `text`: the page must show the same (whatever the weights)."""
    return models.load(model).run(text).text


def _shows(page, text: str) -> None:
    page.wait_for_function("t => document.body.innerText.includes(t)", arg=text)


def test_alignment_page_types_a_sentence_and_draws_the_heatmaps(page, base_url):
    page.goto(f"{base_url}/?task=en-fr")
    wait_until_idle(page)
    text = "the small dog does not eat the green apple"
    _type(page, text)
    _shows(page, _translation("seq2seq-additive-en-fr", text))
    assert page.locator('[data-testid="stPlotlyChart"]').count() == 2
    labels = _tick_labels(page)
    assert "dog" in labels and models.load("seq2seq-additive-en-fr").run(text).tgt_tokens[0] in labels
    assert "text=the+small+dog" in page.url  # the view is in the URL, ready to share
    page.screenshot(path=str(ARTIFACTS / "alignment.png"), full_page=True)


def test_typed_markup_shows_literally_and_no_link_appears(page, base_url):
    page.goto(f"{base_url}/?task=en-fr")
    wait_until_idle(page)
    _type(page, INJECTION)
    labels = _tick_labels(page)
    tokens = get_task("en-fr").tokenize(INJECTION)  # '<b>x</b>', '<a', 'href=', …
    assert "<b>x</b>" in tokens and "<span" in tokens
    for token in tokens:
        assert token in labels, f"{token!r} is not shown literally"
    plots = page.locator('[data-testid="stPlotlyChart"]')
    assert plots.locator("a[href]").count() == 0
    assert plots.locator("text b, text [style*='80px']").count() == 0
    assert page.locator("a[href='https://example.com']").count() == 0
    page.screenshot(path=str(ARTIFACTS / "injection.png"), full_page=True)


def test_steps_page_from_a_shared_link(page, base_url):
    page.goto(f"{base_url}/steps?task=en-fr&text=i+am+a+student&step=2")
    wait_until_idle(page)
    second = models.load("seq2seq-additive-en-fr").run("i am a student").tgt_tokens[1]
    assert page.get_by_text(f"writes {second}", exact=False).count() >= 1
    assert page.locator('[data-testid="stPlotlyChart"]').count() >= 5
    assert page.get_by_test_id("stSlider").count() >= 2  # output step + temperature
    page.screenshot(path=str(ARTIFACTS / "steps.png"), full_page=True)


def test_korean_interface_and_korean_task(page, base_url):
    page.goto(f"{base_url}/?lang=ko&task=en-ko")
    wait_until_idle(page)
    _type(page, "the teacher reads a book in the school")
    _shows(page, _translation("seq2seq-additive-en-ko", "the teacher reads a book in the school"))
    assert page.get_by_text("어텐션 정렬").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "alignment-ko.png"), full_page=True)


def test_korean_to_english_in_the_browser(page, base_url):
    page.goto(f"{base_url}/?lang=ko&task=ko-en")
    wait_until_idle(page)
    _type(page, "고양이가 물을 마신다")
    _shows(page, _translation("seq2seq-additive-ko-en", "고양이가 물을 마신다"))
    assert "고양이" in _tick_labels(page)  # Korean split into its parts: 고양이 -가 …
    page.screenshot(path=str(ARTIFACTS / "alignment-ko-en.png"), full_page=True)


def test_korean_that_leaves_out_the_subject_says_who_the_model_understood(page, base_url):
    """밥 먹었어? names nobody: the translation says *you*, and the page says why under the source."""
    page.goto(f"{base_url}/?task=ko-en")
    wait_until_idle(page)
    _type(page, "밥 먹었어?")
    result = models.load("seq2seq-additive-ko-en").run("밥 먹었어?")
    assert understood_subjects(result.src_tokens, result.tgt_tokens) == ["you"], result.text
    _shows(page, result.text)
    _shows(page, "The Korean never says who")


def test_nonsense_link_parameters_show_a_note(page, base_url):
    page.goto(f"{base_url}/?task=klingon&beam=99&score=%3Cb%3E")
    wait_until_idle(page)
    alerts = page.get_by_test_id("stAlert").all_text_contents()
    assert any("klingon" in a for a in alerts) and any("beam=99" in a for a in alerts)


@pytest.mark.parametrize(
    "path,expected",
    [
        ("/transformer?task=en-fr&text=the+small+dog+does+not+eat+the+green+apple&kind=cross", "Cross-attention"),
        ("/transformer?task=en-fr&text=the+red+car+is+fast&tab=knockout", "Head knock-out"),
        ("/?task=en-fr&score=none&beam=3&text=my+friend+will+go+to+the+market+tomorrow", "How beam search chose"),
        ("/bert?tab=pairs", "Minimal pairs"),
        ("/steps?task=en-fr&text=the+red+car+is+fast&step=2&whatif=forced", "changes the log-probability"),
        ("/?task=en-fr&text=the+red+car+is+fast&attrib=on", "not why the model decided"),
        ("/qkv_lab?preset=previous&mask=causal", "QKᵀ"),
        ("/add_norm?task=en-ko&text=i+eat+an+apple", "LayerNorm"),
        ("/steps?lang=ko&task=en-ko&text=i+eat+an+apple", "사과"),
        ("/why_attention?wtab=gradient&text=she+is+reading+a+book+in+the+library", "teacher forcing"),
    ],
)
def test_more_pages_render_in_the_browser(page, base_url, path, expected):
    page.goto(base_url + path)
    wait_until_idle(page)
    assert page.get_by_text(expected, exact=False).count() >= 1
    name = path.strip("/").split("?")[0] + ("-ko" if "lang=ko" in path else "")
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_transformer_grid_and_show_your_work_tabs(page, base_url):
    page.goto(f"{base_url}/transformer?task=en-ko&text=the+teacher+reads+a+book+in+the+school")
    wait_until_idle(page)
    page.get_by_role("tab", name="All layers × heads").click()
    page.wait_for_timeout(500)
    wait_until_idle(page)
    assert page.locator('[data-testid="stPlotlyChart"] .annotation-text').count() == 12  # 3 layers × 4 heads
    page.screenshot(path=str(ARTIFACTS / "transformer-grid.png"), full_page=True)
    page.get_by_role("tab", name="Show your work").click()
    page.wait_for_timeout(500)
    wait_until_idle(page)
    assert page.get_by_text("head output", exact=False).count() >= 1
    page.screenshot(path=str(ARTIFACTS / "transformer-work.png"), full_page=True)


def test_positional_encoding_lab_in_the_browser(page, base_url):
    page.goto(f"{base_url}/positions?d=64&len=40")
    wait_until_idle(page)
    page.screenshot(path=str(ARTIFACTS / "positions.png"), full_page=True)
    page.get_by_role("tab", name="Shuffle test").click()
    page.wait_for_timeout(500)
    wait_until_idle(page)
    assert page.get_by_text("Without positional encodings").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "positions-shuffle.png"), full_page=True)
    page.get_by_role("tab", name="Longer inputs").click()
    page.wait_for_timeout(500)
    wait_until_idle(page)
    page.screenshot(path=str(ARTIFACTS / "positions-length.png"), full_page=True)


def test_bert_page_views_in_the_browser(page, base_url):
    page.goto(f"{base_url}/bert?btext=The+cat+sat+on+the+mat+because+it+was+tired.")
    wait_until_idle(page)
    page.screenshot(path=str(ARTIFACTS / "bert-headview.png"), full_page=True)
    for tab, name in (("Model view (all 72 heads)", "bert-model"), ("Head statistics", "bert-stats")):
        page.get_by_role("tab", name=tab).click()
        page.wait_for_timeout(500)
        wait_until_idle(page)
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    assert page.locator('[data-testid="stPlotlyChart"]').count() >= 1


def test_a_short_training_runs_to_the_end(page, base_url):
    page.goto(f"{base_url}/train")
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000)
    page.get_by_text("Race two models").click()  # one model only: quicker
    page.get_by_role("button", name="Start training").click()
    page.wait_for_function("document.body.innerText.includes('Finished after')", timeout=120_000)
    assert "run=" in page.url
    page.wait_for_timeout(1500)
    page.screenshot(path=str(ARTIFACTS / "train.png"), full_page=True)
    page.reload()  # nothing is lost: the run is on disk and in the URL
    page.wait_for_function("document.body.innerText.includes('Finished after')", timeout=60_000)


INJECTION_QUERY = urllib.parse.quote_plus(INJECTION)


@pytest.mark.parametrize(
    "path", ["/steps?task=en-fr&text=", "/transformer?task=en-fr&text=", "/bert?btext=", "/add_norm?task=en-fr&text="]
)
def test_markup_shows_literally_on_every_page(page, base_url, path):
    page.goto(base_url + path + INJECTION_QUERY)
    wait_until_idle(page)
    plots = page.locator('[data-testid="stPlotlyChart"]')
    labels = page.locator(
        '[data-testid="stPlotlyChart"] .xtick text, [data-testid="stPlotlyChart"] .ytick text, '
        '[data-testid="stPlotlyChart"] .textpoint text'
    ).all_text_contents()
    assert plots.locator("a[href]").count() == 0 and page.locator("a[href='https://example.com']").count() == 0
    assert plots.locator("text b, text [style*='80px']").count() == 0
    if "/bert" not in path:  # WordPiece splits the markup into pieces; elsewhere whole tokens must show literally
        assert "<b>x</b>" in labels, labels[:20]
    # Hover text carries the escaped token too, which plotly shows literally.
    hover = page.evaluate("Array.from(document.querySelectorAll('.js-plotly-plot')).map(p => JSON.stringify(p.data || []))")
    assert all("<b>x</b>" not in h for h in hover)
