// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/view/document_view.h"

#include "gui/document/document.h"
#include "gui/editor/find_replace_bar.h"
#include "gui/editor/image_inserter.h"
#include "gui/editor/markdown_editor.h"
#include "gui/preview/preview_view.h"
#include "gui/settings/settings.h"
#include "gui/spelling/spelling_bar.h"
#include "gui/spelling/editor_spelling.h"

#include <QFileInfo>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pw::gui {

DocumentView::DocumentView(Document *document, const Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_editor(new MarkdownEditor(this))
    , m_findBar(new FindReplaceBar(m_editor, this))
    , m_preview(new PreviewView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_editor->setDocument(m_document->bodyDocument());
    m_editor->applyFontToDocument();
    m_editor->setHighlighter(m_document->highlighter());
    // Image links are written relative to the post's file, wherever Save As has put it.
    m_editor->imageInserter()->setPostFilePathSource([document] { return document->filePath(); });
    // After setDocument: a document checked already is underlined at once.
    m_spelling = new EditorSpelling(m_editor, m_document->spelling(), this);

    auto *editorPane = new QWidget(m_splitter);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_findBar);
    editorLayout->addWidget(new SpellingBar(m_document->spelling(), editorPane));
    m_splitter->addWidget(editorPane);
    m_splitter->addWidget(m_preview);
    m_splitter->setChildrenCollapsible(true);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    // Equal halves until the user moves the handle (the window restores that choice).
    m_splitter->setSizes({1000, 1000});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setFocusProxy(m_editor);

    connect(m_document, &Document::snapshotChanged, this, &DocumentView::applySnapshot);
    // Not the scroll bar's valueChanged: QPlainTextEdit moves it with signals blocked when
    // the cursor scrolls the text (Page Down, arrow keys, typing), and the preview must
    // follow those too. updateRequest with a dy is every vertical scroll of the text.
    connect(m_editor, &QPlainTextEdit::updateRequest, this, [this](const QRect &, int dy) {
        if (dy != 0)
            syncPreviewToEditor();
    });
    connect(m_preview, &PreviewView::topSourceLineChanged, this,
            &DocumentView::syncEditorToPreview);
    connect(m_preview, &PreviewView::sourceLineClicked, this, [this](int line) {
        goToLine(line);
        m_editor->setFocus(Qt::MouseFocusReason);
    });
    connect(m_document, &Document::filePathChanged, this, &DocumentView::documentFileChanged);
    documentFileChanged();
    if (settings) {
        applySettings(settings->values());
        m_preview->setRemoteImagesAllowed(settings->values().remoteImages);
        connect(settings, &Settings::changed, this, &DocumentView::applySettings);
    }
    if (const SnapshotPtr snapshot = m_document->snapshot())
        applySnapshot(snapshot);
}

DocumentView::~DocumentView() = default;

void DocumentView::applySettings(const AppSettings &settings)
{
    m_editor->setFont(settings.zoomedEditorFont());
    m_editor->applyFontToDocument();
    if (settings.textWidth != m_textWidthSetting) {
        m_textWidthSetting = settings.textWidth;
        m_editor->setMaximumTextWidth(settings.textWidth);
    }
}

bool DocumentView::isPristine() const
{
    return m_document->filePath().isEmpty() && !m_document->isModified()
           && m_document->bodyDocument()->isEmpty();
}

void DocumentView::applySnapshot(const SnapshotPtr &snapshot)
{
    m_preview->setTitle(m_document->metadata().title);
    m_preview->setBlocks(snapshot->blocks, snapshot->revision);
}

void DocumentView::documentFileChanged()
{
    const QString path = m_document->filePath();
    m_preview->setDocumentFolder(path.isEmpty() ? QString() : QFileInfo(path).absolutePath());
}

void DocumentView::syncPreviewToEditor()
{
    if (m_followingPreview)
        return;
    const QTextBlock top = m_editor->cursorForPosition(QPoint(0, 0)).block();
    m_preview->scrollToSourceLine(top.blockNumber());
}

void DocumentView::syncEditorToPreview(int line)
{
    // Only follow the preview when the user is scrolling there, not while typing here.
    if (!m_preview->underMouse())
        return;
    m_followingPreview = true;
    const QTextBlock block = m_document->bodyDocument()->findBlockByNumber(line);
    if (block.isValid())
        m_editor->verticalScrollBar()->setValue(block.firstLineNumber());
    m_followingPreview = false;
}

void DocumentView::goToLine(int line)
{
    const QTextBlock block = m_document->bodyDocument()->findBlockByNumber(line);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
}

void DocumentView::markBodyRanges(const QList<TextRange> &ranges)
{
    QTextDocument *body = m_document->bodyDocument();
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    format.setBackground(QColor(255, 214, 102, 110));
    for (const TextRange &range : ranges) {
        QTextCursor cursor(body);
        cursor.setPosition(int(range.start));
        cursor.setPosition(int(qMin<qsizetype>(range.start + range.length, body->characterCount() - 1)),
                           QTextCursor::KeepAnchor);
        marks.append({cursor, format});
    }
    m_editor->setSelectionLayer(MarkdownEditor::SelectionLayer::Finding, marks);
    if (!ranges.isEmpty()) {
        QTextCursor cursor(body);
        cursor.setPosition(int(ranges.first().start));
        m_editor->setTextCursor(cursor);
        m_editor->centerCursor();
    }
}

int DocumentView::topLine() const
{
    return m_editor->cursorForPosition(QPoint(0, 0)).block().blockNumber();
}

void DocumentView::restorePlace(int cursorPosition, int topLine)
{
    QTextCursor cursor(m_document->bodyDocument());
    cursor.setPosition(qBound(0, cursorPosition, m_document->bodyDocument()->characterCount() - 1));
    m_editor->setTextCursor(cursor);
    const QTextDocument *body = m_document->bodyDocument();
    const QTextBlock top = body->findBlockByNumber(qMin(topLine, body->blockCount() - 1));
    if (top.isValid())
        m_editor->verticalScrollBar()->setValue(top.firstLineNumber());
}

void DocumentView::selectBodyRange(TextRange range)
{
    if (!range.isValid())
        return;
    QTextCursor cursor(m_document->bodyDocument());
    cursor.setPosition(int(range.start));
    cursor.setPosition(int(qMin<qsizetype>(range.start + range.length,
                                            m_document->bodyDocument()->characterCount() - 1)),
                       QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    m_editor->setFocus(Qt::OtherFocusReason);
}

} // namespace pw::gui
