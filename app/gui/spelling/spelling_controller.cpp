#include "gui/spelling/spelling_controller.h"

#include "core/spelling/personal_dictionary.h"
#include "core/spelling/post_language.h"
#include "core/spelling/spell_checker.h"
#include "gui/document/document.h"
#include "gui/editor/markdown_editor.h"

#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMenu>
#include <QPromise>
#include <QTextBlock>
#include <QTextDocument>
#include <QtConcurrent>

namespace pw::gui {

namespace {

// A piece is reported after this many words were looked up afresh (cache hits are nearly
// free): a few milliseconds of hunspell, so underlines appear soon after opening a big post.
constexpr int kWordsPerChunk = 1500;
// Lines above the viewport's top that carry underlines; twice as many below it.
constexpr int kLinesAround = 150;

struct RunInput {
    SnapshotPtr snapshot;
    QString language;
    std::shared_ptr<SpellChecker> checker; // null: load the dictionary first
    QStringList personalWords;
    std::shared_ptr<QHash<QString, QList<SpellingMark>>> cache;
    QStringList metadata; // title, meta description, tags
};

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

void run(QPromise<SpellingChunk> &promise, const RunInput &input)
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
    auto &cache = *input.cache;
    const QString &body = input.snapshot->body;
    const QList<TextRange> &prose = input.snapshot->proseRanges;

    QHash<QString, QList<SpellingMark>> seen; // this run's lines: the cache keeps only those
    SpellingChunk chunk = first;
    qsizetype rangeIndex = 0;
    int freshWords = 0;
    int line = 0;
    for (qsizetype lineStart = 0; lineStart <= body.size(); ++line) {
        if (promise.isCanceled())
            return;
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
                for (const Misspelling &m : checker->check(lineText, ranges)) {
                    marks.append({0, int(m.range.start), int(m.range.length), m.word});
                }
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

QDateTime stampOf(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.lastModified() : QDateTime();
}

} // namespace

SpellingController::SpellingController(MarkdownEditor *editor, Document *document, QObject *parent)
    : QObject(parent), m_editor(editor), m_document(document),
      m_lineCache(std::make_shared<QHash<QString, QList<SpellingMark>>>())
{
    m_language = postLanguage(m_document->metadata());
    if (m_language.isEmpty())
        m_language = defaultSpellingLanguage();
    m_personalStamp = stampOf(PersonalDictionary::defaultPath());
    connect(&m_watcher, &QFutureWatcher<SpellingChunk>::resultReadyAt, this,
            &SpellingController::chunkReady);
    connect(&m_watcher, &QFutureWatcher<SpellingChunk>::finished, this,
            &SpellingController::runFinished);
    connect(m_document, &Document::metadataChanged, this,
            &SpellingController::followDocumentLanguage);
    m_editor->viewport()->installEventFilter(this);
    // updateRequest's dy, not the scroll bar: QPlainTextEdit moves the bar with signals
    // blocked when the cursor scrolls the text (Page Down, Ctrl+End, typing).
    connect(m_editor, &QPlainTextEdit::updateRequest, this, [this](const QRect &, int dy) {
        if (dy == 0)
            return;
        const int top = m_editor->cursorForPosition(QPoint(0, 0)).blockNumber();
        if (top < m_coveredFrom + kLinesAround / 3 || top > m_coveredTo - kLinesAround)
            rebuildSelections();
    });
}

SpellingController::~SpellingController()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void SpellingController::followDocumentLanguage()
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

void SpellingController::setLanguage(const QString &language)
{
    Post metadata = m_document->metadata();
    setPostLanguage(metadata, language);
    m_language = postLanguage(metadata);
    if (metadata != m_document->metadata())
        m_document->setMetadata(metadata);
    recheckAll();
}

void SpellingController::setEnabled(bool enabled)
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
        rebuildSelections();
    }
}

void SpellingController::recheckAll()
{
    m_checker.reset();
    m_lineCache = std::make_shared<QHash<QString, QList<SpellingMark>>>();
    m_marks.clear();
    m_metadataWords.clear();
    m_error.clear();
    rebuildSelections();
    emit statusChanged();
    m_pending = true;
    if (m_running)
        m_watcher.cancel(); // runFinished() starts the new run
    else
        start();
}

void SpellingController::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    m_pending = true;
    if (m_running)
        m_watcher.cancel(); // finished lines stay cached; runFinished() starts again
    else
        start();
}

void SpellingController::start()
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
    RunInput input;
    input.snapshot = m_snapshot;
    input.language = m_language;
    input.checker = m_checker;
    input.cache = m_lineCache;
    if (!m_checker) {
        PersonalDictionary personal(personalPath);
        personal.load();
        input.personalWords = personal.words();
    }
    const Post &metadata = m_document->metadata();
    input.metadata = QStringList{metadata.title, metadata.metaDescription} + metadata.tags;
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run(run, input));
}

void SpellingController::chunkReady(int index)
{
    QElapsedTimer timer;
    timer.start();
    const SpellingChunk chunk = m_watcher.resultAt(index);
    if (!chunk.error.isEmpty()) {
        m_error = chunk.error;
        m_marks.clear();
        rebuildSelections();
        emit statusChanged();
        return;
    }
    m_error.clear();
    if (chunk.checker)
        m_checker = chunk.checker;
    // Replace this piece's lines; lines past the end of the last piece are gone.
    const auto from =
        std::lower_bound(m_marks.begin(), m_marks.end(), chunk.firstLine,
                         [](const SpellingMark &m, int line) { return m.line < line; });
    const auto to =
        chunk.last
            ? m_marks.end()
            : std::lower_bound(from, m_marks.end(), chunk.endLine,
                               [](const SpellingMark &m, int line) { return m.line < line; });
    const qsizetype at = from - m_marks.begin();
    m_marks.erase(from, to);
    for (qsizetype i = 0; i < chunk.marks.size(); ++i)
        m_marks.insert(at + i, chunk.marks[i]);
    if (chunk.last)
        m_metadataWords = chunk.metadataWords;
    rebuildSelections();
    emit statusChanged();
    m_lastApplyMs = double(timer.nsecsElapsed()) / 1e6;
}

void SpellingController::runFinished()
{
    m_running = false;
    start();
}

void SpellingController::rebuildSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_marks.size());
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(QColor(0xe0, 0x1b, 0x24));
    QTextDocument *doc = m_editor->document();
    // Only lines around the viewport get selections: the editor walks every extra selection
    // on each paint and cursor move, so thousands of them would tax every keystroke.
    const int top = m_editor->cursorForPosition(QPoint(0, 0)).blockNumber();
    m_coveredFrom = std::max(0, top - kLinesAround);
    m_coveredTo = top + kLinesAround * 2;
    const auto first =
        std::lower_bound(m_marks.cbegin(), m_marks.cend(), m_coveredFrom,
                         [](const SpellingMark &m, int line) { return m.line < line; });
    int count = 0;
    for (const SpellingMark &mark : std::as_const(m_marks))
        count += m_ignored.contains(mark.word) ? 0 : 1;
    QTextBlock block;
    for (auto it = first; it != m_marks.cend() && it->line < m_coveredTo; ++it) {
        const SpellingMark &mark = *it;
        if (m_ignored.contains(mark.word))
            continue;
        if (!block.isValid() || block.blockNumber() != mark.line)
            block = doc->findBlockByNumber(mark.line);
        // The text may have moved on since the snapshot: only draw what still matches.
        if (!block.isValid() ||
            QStringView(block.text()).mid(mark.column, mark.length) != mark.word)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.format = format;
        selection.cursor = QTextCursor(block);
        selection.cursor.setPosition(block.position() + mark.column);
        selection.cursor.setPosition(block.position() + mark.column + mark.length,
                                     QTextCursor::KeepAnchor);
        selections.append(selection);
    }
    m_bodyCount = count;
    m_editor->setSelectionLayer(MarkdownEditor::SelectionLayer::Spelling, selections);
}

bool SpellingController::misspellingAt(int position, QTextCursor *word) const
{
    const auto selections = m_editor->selectionLayer(MarkdownEditor::SelectionLayer::Spelling);
    for (const QTextEdit::ExtraSelection &selection : selections) {
        if (selection.cursor.selectionStart() <= position &&
            position <= selection.cursor.selectionEnd()) {
            *word = selection.cursor;
            return true;
        }
    }
    return false;
}

QMenu *SpellingController::createContextMenu(int position, QWidget *parent)
{
    QMenu *standard = m_editor->createStandardContextMenu();
    standard->setParent(parent, standard->windowFlags());
    QTextCursor word;
    if (!m_checker || !misspellingAt(position, &word))
        return standard;
    const QString text = word.selectedText();
    QList<QAction *> actions;
    const QStringList suggestions = m_checker->suggestions(text, 5);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, standard);
        connect(action, &QAction::triggered, this, [this, word, suggestion] {
            QTextCursor edit = word;
            edit.beginEditBlock();
            edit.insertText(suggestion);
            edit.endEditBlock();
            // The fixed word loses its underline now, not when the next check arrives:
            // its mark no longer matches the text.
            rebuildSelections();
            emit statusChanged();
        });
        actions.append(action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("(No suggestions)"), standard);
        none->setEnabled(false);
        actions.append(none);
    }
    auto *separator = new QAction(standard);
    separator->setSeparator(true);
    actions.append(separator);
    auto *add = new QAction(tr("Add “%1” to Dictionary").arg(text), standard);
    connect(add, &QAction::triggered, this, [this, text] { addToDictionary(text); });
    actions.append(add);
    auto *ignore = new QAction(tr("Ignore All in This Document"), standard);
    connect(ignore, &QAction::triggered, this, [this, text] { ignoreAll(text); });
    actions.append(ignore);
    auto *separator2 = new QAction(standard);
    separator2->setSeparator(true);
    actions.append(separator2);
    QAction *before = standard->actions().value(0);
    standard->insertActions(before, actions);
    return standard;
}

void SpellingController::addToDictionary(const QString &word)
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
    rebuildSelections();
    emit statusChanged();
}

void SpellingController::ignoreAll(const QString &word)
{
    m_ignored.insert(word);
    m_metadataWords.removeAll(word);
    rebuildSelections();
    emit statusChanged();
}

bool SpellingController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor->viewport() || event->type() != QEvent::ContextMenu)
        return false;
    auto *menuEvent = static_cast<QContextMenuEvent *>(event);
    const int position = m_editor->cursorForPosition(menuEvent->pos()).position();
    QTextCursor word;
    if (!misspellingAt(position, &word))
        return false; // the editor's own menu
    QMenu *menu = createContextMenu(position, m_editor);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(menuEvent->globalPos());
    return true;
}

} // namespace pw::gui
