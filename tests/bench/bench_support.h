// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the benchmarks share: the inputs (seed 000's body, a generated ~200 KB post with every
// construct the editor handles) and the figures (median and p95 over repeated runs).

#include "../test_support.h"
#include "core/formats/post_reader.h"

#include <QElapsedTimer>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace pw::bench {

inline double clockMs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// CPU time of the calling thread: on a shared machine, wall time mostly measures neighbours.
inline double threadCpuMs() { return clockMs(CLOCK_THREAD_CPUTIME_ID); }
// CLOCK_MONOTONIC, the clock the editor's start-up trace (POSTWRIGHT_TRACE_STARTUP) uses.
inline double wallMs() { return clockMs(CLOCK_MONOTONIC); }

inline constexpr int warmUpRuns = 3;
inline constexpr int measuredRuns = 50;

inline QString seedBody()
{
    const QByteArray bytes = test::seedBytes("000");
    const PostReadResult result = readPostBytes(bytes);
    return result.post ? result.post->body : QString::fromUtf8(bytes);
}

// One varied section of a long post: every construct the highlighter and preview handle.
inline QString section(int n)
{
    const QString i = QString::number(n);
    return QStringLiteral(
               "## Section %1: choosing a *framework* for **project %1**\n\n"
               "Django and Flask are both mature. In project %1 we’ll compare routing, "
               "templating and the ORM, with `pip install flask==%1.0` as a start. See "
               "[the docs](https://example.com/docs/%1 \"Docs\") or https://www.example.org/%1 "
               "for details, and ~~ignore~~ the old advice about <kbd>Ctrl</kbd>+<kbd>C</kbd>.\n"
               "A second line of the same paragraph keeps going with more words to read, "
               "so that the prose is long enough to matter for spelling and statistics.\n\n"
               "- [x] Install the toolchain for step %1\n"
               "- [ ] Configure the *database* and run migrations\n"
               "  1. Create the schema\n"
               "  2. Load the fixtures from `data/%1.json`\n\n"
               "> A quote about **maintainability** that spans\n"
               "> two lines and mentions ![a chart](img/chart-%1.png).\n\n"
               "| Feature | Django | Flask |\n"
               "|:--|:-:|--:|\n"
               "| ORM | built in | SQLAlchemy |\n"
               "| Admin | yes | extension %1 |\n\n"
               "```python\n"
               "def view_%1(request):\n"
               "    return render(request, \"page.html\", {\"n\": %1})\n"
               "```\n\n"
               "Ünïcödé text with emoji 🙂 and accents café, naïve, résumé keeps columns "
               "honest.\n\n"
               "Most of a real post is plain prose, so here is more of it. Teams that pick a "
               "framework early tend to live with that choice for years, which is why the "
               "decision deserves a careful look at the community, the documentation, the pace "
               "of releases and the kind of problems the team will face. A small service with "
               "a handful of endpoints has different needs than a content site with editors, "
               "permissions and a back office, and neither of them should be forced into a "
               "shape that does not fit. Write down what matters, test the top two options on "
               "a real feature, and measure how long it takes to get something useful in front "
               "of users before you commit to either of them for the long run.\n\n"
               "---\n\n")
        .arg(i);
}

inline QString generatedBody(qsizetype targetBytes)
{
    QString body = QStringLiteral("# A long generated post\n\n");
    for (int n = 1; body.toUtf8().size() < targetBytes; ++n)
        body += section(n);
    return body;
}

// A post of prose with 30 fenced code blocks in five languages (python, cpp, js, bash, yaml;
// 8 to 40 lines each): what code colouring adds to every analysis. Deterministic: each block
// is built from its language's header and units (with the block's number in the names, so no
// two blocks are alike), topped up with one-line statements to its length.
namespace detail {

struct CodeLanguage {
    const char *fence;
    const char *header;
    const char *units[3]; // "%1" is the block's number
    const char *filler;   // "%1" the block's number, "%2" the line's
};

inline const CodeLanguage &codeLanguage(int index)
{
    static const CodeLanguage languages[] = {
        {"python",
         "import json\nimport logging\nfrom pathlib import Path\n\nlog = "
         "logging.getLogger(__name__)\n\n",
         {"def load_config_%1(path: Path) -> dict:\n"
          "    \"\"\"Read the settings file, falling back to defaults.\"\"\"\n"
          "    if not path.exists():\n"
          "        log.warning(\"no config at %s, using defaults\", path)\n"
          "        return {\"retries\": 3, \"timeout\": 2.5}\n"
          "    with path.open(encoding=\"utf-8\") as handle:\n"
          "        return json.load(handle)\n\n",
          "class RetryPolicy%1:\n"
          "    def __init__(self, attempts=3, backoff=0.5):\n"
          "        self.attempts = attempts\n"
          "        self.backoff = backoff\n\n"
          "    def delays(self):\n"
          "        return [self.backoff * 2 ** i for i in range(self.attempts)]\n\n",
          "@app.route(\"/api/items/<int:item_id>\")\n"
          "def get_item_%1(item_id):\n"
          "    item = Item.query.get_or_404(item_id)\n"
          "    return jsonify(id=item.id, name=item.name, tags=[t.name for t in item.tags])\n\n"},
         "print(f\"step %2: {summarise(results_%1[%2])!r}\")  # block %1\n"},
        {"cpp",
         "#include <algorithm>\n#include <cmath>\n#include <iostream>\n#include <string>\n"
         "#include <vector>\n\n",
         {"struct Point%1 {\n"
          "    double x = 0;\n"
          "    double y = 0;\n"
          "    double length() const { return std::hypot(x, y); }\n"
          "};\n\n",
          "template <typename T>\n"
          "std::vector<T> topN%1(std::vector<T> items, std::size_t n)\n"
          "{\n"
          "    std::sort(items.begin(), items.end(), std::greater<>());\n"
          "    if (items.size() > n)\n"
          "        items.resize(n);\n"
          "    return items;\n"
          "}\n\n",
          "int main%1(int argc, char **argv)\n"
          "{\n"
          "    const std::vector<std::string> args(argv + 1, argv + argc);\n"
          "    for (const auto &arg : args)\n"
          "        std::cout << \"argument: \" << arg << '\\n';\n"
          "    return args.empty() ? 1 : 0;\n"
          "}\n\n"},
         "constexpr int kLimit%1_%2 = %2 * 64; // 0x%2f\n"},
        {"js",
         "import { readFile } from 'node:fs/promises';\n\n",
         {"export async function fetchJson%1(url, options = {}) {\n"
          "  const response = await fetch(url, { ...options, headers: { Accept: 'application/json' "
          "} });\n"
          "  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);\n"
          "  return response.json();\n"
          "}\n\n",
          "const debounce%1 = (fn, ms) => {\n"
          "  let timer = null;\n"
          "  return (...args) => {\n"
          "    clearTimeout(timer);\n"
          "    timer = setTimeout(() => fn(...args), ms);\n"
          "  };\n"
          "};\n\n",
          "document.querySelectorAll('pre code').forEach((block, index) => {\n"
          "  block.dataset.index = String(index + %1);\n"
          "  block.addEventListener('click', () => "
          "navigator.clipboard.writeText(block.textContent));\n"
          "});\n\n"},
         "console.log('step %2', items%1.filter((x) => x.score > %2).length); // %2 of %1\n"},
        {"bash",
         "#!/usr/bin/env bash\nset -euo pipefail\n\n",
         {"backup_dir=\"/var/backups/site-%1\"\n"
          "mkdir -p \"$backup_dir\"\n"
          "tar -czf \"$backup_dir/$(date +%F).tar.gz\" -C /srv/www .\n\n",
          "for file in content/posts-%1/*.md; do\n"
          "  if grep -q '^draft: true' \"$file\"; then\n"
          "    echo \"skipping draft: $file\"\n"
          "    continue\n"
          "  fi\n"
          "  hugo new --kind post \"$(basename \"$file\")\"\n"
          "done\n\n",
          "deploy_%1() {\n"
          "  local target=\"$1\"\n"
          "  rsync -az --delete public/ \"deploy@${target}:/srv/www/\"\n"
          "  ssh \"deploy@${target}\" 'sudo systemctl reload nginx'\n"
          "}\n\n"},
         "echo \"step %2 of %1: $(wc -l < build-%2.log) lines\" >> \"$log_file\"\n"},
        {"yaml",
         "# site configuration\nbaseURL: https://example.org/\nlanguageCode: en-gb\n\n",
         {"build:\n"
          "  command: npm run build\n"
          "  publish: public\n"
          "  environment:\n"
          "    NODE_VERSION: \"20\"\n"
          "    HUGO_VERSION: \"0.121.%1\"\n\n",
          "jobs:\n"
          "  test-%1:\n"
          "    runs-on: ubuntu-latest\n"
          "    steps:\n"
          "      - uses: actions/checkout@v4\n"
          "      - name: Run the tests\n"
          "        run: make test\n\n",
          "menu:\n"
          "  main:\n"
          "    - name: Posts\n"
          "      url: /posts-%1/\n"
          "      weight: 10\n"
          "    - name: About\n"
          "      url: /about/\n"
          "      weight: 20\n\n"},
         "option_%1_%2: {enabled: true, weight: %2, label: \"Option %2\"}\n"},
    };
    return languages[index % 5];
}

inline QString codeBlock(int n, int lines)
{
    const CodeLanguage &language = codeLanguage(n);
    const auto lineCount = [](const QString &text) { return int(text.count(QLatin1Char('\n'))); };
    QString code = QString::fromUtf8(language.header);
    for (int u = 0; u < 3; ++u) {
        const QString unit = QString::fromUtf8(language.units[(u + n) % 3]).arg(n);
        if (lineCount(code) + lineCount(unit) > lines)
            continue;
        code += unit;
    }
    while (lineCount(code) > lines) // a header longer than the block: cut it
        code.truncate(code.lastIndexOf(QLatin1Char('\n'), -2) + 1);
    for (int k = 1; lineCount(code) < lines; ++k)
        code += QString::fromUtf8(language.filler).arg(n).arg(k);
    return QStringLiteral("```%1\n%2```\n\n").arg(QString::fromUtf8(language.fence), code);
}

} // namespace detail

inline constexpr int codePostBlocks = 30;

inline QString codePostBody()
{
    QString body = QStringLiteral("# Thirty snippets from a deployment pipeline\n\n");
    for (int n = 0; n < codePostBlocks; ++n) {
        if (n % 6 == 0)
            body +=
                QStringLiteral("## Part %1: from the repository to the server\n\n").arg(n / 6 + 1);
        body +=
            QStringLiteral(
                "Step %1 of the pipeline is short, but it is where most teams lose an afternoon. "
                "The snippet below is the version we settled on after the *third* rewrite: it "
                "reads its settings from one place, says what it is doing, and fails loudly "
                "instead of carrying on with half a configuration. Run it by hand once before "
                "you wire it into the build, and keep an eye on the `log` it writes.\n\n")
                .arg(n + 1);
        // 8 to 40 lines, spread over the range without a pattern a reader would notice.
        body += detail::codeBlock(n, 8 + (n * 13) % 33);
        if (n % 2 == 1)
            body += QStringLiteral(
                "What matters here is less the code than the order: settings first, then the "
                "work, then a check that the work happened. A [later section](#checks) shows how "
                "the checks report back, and why **every** step exits with a status of its "
                "own.\n\n");
    }
    return body;
}

struct Figures {
    double median = 0;
    double p95 = 0;
};

// Median and p95 of a list of samples (in any unit); the list is sorted in place.
inline Figures percentiles(std::vector<double> &samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples[std::min(samples.size() - 1, size_t(q * double(samples.size())))];
    };
    return {at(0.5), at(0.95)};
}

inline Figures time(const std::function<void()> &work)
{
    for (int i = 0; i < warmUpRuns; ++i)
        work();
    std::vector<double> ms;
    for (int i = 0; i < measuredRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return percentiles(ms);
}

} // namespace pw::bench
