#!/usr/bin/env python3
"""Drives `bitext review` in a real browser (Debian's chromium, headless, through chromium-driver and
Selenium): loads the seed pair's page, then a join, a split at a cursor, an unlink and an export made
with the page's own keys, and checks the saved alignment and the exported TMX. Also opens a pair whose
text holds <script> and checks that it shows as text. Exit status 0 when every check passes.

    test_browser.py BITEXT_BINARY SEED_FILE [--screenshot PNG]
"""
import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

bitext, seed = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
screenshot = sys.argv[sys.argv.index("--screenshot") + 1] if "--screenshot" in sys.argv else None
repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def start(args, folder):
    """Starts `bitext review ARGS` in FOLDER; returns the process and the URL it printed."""
    proc = subprocess.Popen([bitext, "review", *args, "--port", "0", "--quiet"], cwd=folder,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    if not line.startswith("Review at "):
        proc.kill()
        sys.exit("bitext review did not start: " + line + proc.stderr.read())
    return proc, line.split("Review at ", 1)[1].strip()


def browser():
    options = webdriver.ChromeOptions()
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000"]:
        options.add_argument(a)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def rows(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#rows tr")


def shapes(driver):
    return [r.find_element(By.CSS_SELECTOR, ".badge").text for r in rows(driver)]


def press(driver, key):
    driver.find_element(By.TAG_NAME, "body").send_keys(key)


def wait_for(driver, condition, what, timeout=10):
    try:
        WebDriverWait(driver, timeout).until(lambda d: condition(d))
        return True
    except Exception:
        check(False, what + " (timed out)")
        return False


def saved(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def review_seed(driver, folder):
    proc, url = start([seed, "--save", "r.json", "--tmx", "r.tmx", "--glossary", os.path.join(repo, "Sources/BitextGlossary/Resources/Glossaries")], folder)
    try:
        driver.get(url)
        wait_for(driver, lambda d: len(rows(d)) > 0, "the page shows the beads")
        before = shapes(driver)
        check(len(before) >= 8, f"the seed pair shows {len(before)} beads")
        check(len(driver.find_elements(By.CSS_SELECTOR, "mark.number")) > 0, "numbers are highlighted")
        check(len(driver.find_elements(By.CSS_SELECTOR, "mark.entity")) > 0, "glossary entities are highlighted")
        if screenshot:
            rows(driver)[1].click()
            driver.save_screenshot(screenshot)

        # Join: the first two 1-1 beads become one 2-2 bead.
        k = next(i for i in range(len(before) - 1) if before[i] == "1-1" and before[i + 1] == "1-1")
        rows(driver)[k].click()
        press(driver, "m")
        wait_for(driver, lambda d: len(rows(d)) == len(before) - 1, "join: one bead fewer")
        check(shapes(driver)[k] == "2-2", f"join: bead {k + 1} is now 2-2")
        check(saved(os.path.join(folder, "r.json"))["history"][-1]["action"] == "join", "join: saved at once with its history")

        # Split at a cursor: inside the first source sentence of the joined bead, after its first word.
        row = rows(driver)[k]
        segment = row.find_element(By.CSS_SELECTOR, "td.src .seg")
        text = segment.text
        cut = text.index(" ") + 1
        row.click()
        driver.execute_script("""
            const seg = arguments[0], offset = arguments[1];
            const walker = document.createTreeWalker(seg, NodeFilter.SHOW_TEXT);
            let left = offset;
            for (let t = walker.nextNode(); t; t = walker.nextNode()) {
              if (left <= t.textContent.length) { window.getSelection().collapse(t, left); return; }
              left -= t.textContent.length;
            }""", segment, cut)
        press(driver, "s")
        wait_for(driver, lambda d: len(rows(d)) == len(before), "split: one bead more")
        data = saved(os.path.join(folder, "r.json"))
        texts = [s["text"] for s in data["source"]["segments"]]
        check(text[:cut].strip() in texts and text[cut:].strip() in texts, "split: the sentence is cut at the cursor in the saved file")

        # Unlink the last 1-1 bead.
        now = shapes(driver)
        u = max(i for i, s in enumerate(now) if s == "1-1")
        rows(driver)[u].click()
        press(driver, "u")
        wait_for(driver, lambda d: len(rows(d)) == len(now) + 1, "unlink: one bead more")
        check(shapes(driver)[u:u + 2] == ["1-0", "0-1"], "unlink: 1-1 became 1-0 and 0-1")
        unlinked = saved(os.path.join(folder, "r.json"))
        unlinked_source = unlinked["source"]["segments"][unlinked["beads"][u]["source"][0]]["text"]

        # Undo and redo the unlink through the keys.
        press(driver, Keys.CONTROL + "z")
        wait_for(driver, lambda d: len(rows(d)) == len(now), "undo: the unlink is undone")
        press(driver, Keys.CONTROL + "y")
        wait_for(driver, lambda d: len(rows(d)) == len(now) + 1, "redo: the unlink is back")

        # Export, and check the TMX.
        press(driver, "e")
        wait_for(driver, lambda d: "exported" in d.find_element(By.ID, "status").text, "export: the page reports it")
        tmx = ET.parse(os.path.join(folder, "r.tmx")).getroot()
        units = [[seg.text for seg in tu.iter("seg")] for tu in tmx.iter("tu")]
        sources = [u[0] for u in units]
        check(len(units) == sum(1 for b in saved(os.path.join(folder, "r.json"))["beads"] if b["source"] and b["target"]),
              f"export: {len(units)} units, one per bead with both sides")
        check(any(s.endswith(text[:cut].strip()) for s in sources), "export: the bead keeps the sentence up to the cursor")
        check(not any(text[cut:].strip() in s for s in sources), "export: the part after the cursor, now one-sided, is in no unit")
        check(unlinked_source not in sources, "export: the unlinked sentence is in no unit")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def review_hostile(driver, folder):
    hostile = "The <script>document.title='pwned'</script> report said <b>9</b> ships sailed."
    with open(os.path.join(folder, "h.en"), "w", encoding="utf-8") as f:
        f.write(hostile + "\n")
    with open(os.path.join(folder, "h.ko"), "w", encoding="utf-8") as f:
        f.write("보고서는 선박 9척이 출항했다고 밝혔다.\n")
    proc, url = start(["h.en", "h.ko", "--no-glossary", "--save", "h.json"], folder)
    try:
        driver.get(url)
        wait_for(driver, lambda d: len(rows(d)) > 0, "hostile: the page shows the bead")
        cell = driver.find_element(By.CSS_SELECTOR, "td.src").text
        check("<script>" in cell and "<b>9</b>" in cell, "hostile: markup in an article shows as text")
        check(driver.title.startswith("Bitext review"), "hostile: the article's script did not run")
        check(len(driver.find_elements(By.TAG_NAME, "b")) == 0, "hostile: no element was made from the text")
        wrong = url.replace("token=", "token=x")
        driver.get(wrong)
        check("wrong token" in driver.page_source, "a URL without the right token is refused")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


with tempfile.TemporaryDirectory() as folder:
    driver = browser()
    try:
        review_seed(driver, folder)
        review_hostile(driver, folder)
    finally:
        driver.quit()

print(f"{len(failures)} failed" if failures else "all browser checks passed")
sys.exit(1 if failures else 0)
