// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/spelling/spelling_run.h"

#include "core/spelling/spell_checker.h"

namespace pw::gui {

namespace {

// A piece is reported after this many words were looked up afresh (cache hits are nearly
// free): a few milliseconds of hunspell, so underlines appear soon after opening a big post.
constexpr int kWordsPerChunk = 1500;

QString cacheKey(QStringView line, const QList<TextRange> &ranges)
{
    QString key;
    key.reserve(line.size() + 1 + ranges.size() * 8);
    for (const TextRange &range : ranges)
        key += QString::number(range.start) + QLatin1Char(',') + QString::number(range.length) +
               QLatin1Char(';');
    key += QChar(0x1f);
    key += line;
    return key;
}

} // namespace

void runSpelling(QPromise<SpellingChunk> &promise, const SpellingRunInput &input)
{
    SpellingChunk first;
    std::shared_ptr<SpellChecker> checker = input.checker;
    if (!checker) {
        SpellCheckerOptions options;
        options.language = input.language;
        options.personalWords = input.personalWords;
        checker = SpellChecker::create(options, &first.error);
        if (!checker) {
            first.last = true;
            promise.addResult(first);
            return;
        }
        first.checker = checker;
    }
    SpellingLineCache &cache = *input.cache;
    const QString &body = input.snapshot->body;
    const QList<TextRange> &prose = input.snapshot->proseRanges;

    SpellingLineCache seen; // this run's lines: the cache keeps only those
    SpellingChunk chunk = first;
    qsizetype rangeIndex = 0;
    int freshWords = 0;
    int line = 0;
    for (qsizetype lineStart = 0; lineStart <= body.size(); ++line) {
        if (promise.isCanceled()) {
            cache.insert(seen);
            return;
        }
        qsizetype lineEnd = body.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = body.size();
        QList<TextRange> ranges; // relative to the line
        while (rangeIndex < prose.size() && prose[rangeIndex].start < lineEnd) {
            const TextRange &r = prose[rangeIndex++];
            if (r.start >= lineStart)
                ranges.append({r.start - lineStart, std::min(r.length, lineEnd - r.start)});
        }
        if (!ranges.isEmpty()) {
            const QStringView text = QStringView(body).mid(lineStart, lineEnd - lineStart);
            const QString key = cacheKey(text, ranges);
            auto it = cache.constFind(key);
            QList<SpellingMark> marks;
            if (it != cache.cend()) {
                marks = it.value();
            } else {
                const QString lineText = text.toString();
                for (const Misspelling &m : checker->check(lineText, ranges))
                    marks.append({0, int(m.range.start), int(m.range.length), m.word});
                freshWords += int(lineText.size() / 6) + 1;
            }
            seen.insert(key, marks);
            for (SpellingMark &mark : marks) {
                mark.line = line;
                chunk.marks.append(mark);
            }
        }
        lineStart = lineEnd + 1;
        if (freshWords >= kWordsPerChunk) {
            chunk.endLine = line + 1;
            promise.addResult(chunk);
            chunk = SpellingChunk{};
            chunk.firstLine = line + 1;
            freshWords = 0;
        }
    }
    for (const QString &field : input.metadata) {
        for (const Misspelling &m : checker->checkText(field))
            chunk.metadataWords.append(m.word);
    }
    cache.swap(seen);
    chunk.endLine = std::max(line, chunk.firstLine);
    chunk.last = true;
    promise.addResult(chunk);
}

} // namespace pw::gui
