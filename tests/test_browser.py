"""The explorer served by Voilà, driven in a real headless Chromium through Playwright.

Starts Voilà on ``notebooks/04-explore.ipynb`` (as ``make explorer`` does) on a free port of
127.0.0.1, opens the page, moves the month slider with the keyboard, selects an actor, and
checks that the counts shown change and match :meth:`ExplorerData.view` for the filters the
page reports (through its "Show code" panel). Every request that is not to 127.0.0.1 is
blocked, so that the test never depends on the network.
"""

from __future__ import annotations

import ast
import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

from analysis import config
from analysis.corpus import load_corpus
from analysis.explore import ExplorerData, Filters
from analysis.mentions import find_mentions
from analysis.sample import write_corpus

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NOTEBOOK = config.NOTEBOOKS_DIR / "04-explore.ipynb"
COUNTS = re.compile(r"Articles in view: ([\d,]+) · Mentions in view: ([\d,]+)")
SERVER_START_SECONDS = 45
PAGE_SECONDS = 60


def require_browser() -> None:
    """Skip when Chromium or Playwright is missing, except in CI where it is a failure."""
    problem = None
    if not CHROMIUM.exists():
        problem = f"{CHROMIUM} is missing; install it with apt-get install chromium chromium-driver"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            problem = (
                "playwright is not installed; pip install playwright (never playwright install)"
            )
    if problem is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(problem)
    pytest.skip(problem)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def corpus_dir(tmp_path) -> Path:
    sample = config.DATA_DIR / "sample"
    if any(sample.glob("*.txt")):
        return sample
    folder = tmp_path / "sample"
    write_corpus(folder, 240, progress=False)
    return folder


@pytest.fixture
def environment(tmp_path, corpus_dir) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    return {
        **os.environ,
        "HOME": str(home),
        "JUPYTER_CONFIG_DIR": str(home / "jupyter-config"),
        "JUPYTER_RUNTIME_DIR": str(home / "jupyter-runtime"),
        "IPYTHONDIR": str(home / "ipython"),
        "MPLCONFIGDIR": str(home / "matplotlib"),
        "MPLBACKEND": "Agg",
        "ANALYSIS_CORPUS": str(corpus_dir),
        "ANALYSIS_CACHE_DIR": str(tmp_path / "cache"),
        "ANALYSIS_REPORTS": str(tmp_path / "reports"),
    }


@pytest.fixture
def voila_url(tmp_path, environment):
    """Start Voilà on the explorer notebook; yield its address; stop it by its own PID."""
    log_path = tmp_path / "voila.log"
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "voila",
        str(NOTEBOOK),
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        "--Voila.port_retries=0",
    ]
    with log_path.open("wb") as log:
        # Its own process group, so that signals meant for it never reach the test runner.
        server = subprocess.Popen(
            command,
            cwd=config.ROOT,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
            process_group=0,
        )
    try:
        url = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + SERVER_START_SECONDS
        while url not in log_path.read_text(errors="replace"):
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(
                    f"Voilà did not start on {url} (exit code {server.poll()}):\n"
                    + log_path.read_text(errors="replace")[-3000:]
                )
            time.sleep(0.2)
        yield url
    finally:
        stop(server)


def stop(server: subprocess.Popen) -> None:
    if server.poll() is not None:
        return
    server.send_signal(signal.SIGINT)
    with contextlib.suppress(subprocess.TimeoutExpired):
        server.wait(timeout=10)
        return
    server.terminate()
    with contextlib.suppress(subprocess.TimeoutExpired):
        server.wait(timeout=5)
        return
    server.kill()
    server.wait(timeout=5)


def read_counts(page) -> tuple[int, int]:
    text = page.locator(".explorer-counts").inner_text()
    match = COUNTS.search(text)
    assert match, f"unexpected counts label {text!r}"
    return int(match[1].replace(",", "")), int(match[2].replace(",", ""))


def wait_for_new_counts(page, previous: str) -> None:
    page.wait_for_function(
        "previous => {"
        "  const label = document.querySelector('.explorer-counts');"
        "  return label && label.innerText.includes('Articles in view') "
        "    && label.innerText !== previous; }",
        arg=previous,
        timeout=PAGE_SECONDS * 1000,
    )


def image_source(page, view: str) -> str:
    """The ``src`` (a data URL) of the image a view of the explorer shows."""
    image = page.locator(f".explorer-{view} img").first
    image.wait_for(timeout=PAGE_SECONDS * 1000)
    return image.get_attribute("src")


def wait_for_new_image(page, view: str, previous: str) -> None:
    page.wait_for_function(
        "([selector, previous]) => {"
        "  const image = document.querySelector(selector);"
        "  return image && image.getAttribute('src') !== previous; }",
        arg=[f".explorer-{view} img", previous],
        timeout=PAGE_SECONDS * 1000,
    )


def state_shown(page) -> dict:
    """The filters the page holds, read from its "Show code" panel."""
    button = page.locator(".explorer-show-code")
    code = page.locator(".explorer-code pre")
    button.click()
    code.wait_for(timeout=PAGE_SECONDS * 1000)
    text = code.inner_text()
    button.click()
    code.wait_for(state="hidden", timeout=PAGE_SECONDS * 1000)
    match = re.search(r"state = (\{.*?\})\nview = ", text, re.DOTALL)
    assert match, f"no state in the code shown:\n{text}"
    return ast.literal_eval(match[1])


def settled_state(page, done) -> dict:
    """The page's filters once ``done(state)`` holds.

    Each arrow key press sends its own change, and the kernel handles them in order: once the
    code panel shows the final filters, the counts label shows their counts too.
    """
    deadline = time.monotonic() + PAGE_SECONDS
    state = state_shown(page)
    while not done(state):
        assert time.monotonic() < deadline, f"the page never reached the filters; last {state}"
        time.sleep(0.3)
        state = state_shown(page)
    return state


def only_local(route) -> None:
    if urlparse(route.request.url).hostname == "127.0.0.1":
        route.continue_()
    else:
        route.abort()


@pytest.mark.timeout(180)
def test_the_served_explorer_responds_to_the_slider_and_the_actor_list(
    voila_url, corpus_dir, environment, tmp_path, monkeypatch
):
    require_browser()
    from playwright.sync_api import sync_playwright

    monkeypatch.setenv("ANALYSIS_CACHE_DIR", environment["ANALYSIS_CACHE_DIR"])
    articles = load_corpus(corpus_dir)
    data = ExplorerData(articles, find_mentions(articles, progress=False))

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=True
        )
        try:
            # Tall enough for the whole app: Voilà scrolls an inner element, which a
            # full-page screenshot would not capture.
            page = browser.new_page(viewport={"width": 1500, "height": 2300})
            page.route("**/*", only_local)
            page.goto(voila_url, wait_until="domcontentloaded", timeout=PAGE_SECONDS * 1000)
            wait_for_new_counts(page, "")
            opened = read_counts(page)
            expected = data.view(Filters())
            assert opened == (expected.n_articles, expected.n_mentions)
            assert opened[0] == len(articles)

            # Move the start of the month range six months forward with the keyboard.
            label = page.locator(".explorer-counts").inner_text()
            page.locator(".explorer-months .noUi-handle").first.click()
            for _ in range(6):
                page.keyboard.press("ArrowRight")
            wait_for_new_counts(page, label)
            state = settled_state(page, lambda state: state["start"] == data.months()[6])
            moved = read_counts(page)
            assert state["end"] == data.months()[-1]
            assert (
                page.locator(".explorer-months .widget-readout")
                .inner_text()
                .startswith(data.months()[6])
            )
            expected = data.view(state)
            assert moved == (expected.n_articles, expected.n_mentions)
            assert moved[0] < opened[0]

            # Select Russia: only the articles mentioning it stay in view, and the top actors
            # and the heat map are redrawn over them.
            label = page.locator(".explorer-counts").inner_text()
            top_before = image_source(page, "top-actors")
            heat_before = image_source(page, "co-mentions")
            russia = page.locator(".explorer-actors option", has_text="(RUS)")
            page.locator(".explorer-actors select").select_option(
                value=russia.get_attribute("value")
            )
            wait_for_new_counts(page, label)
            state = settled_state(page, lambda state: state["actors"] == ["RUS"])
            selected = read_counts(page)
            assert state["start"] == data.months()[6]
            expected = data.view(state)
            assert selected == (expected.n_articles, expected.n_mentions)
            assert selected[0] < moved[0]
            wait_for_new_image(page, "top-actors", top_before)
            wait_for_new_image(page, "co-mentions", heat_before)
            before = data.view({**state, "actors": []})
            assert set(expected.top_actors["n_articles"]) == {expected.n_articles}
            assert not expected.top_actors.equals(before.top_actors)
            assert not expected.co_mentions.equals(before.co_mentions)

            page.locator(".explorer-timeline img").wait_for(timeout=PAGE_SECONDS * 1000)
            screenshot = tmp_path / "explorer.png"
            page.screenshot(path=str(screenshot), full_page=True)
            assert screenshot.stat().st_size > 50_000
            page.close(run_before_unload=True)
        finally:
            browser.close()


RELATION_COUNTS = re.compile(r"Relations in view: ([\d,]+) in ([\d,]+) of ([\d,]+) articles")


@pytest.mark.timeout(240)
def test_the_relations_tab_renders_the_counts_of_the_articles_in_view(
    voila_url, corpus_dir, environment, tmp_path, monkeypatch
):
    require_browser()
    from playwright.sync_api import sync_playwright

    from analysis.relations import find_relations

    monkeypatch.setenv("ANALYSIS_CACHE_DIR", environment["ANALYSIS_CACHE_DIR"])
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=True
        )
        try:
            page = browser.new_page(viewport={"width": 1500, "height": 2300})
            page.route("**/*", only_local)
            page.goto(voila_url, wait_until="domcontentloaded", timeout=PAGE_SECONDS * 1000)
            wait_for_new_counts(page, "")
            page.locator(".explorer-tabs .lm-TabBar-tab", has_text="Relations").click()
            # The first opening finds the relations of the corpus (then they are cached).
            page.wait_for_function(
                "() => { const view = document.querySelector('.explorer-relations');"
                "  return view && view.innerText.includes('Relations in view'); }",
                timeout=3 * PAGE_SECONDS * 1000,
            )
            text = page.locator(".explorer-relations").inner_text()
            assert page.locator(".explorer-relations table").count() == 2
            assert page.locator(".explorer-relations mark").count() > 0
            screenshot = tmp_path / "relations.png"
            page.screenshot(path=str(screenshot), full_page=True)
            page.close(run_before_unload=True)
        finally:
            browser.close()

    articles = load_corpus(corpus_dir)
    mentions = find_mentions(articles, progress=False)
    relations = find_relations(articles, mentions, voice=False, cache=True)
    expected = ExplorerData(articles, mentions, relations).relation_view(Filters())
    match = RELATION_COUNTS.search(text)
    assert match, f"unexpected Relations tab {text[:300]!r}"
    shown = tuple(int(group.replace(",", "")) for group in match.groups())
    assert shown == (expected.n_relations, expected.n_articles_stating, expected.n_articles)
    assert expected.n_relations > 0
