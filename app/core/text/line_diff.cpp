// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/line_diff.h"

#include <QHash>

#include <algorithm>
#include <optional>
#include <vector>

namespace pw {

namespace {

enum class Step { Match, Delete, Insert };

// The steps from a to b (as interned line ids) along a shortest edit script, by Myers' greedy
// algorithm ("An O(ND) Difference Algorithm and Its Variations", 1986): cheap when the texts
// differ in few lines, however long they are. Backtracking needs the furthest-reaching paths of
// every round d, 2d+1 of them, (D+1)² in all for D differing lines; nothing when that would
// exceed `maxCells`.
std::optional<std::vector<Step>> myersSteps(const std::vector<int> &a, const std::vector<int> &b,
                                            qsizetype maxCells)
{
    const int n = int(a.size()), m = int(b.size()), most = n + m;
    const int offset = most + 1;
    std::vector<int> v(size_t(2 * most + 3), 0); // furthest x on diagonal k = x - y, at k + offset
    std::vector<std::vector<int>> trace;         // v on diagonals -d..d before round d
    qsizetype cells = 0;
    int rounds = -1;
    for (int d = 0; d <= most && rounds < 0; ++d) {
        cells += 2 * d + 1;
        if (cells > maxCells)
            return std::nullopt;
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
        for (int k = -d; k <= d; k += 2) {
            const bool down = k == -d || (k != d && v[k - 1 + offset] < v[k + 1 + offset]);
            int x = down ? v[k + 1 + offset] : v[k - 1 + offset] + 1;
            int y = x - k;
            while (x < n && y < m && a[size_t(x)] == b[size_t(y)]) {
                ++x;
                ++y;
            }
            v[k + offset] = x;
            if (x >= n && y >= m) {
                rounds = d;
                break;
            }
        }
    }

    std::vector<Step> steps;
    int x = n, y = m;
    for (int d = rounds; d > 0; --d) {
        const std::vector<int> &before = trace[size_t(d)];
        const auto at = [&before, d](int k) { return before[size_t(k + d)]; };
        const int k = x - y;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const int previousK = down ? k + 1 : k - 1;
        const int previousX = at(previousK), previousY = previousX - previousK;
        // The diagonal run of equal lines after this round's one edit.
        const int runStart = down ? previousX : previousX + 1;
        for (; x > runStart; --x, --y)
            steps.push_back(Step::Match);
        steps.push_back(down ? Step::Insert : Step::Delete);
        x = previousX;
        y = previousY;
    }
    for (; x > 0; --x)
        steps.push_back(Step::Match);
    std::reverse(steps.begin(), steps.end());
    return steps;
}

class RowBuilder {
public:
    RowBuilder(const QStringList &left, const QStringList &right) : m_left(left), m_right(right) {}

    void equal(int leftLine, int rightLine)
    {
        flush();
        m_rows.append({DiffRow::Kind::Equal, leftLine, rightLine, m_left.at(leftLine),
                       m_right.at(rightLine)});
    }
    void removed(int leftLine) { m_removed.append(leftLine); }
    void added(int rightLine) { m_added.append(rightLine); }

    // A run of differences: its lines side by side as far as both sides have them, then the
    // rest of the longer side against nothing.
    void flush()
    {
        const qsizetype paired = std::min(m_removed.size(), m_added.size());
        for (qsizetype k = 0; k < paired; ++k) {
            const int l = m_removed.at(k), r = m_added.at(k);
            // Only a block pairing (too many lines to compare) puts equal lines here.
            const auto kind =
                m_left.at(l) == m_right.at(r) ? DiffRow::Kind::Equal : DiffRow::Kind::Changed;
            m_rows.append({kind, l, r, m_left.at(l), m_right.at(r)});
        }
        for (qsizetype k = paired; k < m_removed.size(); ++k)
            m_rows.append({DiffRow::Kind::OnlyLeft, m_removed.at(k), -1, m_left.at(m_removed.at(k)),
                           QString()});
        for (qsizetype k = paired; k < m_added.size(); ++k)
            m_rows.append({DiffRow::Kind::OnlyRight, -1, m_added.at(k), QString(),
                           m_right.at(m_added.at(k))});
        m_removed.clear();
        m_added.clear();
    }

    QList<DiffRow> take()
    {
        flush();
        return std::move(m_rows);
    }

private:
    const QStringList &m_left;
    const QStringList &m_right;
    QList<DiffRow> m_rows;
    QList<int> m_removed;
    QList<int> m_added;
};

} // namespace

QStringList splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

LineDiff diffLines(const QStringList &left, const QStringList &right, qsizetype maxCells)
{
    const qsizetype n = left.size(), m = right.size();
    qsizetype prefix = 0;
    while (prefix < n && prefix < m && left.at(prefix) == right.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix &&
           left.at(n - 1 - suffix) == right.at(m - 1 - suffix))
        ++suffix;

    LineDiff out;
    RowBuilder rows(left, right);
    for (qsizetype k = 0; k < prefix; ++k)
        rows.equal(int(k), int(k));

    const qsizetype leftCount = n - prefix - suffix, rightCount = m - prefix - suffix;
    // Lines as small integers, so the comparison looks at ints instead of strings.
    QHash<QString, int> ids;
    const auto intern = [&ids](const QStringList &lines, qsizetype from, qsizetype count) {
        std::vector<int> out;
        out.reserve(size_t(count));
        for (qsizetype k = from; k < from + count; ++k) {
            auto it = ids.constFind(lines.at(k));
            if (it == ids.constEnd())
                it = ids.insert(lines.at(k), int(ids.size()));
            out.push_back(it.value());
        }
        return out;
    };
    const std::optional<std::vector<Step>> steps =
        leftCount > 0 && rightCount > 0
            ? myersSteps(intern(left, prefix, leftCount), intern(right, prefix, rightCount),
                         maxCells)
            : std::vector<Step>(); // only insertions or only deletions: nothing to compare
    qsizetype i = prefix, j = prefix;
    if (steps) {
        for (Step step : *steps) {
            switch (step) {
            case Step::Match:
                rows.equal(int(i++), int(j++));
                break;
            case Step::Delete:
                rows.removed(int(i++));
                break;
            case Step::Insert:
                rows.added(int(j++));
                break;
            }
        }
    }
    // Whatever the steps left: the one side that has lines, or both when comparing them line by
    // line was too costly (paired as one block).
    out.exact = steps.has_value();
    for (; i < prefix + leftCount; ++i)
        rows.removed(int(i));
    for (; j < prefix + rightCount; ++j)
        rows.added(int(j));

    for (qsizetype k = 0; k < suffix; ++k)
        rows.equal(int(n - suffix + k), int(m - suffix + k));
    out.rows = rows.take();
    return out;
}

LineDiff diffTexts(const QString &left, const QString &right, qsizetype maxCells)
{
    return diffLines(splitLines(left), splitLines(right), maxCells);
}

} // namespace pw
