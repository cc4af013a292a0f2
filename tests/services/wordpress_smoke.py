#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Smoke tests of the test WordPress (wordpress.sh): the behaviour the site client relies on.

    wordpress_smoke.py discovery|auth|meta

reads the env.json that `wordpress.sh start` writes from $PW_WP_ENV, as the site client's tests
will (the "wordpress" fixture sets it). Each check exits 1 with a message
on the first failure. The expected values are WordPress 6.1's documented behaviour and what
../shared/notes/wordpress-on-loopback.md measured, not this server's output copied back.
"""

import base64
import http.client
import json
import os
import sys
import urllib.parse
import uuid


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def request(method, url, user=None, password=None, body=None):
    """One HTTP request, redirects not followed: (status, headers as a lower-cased dict, bytes)."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    headers = {}
    if user is not None:
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    connection.request(method, target, body=data, headers=headers)
    response = connection.getresponse()
    payload = response.read()
    result = (response.status, {k.lower(): v for k, v in response.getheaders()}, payload)
    connection.close()
    return result


def rest(site, route, query=""):
    """The URL of a REST route that works with any permalink structure."""
    return f"{site['url']}/?rest_route={urllib.parse.quote(route)}" + (f"&{query}" if query else "")


def json_body(status, headers, payload, what):
    check(headers.get("content-type", "").startswith("application/json"),
          f"{what}: content type {headers.get('content-type')!r}, not JSON (status {status})")
    try:
        return json.loads(payload)
    except ValueError as error:
        raise Failure(f"{what}: body is not JSON ({error}): {payload[:200]!r}")


def discovery(env):
    sites = env["sites"]
    check(set(sites) == {"pretty", "plain"}, f"sites {sorted(sites)}")
    check(sites["pretty"]["url"] != sites["plain"]["url"], "both sites on one URL")
    for name, site in sites.items():
        status, headers, payload = request("GET", f"{site['url']}/?rest_route=/")
        check(status == 200, f"{name}: REST root status {status}")
        index = json_body(status, headers, payload, f"{name}: REST root")
        check("wp/v2" in index.get("namespaces", []), f"{name}: no wp/v2 namespace")
        check(index.get("home") == site["url"], f"{name}: home {index.get('home')!r}")
        # Application Passwords are offered over plain http only in a "local" environment.
        check("application-passwords" in index.get("authentication", {}),
              f"{name}: Application Passwords not available")

        # Discovery: the Link header on HEAD / names the API root.
        status, headers, _ = request("HEAD", f"{site['url']}/")
        check(status == 200, f"{name}: HEAD / status {status}")
        link = headers.get("link", "")
        check('rel="https://api.w.org/"' in link, f"{name}: no api.w.org Link header: {link!r}")

    pretty, plain = sites["pretty"], sites["plain"]
    link = request("HEAD", f"{pretty['url']}/")[1]["link"]
    check(f"<{pretty['url']}/wp-json/>" in link, f"pretty: Link {link!r}")
    link = request("HEAD", f"{plain['url']}/")[1]["link"]
    check(f"<{plain['url']}/index.php?rest_route=/>" in link, f"plain: Link {link!r}")

    # Pretty permalinks: /wp-json/ is the API.
    status, headers, payload = request("GET", f"{pretty['url']}/wp-json/")
    check(status == 200, f"pretty: /wp-json/ status {status}")
    json_body(status, headers, payload, "pretty: /wp-json/")
    # The trap: with plain permalinks /wp-json/ is the HTML front page, status 200.
    status, headers, payload = request("GET", f"{plain['url']}/wp-json/")
    check(status == 200, f"plain: /wp-json/ status {status} (expected the front page, 200)")
    check(headers.get("content-type", "").startswith("text/html"),
          f"plain: /wp-json/ content type {headers.get('content-type')!r}, expected text/html")


def auth(env):
    can_post_unfiltered = {"administrator": True, "editor": True, "author": False}
    for name, site in env["sites"].items():
        me = rest(site, "/wp/v2/users/me", "context=edit")
        users = site["users"]
        check(set(users) == {"admin", "editor", "author"}, f"{name}: users {sorted(users)}")
        for login, user in users.items():
            status, headers, payload = request("GET", me, user["name"], user["application_password"])
            answer = json_body(status, headers, payload, f"{name}/{login}: users/me")
            check(status == 200, f"{name}/{login}: users/me status {status}: {answer}")
            check(answer.get("slug") == login, f"{name}/{login}: slug {answer.get('slug')!r}")
            check(answer.get("roles") == [user["role"]], f"{name}/{login}: roles {answer.get('roles')}")
            caps = answer.get("capabilities", {})
            check(bool(caps.get("unfiltered_html")) == can_post_unfiltered[user["role"]],
                  f"{name}/{login}: unfiltered_html {caps.get('unfiltered_html')!r}")
            # Spaces in the Application Password are optional.
            status = request("GET", me, user["name"], user["application_password"].replace(" ", ""))[0]
            check(status == 200, f"{name}/{login}: password without spaces: status {status}")

        admin = users["admin"]
        # A wrong password must be refused where it matters ...
        status, headers, payload = request("GET", me, admin["name"], "abcd efgh ijkl mnop qrst uvwx")
        answer = json_body(status, headers, payload, f"{name}: wrong password")
        check(status == 401, f"{name}: wrong password gave status {status}: {answer}")
        # ... and the login password is no Application Password.
        status = request("GET", me, admin["name"], admin["password"])[0]
        check(status == 401, f"{name}: login password over REST gave status {status}")
        status = request("GET", me)[0]
        check(status == 401, f"{name}: no credentials gave status {status}")
        # ... while a public endpoint serves the wrong password as anonymous: proves nothing.
        status = request("GET", rest(site, "/wp/v2/posts"), admin["name"], "wrong")[0]
        check(status == 200, f"{name}: public endpoint with a wrong password: status {status}")


def meta(env):
    for name, site in env["sites"].items():
        posts = rest(site, "/wp/v2/posts")
        for login in ("editor", "author"):
            user = site["users"][login]
            credentials = (user["name"], user["application_password"])
            marker = uuid.uuid4().hex
            description = f"Meta description from the smoke test ({login}) – {marker}"
            status, headers, payload = request("POST", posts, *credentials, body={
                "title": f"Smoke test {marker}", "content": "<p>Body</p>", "status": "draft",
                "meta": {"_yoast_wpseo_metadesc": description,
                         "rank_math_description": description + " (Rank Math)",
                         "unregistered_key": "ignored"}})
            created = json_body(status, headers, payload, f"{name}/{login}: create draft")
            check(status == 201, f"{name}/{login}: create draft status {status}: {created}")
            post_id = created["id"]
            try:
                check(created.get("status") == "draft", f"{name}/{login}: status {created.get('status')}")
                # Read back in a separate request: what the server stored, not what it echoed.
                status, headers, payload = request(
                    "GET", rest(site, f"/wp/v2/posts/{post_id}", "context=edit"), *credentials)
                stored = json_body(status, headers, payload, f"{name}/{login}: read back")
                check(status == 200, f"{name}/{login}: read back status {status}")
                stored_meta = stored.get("meta") or {}  # PHP's empty array is a JSON list
                check(isinstance(stored_meta, dict), f"{name}/{login}: meta {stored_meta!r}")
                check(stored_meta.get("_yoast_wpseo_metadesc") == description,
                      f"{name}/{login}: Yoast description stored as {stored_meta.get('_yoast_wpseo_metadesc')!r}")
                check(stored_meta.get("rank_math_description") == description + " (Rank Math)",
                      f"{name}/{login}: Rank Math description {stored_meta.get('rank_math_description')!r}")
                check("unregistered_key" not in stored_meta, f"{name}/{login}: unregistered key kept")
                check(stored.get("title", {}).get("raw") == f"Smoke test {marker}",
                      f"{name}/{login}: title {stored.get('title')}")
            finally:
                status = request("DELETE", rest(site, f"/wp/v2/posts/{post_id}", "force=true"),
                                 *credentials)[0]
                check(status == 200, f"{name}/{login}: deleting post {post_id}: status {status}")


def main():
    checks = {"discovery": discovery, "auth": auth, "meta": meta}
    if len(sys.argv) != 2 or sys.argv[1] not in checks or "PW_WP_ENV" not in os.environ:
        print(f"usage: PW_WP_ENV=.../env.json {sys.argv[0]} {'|'.join(checks)}", file=sys.stderr)
        return 2
    with open(os.environ["PW_WP_ENV"], encoding="utf-8") as f:
        env = json.load(f)
    try:
        checks[sys.argv[1]](env)
    except Failure as failure:
        print(f"FAIL {sys.argv[1]}: {failure}", file=sys.stderr)
        return 1
    print(f"PASS {sys.argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
