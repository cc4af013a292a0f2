// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/spelling/document_spelling.h"

#include "core/spelling/personal_dictionary.h"
#include "core/spelling/post_language.h"
#include "core/spelling/spell_checker.h"
#include "core/spelling/word_lists.h"
#include "gui/document/document.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextBlock>
#include <QTextCursor>
#include <QtConcurrent>

#include <algorithm>
#include <limits>

namespace pw::gui {

namespace {

constexpr int kAllLines = std::numeric_limits<int>::max();

QDateTime stampOf(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.lastModified() : QDateTime();
}

QList<SpellingMark>::const_iterator firstMarkOnOrAfter(const QList<SpellingMark> &marks, int line)
{
    return std::lower_bound(marks.cbegin(), marks.cend(), line,
                            [](const SpellingMark &m, int l) { return m.line < l; });
}

} // namespace

DocumentSpelling::DocumentSpelling(Document *document, QObject *parent)
    : QObject(parent), m_document(document), m_lineCache(std::make_shared<SpellingLineCache>())
{
    m_language = postLanguage(m_document->metadata());
    if (m_language.isEmpty())
        m_language = defaultSpellingLanguage();
    m_personalStamp = stampOf(PersonalDictionary::defaultPath());
    connect(&m_watcher, &QFutureWatcher<SpellingChunk>::resultReadyAt, this,
            &DocumentSpelling::chunkReady);
    connect(&m_watcher, &QFutureWatcher<SpellingChunk>::finished, this,
            &DocumentSpelling::runFinished);
    connect(m_document, &Document::metadataChanged, this,
            &DocumentSpelling::followDocumentLanguage);
    // A file in another folder may belong to another site, with other words.
    connect(m_document, &Document::filePathChanged, this,
            [this, wordsFile = siteWordsFile(m_document->filePath())](const QString &path) mutable {
                const QString now = siteWordsFile(path);
                if (now == wordsFile)
                    return;
                wordsFile = now;
                if (m_checker)
                    recheckAll();
            });
}

DocumentSpelling::~DocumentSpelling()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void DocumentSpelling::followDocumentLanguage()
{
    // A loaded file (or an undo in the panel) may name another language.
    const QString language = postLanguage(m_document->metadata());
    if (!language.isEmpty() && language != m_language) {
        m_language = language;
        recheckAll();
    } else if (m_snapshot) {
        // Title, description or tags changed: their words are checked with the next run.
        m_pending = true;
        if (!m_running)
            start();
    }
}

void DocumentSpelling::setLanguage(const QString &language)
{
    Post metadata = m_document->metadata();
    setPostLanguage(metadata, language);
    m_language = postLanguage(metadata);
    if (metadata != m_document->metadata())
        m_document->setMetadata(metadata);
    recheckAll();
}

void DocumentSpelling::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (m_enabled) {
        recheckAll();
    } else {
        m_watcher.cancel();
        m_marks.clear();
        m_metadataWords.clear();
        m_error.clear();
        marksChangedEverywhere();
        emit statusChanged();
    }
}

void DocumentSpelling::recheckAll()
{
    m_checker.reset();
    m_lineCache = std::make_shared<SpellingLineCache>();
    m_marks.clear();
    m_metadataWords.clear();
    m_error.clear();
    marksChangedEverywhere();
    emit statusChanged();
    m_pending = true;
    if (m_running)
        m_watcher.cancel(); // runFinished() starts the new run
    else
        start();
}

void DocumentSpelling::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    m_pending = true;
    if (m_running)
        m_watcher.cancel(); // finished lines stay cached; runFinished() starts again
    else
        start();
}

void DocumentSpelling::start()
{
    if (!m_pending || !m_snapshot || !m_enabled)
        return;
    m_pending = false;
    // Words added by another window or the CLI since the dictionary was loaded.
    const QString personalPath = PersonalDictionary::defaultPath();
    const QDateTime stamp = stampOf(personalPath);
    if (stamp != m_personalStamp) {
        m_personalStamp = stamp;
        PersonalDictionary personal(personalPath);
        personal.load();
        if (m_checker) {
            for (const QString &word : personal.words())
                m_checker->addWord(word);
        }
        m_lineCache->clear();
    }
    if (!m_forgetWords.isEmpty()) {
        m_lineCache->removeIf([this](const auto &entry) {
            return std::any_of(
                entry.value().begin(), entry.value().end(),
                [this](const SpellingMark &m) { return m_forgetWords.contains(m.word); });
        });
        m_forgetWords.clear();
    }
    SpellingRunInput input;
    input.snapshot = m_snapshot;
    input.language = m_language;
    input.checker = m_checker;
    input.cache = m_lineCache;
    if (!m_checker) {
        PersonalDictionary personal(personalPath);
        personal.load();
        // The site's shared list (.postwright/words.txt) is the writer's own words too.
        input.personalWords = personal.words() + siteWords(m_document->filePath());
    }
    const Post &metadata = m_document->metadata();
    input.metadata = QStringList{metadata.title, metadata.metaDescription} + metadata.tags;
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run(runSpelling, input));
}

void DocumentSpelling::chunkReady(int index)
{
    QElapsedTimer timer;
    timer.start();
    SpellingChunk chunk = m_watcher.resultAt(index);
    if (!chunk.error.isEmpty()) {
        m_error = chunk.error;
        m_marks.clear();
        marksChangedEverywhere();
        emit statusChanged();
        return;
    }
    m_error.clear();
    if (chunk.checker)
        m_checker = chunk.checker;
    // The worker knows nothing of ignored words (its cache is keyed by text alone): they are
    // left out here.
    const auto ignored = [this](const SpellingMark &m) { return m_ignored.contains(m.word); };
    if (!m_ignored.isEmpty()) {
        chunk.marks.removeIf(ignored);
        chunk.metadataWords.removeIf([this](const QString &w) { return m_ignored.contains(w); });
    }
    // Replace this piece's lines; lines past the end of the last piece are gone.
    const qsizetype from = firstMarkOnOrAfter(m_marks, chunk.firstLine) - m_marks.cbegin();
    const qsizetype to =
        chunk.last ? m_marks.size() : firstMarkOnOrAfter(m_marks, chunk.endLine) - m_marks.cbegin();
    m_marks.remove(from, to - from);
    m_marks.insert(from, chunk.marks.size(), SpellingMark{});
    std::copy(chunk.marks.cbegin(), chunk.marks.cend(), m_marks.begin() + from);
    if (chunk.last)
        m_metadataWords = chunk.metadataWords;
    emit marksChanged(chunk.firstLine, chunk.last ? kAllLines : chunk.endLine);
    emit statusChanged();
    m_lastApplyMs = double(timer.nsecsElapsed()) / 1e6;
}

void DocumentSpelling::runFinished()
{
    m_running = false;
    start();
}

std::span<const SpellingMark> DocumentSpelling::marksOnLines(int firstLine, int endLine) const
{
    const qsizetype from = firstMarkOnOrAfter(m_marks, firstLine) - m_marks.cbegin();
    const qsizetype to = firstMarkOnOrAfter(m_marks, endLine) - m_marks.cbegin();
    return {m_marks.constData() + from, size_t(std::max(from, to) - from)};
}

QStringList DocumentSpelling::suggestions(const QString &word, int max) const
{
    return m_checker ? m_checker->suggestions(word, max) : QStringList();
}

void DocumentSpelling::replaceMisspelling(const QTextCursor &word, const QString &replacement)
{
    QTextCursor edit = word;
    const int line = edit.block().blockNumber();
    edit.beginEditBlock();
    edit.insertText(replacement);
    edit.endEditBlock();
    // The fixed word loses its underline now, not when the next check arrives.
    emit marksChanged(line, line + 1);
    emit statusChanged();
}

void DocumentSpelling::addToDictionary(const QString &word)
{
    PersonalDictionary personal;
    personal.load();
    QString error;
    if (!personal.add(word, &error)) {
        m_error = error;
        emit statusChanged();
    }
    m_personalStamp = stampOf(personal.path());
    if (m_checker)
        m_checker->addWord(word);
    // Other lines with the word: drop their marks now; the cache forgets them too.
    m_marks.removeIf([&](const SpellingMark &m) { return m.word == word; });
    m_metadataWords.removeAll(word);
    m_forgetWords.append(word); // cached lines with the word are checked again
    marksChangedEverywhere();
    emit statusChanged();
}

void DocumentSpelling::ignoreAll(const QString &word)
{
    m_ignored.insert(word);
    m_marks.removeIf([&](const SpellingMark &m) { return m.word == word; });
    m_metadataWords.removeAll(word);
    marksChangedEverywhere();
    emit statusChanged();
}

void DocumentSpelling::marksChangedEverywhere()
{
    emit marksChanged(0, kAllLines);
}

} // namespace pw::gui
