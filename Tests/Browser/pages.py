#!/usr/bin/env python3
"""Hearth's pages in a real headless Chromium: sign in through the form as each role, open every page at
1280 px and at 360 px (a small phone), save a full-page screenshot of each, run the axe-core accessibility
checks on each, check that nothing scrolls sideways at 360 px (a wide table or chart scrolls inside its own
region instead), and that on paper the navigation, forms and buttons are gone.

Fails (exit status 1) listing every serious or critical axe violation (page, rule, impact, element, help),
every page whose heading is not the one expected (a sign-in form or an error where a page should be),
every error page whose error summary does not take focus, every page wider than a 360 px screen, and every
page that prints its navigation, a form or a button. Nothing is fetched from the internet: Debian's
chromium and chromedriver, and the axe.min.js that axe-selenium-python carries inside the package.

    HEARTH_BROWSER_PASSWORD='a long pass phrase' python3 Tests/Browser/pages.py \\
        --base-url http://127.0.0.1:8080 --account admin=demo --account finance=fiona --account read-only=reggie

`swift test` runs it against a demo database (Tests/HearthCommandTests/BrowserPageTests.swift).
"""

import argparse
import base64
import hashlib
import hmac
import json
import os
import shutil
import struct
import sys
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlparse


@dataclass
class Upload:
    """A file for a form's file field, written into the output folder when the page is walked."""
    name: str
    content: str


# A budget file with two broken rows: the upload must be refused, listing both, and save nothing.
BROKEN_BUDGET = Upload("broken-budget.csv", "year,line,budgeted_children,budget\n"
                                             "2024-25,External Residential,many,1000.00\n"
                                             "2024-25,Unregistered,3,not money\n")

# One placement's costs: over the demo's register it is previewed first; merged in, it adds one placement.
ONE_PLACEMENT = Upload("one-placement.csv",
                       "child,placement_start,placement_end,place,provider_type,budget_line,weekly_cost,"
                       "effective_from\nZZWALK,2024-05-01,,U4,PR4,External Fostering (IFA),900.00,2024-05-01\n")

# A one-child return without a year in its name: held while the sender checks the year taken from its dates.
UNDATED_RETURN = Upload("return.xml",
                        "<EXPSSDA903><CHILD><HEADER><CHILDID>ZZWALK2</CHILDID><SEX>1</SEX><DOB>01/05/2012</DOB>"
                        "<ETHNIC>WBRI</ETHNIC></HEADER><EPISODE><DECOM>01/06/2024</DECOM><RNE>S</RNE><LS>C2</LS>"
                        "<CIN>N1</CIN><PL>U4</PL><PLACE_PROVIDER>PR4</PLACE_PROVIDER></EPISODE></CHILD></EXPSSDA903>")

# A small homes register (docs/examples/homes.csv's layout) whose references clash with none of the demo's
# (households FC-…, homes HOME-…, BLOCK-1): every supply upload is previewed first, and this one is not confirmed.
WALK_HOMES = Upload("walk-homes.csv",
                    "home,name,kind,beds,urn,registered,planned_opening,registration_stage,weekly_bed_price,"
                    "contract_start,contract_end,postcode\n"
                    "WALK-HOME-1,Walk Lodge,council,4,,2024-03-18,,,,,,PL3 4QR\n"
                    "WALK-HOME-2,Walk House,council,3,,,2025-09-01,application submitted,,,,PL5 2EF\n"
                    "WALK-BLOCK-1,Walk View (block contract),block,3,,,,,3333.33,2024-10-01,2025-09-30,\n")


@dataclass
class Page:
    """One page of the walk."""
    name: str                  # the screenshot's file name
    path: str                  # the address to open
    role: str | None           # the account to sign in as; None: not signed in
    heading: str               # what the page's h1 must contain (proves the right page came back)
    follow: str | None = None  # a CSS selector: open the first such link on `path` (addresses made from data)
    submit: dict = field(default_factory=dict)  # fields by id (text to type, True to click, an Upload), then submit
    error_focus: bool = False  # the error summary must have the focus once the page has loaded
    code_page: bool = False    # sign in with the password only, stopping at the two-factor code's page
    then: dict = field(default_factory=dict)  # after `submit`, fields to fill on the next page, then submit it
    click: str | None = None   # a CSS selector: press the first such button on `path` (a form of buttons only)


# The walk. Adding a page is one line; Tests/HearthCommandTests/BrowserPageTests.swift checks that every
# page route in RouteAccess.rules is visited by some line here.
PAGES = [
    Page("sign-in", "/login", None, "Sign in to Hearth"),
    Page("sign-in-error", "/login", None, "Sign in to Hearth",
         submit={"username": "nobody", "password": "not the password"}, error_focus=True),
    Page("two-factor", "/login/two-factor", "admin", "Enter your code", code_page=True),
    Page("two-factor-error", "/login/two-factor", "admin", "Enter your code", code_page=True,
         submit={"code": "not a code"}, error_focus=True),
    Page("overview", "/", "admin", "Children in care"),
    Page("overview-read-only", "/", "read-only", "Children in care"),
    Page("overview-uasc", "/?uasc=uasc", "manager", "Children in care"),
    Page("overview-bad-sex", "/?sex=X", "manager", "Children in care", error_focus=True),
    Page("budget", "/budget?period=2024-12", "finance", "Placement budget monitor"),
    Page("budget-read-only", "/budget?period=2024-12", "read-only", "Placement budget monitor"),
    Page("budget-line", "/budget?period=2024-12", "finance", "External Residential",
         follow="main table a[href^='/budget/']"),
    Page("budget-bad-period", "/budget?period=2024-13", "finance", "Placement budget monitor", error_focus=True),
    Page("children", "/children", "admin", "Children"),
    Page("children-search", "/children?q=zzzz-nobody", "admin", "Children"),
    Page("child", "/children", "admin", "Child ", follow="main table a[href^='/children/']"),
    Page("audit", "/audit", "admin", "Audit log"),
    Page("data", "/data", "admin", "Data"),
    Page("data-manager", "/data", "manager", "Data"),
    Page("data-upload-refused", "/data", "finance", "Data",
         submit={"kind-budget": True, "files": BROKEN_BUDGET}, error_focus=True),
    Page("costs-preview", "/data", "finance", "Check the costs register before it is replaced",
         submit={"kind-costs": True, "files": ONE_PLACEMENT}),
    Page("costs-merged", "/data", "finance", "Costs register imported",
         submit={"kind-costs": True, "files": ONE_PLACEMENT}, then={"mode-merge": True}),
    Page("returns-year-check", "/data", "admin", "Check the return year",
         submit={"kind": True, "files": UNDATED_RETURN}),
    Page("homes-preview", "/data", "admin",
         "Check the children's homes and block contracts before they are replaced",
         submit={"kind-homes": True, "files": WALK_HOMES}),
    # Undoes the latest import (each width, one of the two merges above), as an administrator would.
    Page("undo", "/data", "admin", "undone", click="form[action='/data/undo'] button"),
    Page("projection", "/projection", "manager", "Demand projection"),
    Page("projection-read-only", "/projection?method=montecarlo&months=12&seasonal=yes", "read-only",
         "Demand projection"),
    Page("projection-bad-months", "/projection?months=lots", "manager", "Demand projection", error_focus=True),
    Page("projection-group", "/projection?sex=F&age-band=10-15&months=12", "manager", "Demand projection"),
    Page("sufficiency", "/sufficiency", "manager", "Sufficiency: do we have enough of the right homes?"),
    Page("sufficiency-read-only", "/sufficiency", "read-only", "Sufficiency: do we have enough of the right homes?"),
    Page("sufficiency-bad-months", "/sufficiency?months=99&registration-delay=soon", "manager",
         "Sufficiency: do we have enough of the right homes?", error_focus=True),
    Page("fostering", "/fostering", "manager", "Fostering"),
    Page("homes", "/homes", "manager", "Children's homes and block beds"),
    Page("homes-market", "/homes?area=Plymouth", "manager", "Children's homes and block beds"),
    Page("programmes", "/programmes", "manager", "Programmes"),
    Page("programmes-read-only", "/programmes", "read-only", "Programmes"),
    Page("programme", "/programmes/STEPS", "finance", "STEPs"),
    Page("programme-read-only", "/programmes/STEPS", "read-only", "STEPs"),
    # The demo's plans are STEPS-001, STEPS-002, …: the first on the programme's page is opened.
    Page("programme-plan", "/programmes/STEPS", "placements", "Plan STEPS-",
         follow="main table a[href^='/programmes/plans/']"),
    # On hold with no reason: refused (422), the form kept with the problem beside the reason; nothing saved.
    Page("programme-plan-refused", "/programmes/STEPS", "placements", "Plan STEPS-",
         follow="main table a[href^='/programmes/plans/']", submit={"status-on-hold": True}, error_focus=True),
    Page("scenarios", "/scenarios", "manager", "Scenarios"),
    Page("scenarios-read-only", "/scenarios", "read-only", "Scenarios"),
    # The demo saves ExampleScenarios' three in a fresh database, numbered from 1 in the order saved: recruit
    # foster households, then open a home.
    Page("scenarios-compare", "/scenarios/compare?id=1&id=2", "finance", "Scenarios compared"),
    # Open a home with beds "abc": refused (422), the form kept as typed with the problem beside the beds; nothing
    # is run or saved ("Run" is the form's first button).
    Page("scenarios-build-refused", "/scenarios", "placements", "Scenarios",
         submit={"open-home-use": True, "open-home-beds": "abc"}, error_focus=True),
    Page("denied", "/children", "read-only", "You cannot see this page"),
    Page("not-found", "/no-such-page", "admin", "Page not found"),
]


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", default=os.environ.get("HEARTH_BASE_URL", "http://127.0.0.1:8080"))
    parser.add_argument("--account", action="append", default=[], metavar="ROLE=USERNAME",
                        help="the account to sign in as for a role; the password is in HEARTH_BROWSER_PASSWORD")
    parser.add_argument("--totp", action="append", default=[], metavar="ROLE=KEY",
                        help="the authenticator key (base32, as hearth user add prints it) of a role's account")
    parser.add_argument("--out", default=".build/test-artifacts/screenshots",
                        help="folder for the screenshots and results.json (emptied first)")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--chromedriver", default=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    parser.add_argument("--only", action="append", default=[], metavar="NAME", help="walk only these pages")
    arguments = parser.parse_args()
    arguments.accounts = dict(a.split("=", 1) for a in arguments.account)
    arguments.password = os.environ.get("HEARTH_BROWSER_PASSWORD", "")
    arguments.totp = {role: Authenticator(key) for role, key in (a.split("=", 1) for a in arguments.totp)}
    return arguments


def start_browser(arguments):
    # Imported here so that --help works without selenium.
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not try to download a driver
    options = webdriver.ChromeOptions()
    options.binary_location = arguments.chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,900", "--lang=en-GB"):
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(executable_path=arguments.chromedriver))


class Authenticator:
    """An authenticator app: RFC 6238 codes (6 digits, 30-second steps, HMAC-SHA-1) from a base32 key. Hearth
    accepts each step's code once, so a second sign-in within the same 30 seconds takes the next step's code
    (accepted a step early) or waits for it."""

    def __init__(self, key):
        self.secret = base64.b32decode(key.replace(" ", "").upper() + "=" * (-len(key.replace(" ", "")) % 8))
        self.last_step = -1

    def code(self):
        now = int(time.time()) // 30
        step = max(now, self.last_step + 1)
        if step > now + 1:
            time.sleep((step - 1) * 30 - time.time() + 0.5)
        self.last_step = step
        digest = hmac.new(self.secret, struct.pack(">Q", step), hashlib.sha1).digest()
        offset = digest[-1] & 0x0F
        value = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
        return f"{value % 1_000_000:06d}"


def sign_in(driver, base, username, password, authenticator=None, code_page=False):
    """Signs in through the real form, as a person would; for an account with two-factor, gives the
    authenticator's code on the next page (unless the walk wants that page itself)."""
    from selenium.webdriver.common.by import By
    driver.delete_all_cookies()
    driver.get(urljoin(base, "/login"))
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(password)
    submit_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form.stacked-form button[type=submit]"))
    if urlparse(driver.current_url).path == "/login/two-factor" and not code_page:
        if authenticator is None:
            raise RuntimeError(f"{username} needs a two-factor code: give --totp ROLE=KEY")
        driver.find_element(By.ID, "code").send_keys(authenticator.code())
        submit_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form.stacked-form button[type=submit]"))
    if urlparse(driver.current_url).path in ("/login", "/login/two-factor") and not code_page:
        raise RuntimeError(f"could not sign in as {username}: {heading(driver)!r}")


def heading(driver):
    found = driver.execute_script("var h = document.querySelector('h1'); return h ? h.textContent : null;")
    return (found or "").strip()


def open_page(driver, base, page, out):
    """Opens the page (following a link or submitting a form if the page says so)."""
    from selenium.webdriver.common.by import By
    driver.get(urljoin(base, page.path))
    if page.follow:
        links = driver.find_elements(By.CSS_SELECTOR, page.follow)
        if not links:
            raise RuntimeError(f"no link {page.follow!r} on {page.path}")
        driver.get(links[0].get_attribute("href"))
    if page.click:
        buttons = driver.find_elements(By.CSS_SELECTOR, page.click)
        if not buttons:
            raise RuntimeError(f"no button {page.click!r} on {page.path}")
        submit_and_wait(driver, buttons[0])
    for fields in (page.submit, page.then):
        if fields:
            fill_and_submit(driver, fields, out)


def fill_and_submit(driver, fields, out):
    """Fills the fields (by id: text to type, True to click, an Upload) and submits their form."""
    from selenium.webdriver.common.by import By
    if fields:
        form = None
        for element_id, value in fields.items():
            element = driver.find_element(By.ID, element_id)
            form = form or element.find_element(By.XPATH, "./ancestor::form")
            if value is True:
                element.click()
            elif isinstance(value, Upload):
                path = os.path.abspath(os.path.join(out, value.name))
                with open(path, "w", encoding="utf-8") as file:
                    file.write(value.content)
                element.send_keys(path)
            else:
                element.send_keys(value)
        submit_and_wait(driver, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))


def submit_and_wait(driver, button):
    """Clicks a form's button and waits for the next page: a click does not wait for the navigation."""
    from selenium.webdriver.support.wait import WebDriverWait
    button.click()
    WebDriverWait(driver, 15).until(lambda _: is_gone(button))


def is_gone(element):
    """Whether the element's page has been replaced. Chromium answers a question about an element of the
    page it just left either "stale element" or, at times, "node ... does not belong to the document"
    (a DevTools error): both mean the next page has come."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    try:
        element.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise


def screenshot(driver, path):
    """The whole page, not only the window: Chromium's DevTools capture beyond the viewport."""
    size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    clip = {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}
    shot = driver.execute_cdp_cmd("Page.captureScreenshot",
                                  {"format": "png", "captureBeyondViewport": True, "clip": clip})
    with open(path, "wb") as file:
        file.write(base64.b64decode(shot["data"]))


def accessibility_problems(driver):
    """axe-core's violations on the page, serious and critical ones first."""
    from axe_selenium_python import Axe
    axe = Axe(driver)
    axe.inject()
    return axe.run()["violations"]


def error_summary_has_focus(driver):
    return driver.execute_script(
        "var e = document.activeElement; return !!e && e.classList.contains('error-summary');")


# The widths every page is walked at: a desktop and a small phone.
WIDTHS = (1280, 360)


def set_width(driver, width):
    """Makes the viewport `width` CSS pixels wide (device metrics, so the page's media queries see it).
    Not as a "mobile" device: a mobile layout viewport widens to fit content that overflows, which would
    hide the very overflow this walk looks for."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})


def sideways_scroll(driver):
    """How many CSS pixels the page is wider than the window (0 when nothing scrolls sideways), and the
    widest element that sticks out, to say where to look."""
    return driver.execute_script("""
        var over = Math.max(0, document.documentElement.scrollWidth - window.innerWidth), culprit = '';
        if (over > 0) {
            var widest = 0;
            document.querySelectorAll('main *, header *').forEach(function (e) {
                var right = e.getBoundingClientRect().right;
                if (right > window.innerWidth && right > widest && !e.closest('.table-region, .chart')) {
                    widest = right; culprit = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.className && e.className.baseVal === undefined ? '.' + e.className.split(' ').join('.') : '');
                }
            });
        }
        return [over, culprit];""")


def printed_controls(driver):
    """The navigation, forms and buttons still visible when the page is printed."""
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        return driver.execute_script(
            "return Array.from(document.querySelectorAll('nav, form, button'))"
            ".filter(e => e.getClientRects().length > 0).map(e => e.tagName.toLowerCase());")
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def check(driver, arguments, page, width):
    """Walks one page at one width; returns (record for results.json, list of failures)."""
    set_width(driver, width)
    open_page(driver, arguments.base_url, page, arguments.out)
    name, failures = f"{page.name}-{width}", []
    found = heading(driver)
    if page.heading not in found:
        failures.append(f"{name}: the h1 is {found!r}, expected it to contain {page.heading!r}")
    shot = os.path.join(arguments.out, name + ".png")
    screenshot(driver, shot)
    violations = accessibility_problems(driver)
    for violation in violations:
        if violation["impact"] in ("serious", "critical"):
            for node in violation["nodes"]:
                failures.append(f"{name}: {violation['id']} ({violation['impact']}) at "
                                f"{', '.join(node['target'])}: {violation['help']}")
    if page.error_focus and not error_summary_has_focus(driver):
        failures.append(f"{name}: the error summary does not have the focus")
    overflow, culprit = sideways_scroll(driver)
    if width < 640 and overflow > 0:
        failures.append(f"{name}: the page is {overflow} px wider than the {width} px screen ({culprit or '?'})")
    printed = printed_controls(driver) if width == WIDTHS[0] else []
    if printed:
        failures.append(f"{name}: printing it shows {', '.join(sorted(set(printed)))}")
    record = {"name": page.name, "width": width, "role": page.role, "url": driver.current_url,
              "path": urlparse(driver.current_url).path, "heading": found, "screenshot": shot,
              "sideways_scroll": overflow,
              "violations": [{"id": v["id"], "impact": v["impact"], "help": v["help"],
                              "targets": [", ".join(n["target"]) for n in v["nodes"]]} for v in violations]}
    return record, failures


def walk(driver, arguments, pages):
    records, failures, signed_in_as = [], [], ("nobody yet", False)
    for page in pages:
        try:
            if (page.role, page.code_page) != signed_in_as:
                if page.role is None:
                    driver.delete_all_cookies()
                else:
                    sign_in(driver, arguments.base_url, arguments.accounts[page.role], arguments.password,
                            arguments.totp.get(page.role), page.code_page)
                signed_in_as = (page.role, page.code_page)
            for width in WIDTHS:
                record, problems = check(driver, arguments, page, width)
                report(records, failures, record, problems)
        except Exception as error:  # one broken page must not hide the others
            message = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
            report(records, failures, {"name": page.name, "error": message}, [f"{page.name}: {message}"])
            signed_in_as = ("unknown", False)
    return records, failures


def report(records, failures, record, problems):
    records.append(record)
    failures += problems
    minor = [v["id"] for v in record.get("violations", []) if v["impact"] not in ("serious", "critical")]
    label = f"{record['name']}-{record.get('width', '?')}"
    print(f"{'FAIL' if problems else 'ok  '} {label:26} {record.get('url', '')}"
          + (f"  (minor or moderate: {', '.join(minor)})" if minor else ""), flush=True)


def main():
    arguments = parse_arguments()
    pages = [p for p in PAGES if not arguments.only or p.name in arguments.only]
    missing = sorted({p.role for p in pages if p.role and p.role not in arguments.accounts})
    if missing:
        sys.exit(f"no --account for the roles {', '.join(missing)}")
    os.makedirs(arguments.out, exist_ok=True)
    for old in os.listdir(arguments.out):
        if old.endswith((".png", ".csv")) or old == "results.json":
            os.remove(os.path.join(arguments.out, old))
    driver = start_browser(arguments)
    try:
        records, failures = walk(driver, arguments, pages)
    finally:
        driver.quit()
    with open(os.path.join(arguments.out, "results.json"), "w", encoding="utf-8") as file:
        json.dump({"pages": records, "failures": failures}, file, indent=2)
    print(f"{len(records)} page views ({len(pages)} pages at {' and '.join(map(str, WIDTHS))} px), "
          f"screenshots in {arguments.out}")
    if failures:
        print(f"\n{len(failures)} problems:", *failures, sep="\n")
        sys.exit(1)


if __name__ == "__main__":
    main()
