// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editor/find_replace_bar.h"

#include "gui/editor/markdown_editor.h"
#include "gui/editor/text_search.h"

#include <algorithm>

#include <QAction>
#include <QBoxLayout>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

namespace pw::gui {

namespace {

// Painting thousands of extra selections costs more than it tells the writer.
constexpr int kMaxHighlighted = 5000;

QKeySequence standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    return QKeySequence::keyBindings(key).isEmpty() ? fallback : QKeySequence(key);
}

} // namespace

FindReplaceBar::FindReplaceBar(MarkdownEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_searchField(new QLineEdit(this)),
      m_replaceField(new QLineEdit(this)), m_caseBox(new QCheckBox(tr("Match &case"), this)),
      m_wordBox(new QCheckBox(tr("&Whole words"), this)),
      m_regexBox(new QCheckBox(tr("Regular e&xpression"), this)), m_status(new QLabel(this)),
      m_replaceRow(new QWidget(this)), m_options(new QWidget(this)),
      m_refreshTimer(new QTimer(this))
{
    m_searchField->setPlaceholderText(tr("Find"));
    m_searchField->setClearButtonEnabled(true);
    m_replaceField->setPlaceholderText(tr("Replace with"));
    m_replaceField->setClearButtonEnabled(true);
    m_regexBox->setToolTip(tr("Perl-style regular expression; \\1, \\2… in the replacement "
                              "insert the captured groups."));

    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter)"));
    auto *closeButton = new QToolButton(this);
    closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    closeButton->setAutoRaise(true);
    closeButton->setToolTip(tr("Close (Esc)"));
    auto *replaceButton = new QPushButton(tr("&Replace"), m_replaceRow);
    auto *replaceAllButton = new QPushButton(tr("Replace &All"), m_replaceRow);

    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 of 0000")));
    // The room a search field needs: about twenty characters of what is typed, beside the
    // clear button.
    for (QLineEdit *field : {m_searchField, m_replaceField})
        field->setMinimumWidth(fieldWidth(20));

    auto *optionsLayout = new QHBoxLayout(m_options);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addWidget(m_caseBox);
    optionsLayout->addWidget(m_wordBox);
    optionsLayout->addWidget(m_regexBox);

    m_findRow = new QHBoxLayout;
    m_findRow->addWidget(m_searchField, 1);
    m_findRow->addWidget(previous);
    m_findRow->addWidget(next);
    m_findRow->addWidget(m_options); // or in a row of its own; see placeOptions()
    m_findRow->addWidget(m_status);
    m_findRow->addWidget(closeButton);
    m_findRowWidgets = {m_searchField, previous, next, m_status, closeButton};

    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replaceField, 1);
    replaceRow->addWidget(replaceButton);
    replaceRow->addWidget(replaceAllButton);
    replaceRow->addStretch(0);

    m_optionsRow = new QHBoxLayout;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(m_findRow);
    layout->addWidget(m_replaceRow);
    layout->addLayout(m_optionsRow);
    // The bar's minimum is that of its narrow arrangement (minimumSizeHint()): the layout
    // must not make the one-row arrangement the minimum, or the editor's pane could never
    // become narrow enough for the options to move to a row of their own.
    layout->setSizeConstraint(QLayout::SetNoConstraint);

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_replaceAction = new QAction(tr("R&eplace…"), this);
    m_replaceAction->setShortcut(
        standardOr(QKeySequence::Replace, QKeySequence(Qt::CTRL | Qt::Key_H)));
    m_findNextAction = new QAction(tr("Find &Next"), this);
    m_findNextAction->setShortcuts(QKeySequence::FindNext);
    m_findPreviousAction = new QAction(tr("Find Pre&vious"), this);
    m_findPreviousAction->setShortcuts(QKeySequence::FindPrevious);
    m_actions = {m_findAction, m_replaceAction, m_findNextAction, m_findPreviousAction};
    // Esc only means "close the bar" while it is open; otherwise the editor keeps the key.
    m_dismissAction = new QAction(this);
    m_dismissAction->setShortcut(Qt::Key_Escape);
    m_dismissAction->setEnabled(false);
    for (QAction *a :
         {m_findAction, m_replaceAction, m_findNextAction, m_findPreviousAction, m_dismissAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        m_editor->addAction(a);
    }

    connect(m_findAction, &QAction::triggered, this, &FindReplaceBar::showFind);
    connect(m_replaceAction, &QAction::triggered, this, &FindReplaceBar::showReplace);
    connect(m_findNextAction, &QAction::triggered, this, &FindReplaceBar::findNext);
    connect(m_findPreviousAction, &QAction::triggered, this, &FindReplaceBar::findPrevious);
    connect(m_dismissAction, &QAction::triggered, this, &FindReplaceBar::dismiss);
    connect(previous, &QToolButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindReplaceBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindReplaceBar::dismiss);
    connect(replaceButton, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);

    // Typing in the field searches as you type, from where the selection starts, so the
    // match grows with the word instead of jumping ahead.
    connect(m_searchField, &QLineEdit::textEdited, this, [this] {
        invalidate();
        ensureMatches();
        if (m_matches.isEmpty()) {
            updateStatus();
            return;
        }
        selectMatch(firstMatchFrom(m_matches, m_editor->textCursor().selectionStart()));
    });
    for (QCheckBox *box : {m_caseBox, m_wordBox, m_regexBox})
        connect(box, &QCheckBox::toggled, this, &FindReplaceBar::refresh);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(200);
    connect(m_refreshTimer, &QTimer::timeout, this, &FindReplaceBar::refresh);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_dirty = true;
        if (isVisible())
            m_refreshTimer->start();
    });

    m_searchField->installEventFilter(this);
    m_replaceField->installEventFilter(this);
    setFocusProxy(m_searchField);
    hide();
}

FindReplaceBar::~FindReplaceBar() = default;

int FindReplaceBar::fieldWidth(int characters) const
{
    const QMargins margins = m_searchField->textMargins();
    const int clearButton = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 8;
    return characters * m_searchField->fontMetrics().averageCharWidth() + margins.left() +
           margins.right() + clearButton + 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth);
}

// The width of one row with the find field and its buttons; with `options`, the check boxes
// too, and a field roomier than its minimum (else they go to a row of their own).
int FindReplaceBar::findRowWidth(bool options) const
{
    const int spacing =
        style()->layoutSpacing(QSizePolicy::DefaultType, QSizePolicy::DefaultType, Qt::Horizontal);
    int width = 0;
    for (QWidget *widget : m_findRowWidgets)
        width += qMax(widget->minimumWidth(), widget->minimumSizeHint().width()) + spacing;
    if (options)
        width += m_options->sizeHint().width() + spacing + fieldWidth(10);
    const QMargins margins = layout()->contentsMargins();
    return width - spacing + margins.left() + margins.right();
}

QSize FindReplaceBar::minimumSizeHint() const
{
    if (!m_findRow)
        return QWidget::minimumSizeHint();
    const QMargins margins = layout()->contentsMargins();
    const int width =
        std::max({findRowWidth(false),
                  m_options->minimumSizeHint().width() + margins.left() + margins.right(),
                  m_replaceRow->minimumSizeHint().width() + margins.left() + margins.right()});
    return {width, layout()->totalMinimumSize().height()};
}

QSize FindReplaceBar::sizeHint() const
{
    if (!m_findRow)
        return QWidget::sizeHint();
    return {minimumSizeHint().width(), layout()->totalSizeHint().height()};
}

void FindReplaceBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeOptions();
}

// The options share the find row when it has room for them and a comfortable field, and
// go to a row of their own below otherwise.
void FindReplaceBar::placeOptions()
{
    if (!m_findRow)
        return;
    const bool inFindRow = m_findRow->indexOf(m_options) >= 0;
    const bool fits = width() >= findRowWidth(true);
    if (fits == inFindRow)
        return;
    if (fits) {
        // The options and the stretch after them; deleting a layout item keeps its widget.
        while (QLayoutItem *item = m_optionsRow->takeAt(0))
            delete item;
        m_findRow->insertWidget(m_findRow->indexOf(m_status), m_options);
    } else {
        m_findRow->removeWidget(m_options);
        m_optionsRow->addWidget(m_options);
        m_optionsRow->addStretch(1);
    }
}

void FindReplaceBar::showFind()
{
    m_replaceRow->hide();
    show();
    m_dismissAction->setEnabled(true);
    // A short single-line selection is what the writer wants to find.
    const QTextCursor cursor = m_editor->textCursor();
    const QString selected = cursor.selectedText();
    if (cursor.hasSelection() && !selected.contains(QChar::ParagraphSeparator) &&
        selected.size() < 200) {
        m_searchField->setText(m_regexBox->isChecked() ? QRegularExpression::escape(selected)
                                                       : selected);
    }
    m_searchField->setFocus();
    m_searchField->selectAll();
    refresh();
}

void FindReplaceBar::showReplace()
{
    showFind();
    m_replaceRow->show();
}

void FindReplaceBar::dismiss()
{
    hide();
    m_dismissAction->setEnabled(false);
    m_refreshTimer->stop();
    m_editor->setSelectionLayer(MarkdownEditor::SelectionLayer::SearchMatches, {});
    m_editor->setFocus();
}

void FindReplaceBar::setSearchText(const QString &text)
{
    m_searchField->setText(text);
    refresh();
}

QString FindReplaceBar::searchText() const
{
    return m_searchField->text();
}

void FindReplaceBar::setReplaceText(const QString &text)
{
    m_replaceField->setText(text);
}

void FindReplaceBar::setRegularExpression(bool on)
{
    m_regexBox->setChecked(on);
}

void FindReplaceBar::setCaseSensitive(bool on)
{
    m_caseBox->setChecked(on);
}

void FindReplaceBar::setWholeWords(bool on)
{
    m_wordBox->setChecked(on);
}

TextSearch FindReplaceBar::search() const
{
    SearchOptions options;
    options.regularExpression = m_regexBox->isChecked();
    options.caseSensitive = m_caseBox->isChecked();
    options.wholeWords = m_wordBox->isChecked();
    return TextSearch(m_searchField->text(), options);
}

void FindReplaceBar::invalidate()
{
    m_dirty = true;
}

void FindReplaceBar::ensureMatches()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    const TextSearch current = search();
    m_error = current.errorString();
    m_matches = current.findAll(m_editor->document());
}

void FindReplaceBar::refresh()
{
    invalidate();
    ensureMatches();
    updateHighlights();
    updateStatus(matchIndexOfSelection());
}

void FindReplaceBar::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (isVisible()) {
        const bool dark = m_editor->palette().color(QPalette::Base).lightness() < 128;
        QTextCharFormat format;
        format.setBackground(dark ? QColor(0x8a, 0x6d, 0x1c) : QColor(0xff, 0xe2, 0x7a));
        if (dark)
            format.setForeground(QColor(0xff, 0xff, 0xff));
        const int count = int(qMin<qsizetype>(m_matches.size(), kMaxHighlighted));
        selections.reserve(count);
        QTextDocument *doc = m_editor->document();
        for (int i = 0; i < count; ++i) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(doc);
            selection.cursor.setPosition(m_matches.at(i).start);
            selection.cursor.setPosition(m_matches.at(i).end(), QTextCursor::KeepAnchor);
            selection.format = format;
            selections.append(selection);
        }
    }
    m_editor->setSelectionLayer(MarkdownEditor::SelectionLayer::SearchMatches, selections);
}

void FindReplaceBar::updateStatus(int current)
{
    QPalette pal = palette();
    if (!m_error.isEmpty()) {
        m_status->setText(tr("Invalid pattern"));
        m_status->setToolTip(m_error);
        pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    } else if (m_searchField->text().isEmpty()) {
        m_status->clear();
        m_status->setToolTip({});
    } else if (m_matches.isEmpty()) {
        m_status->setText(tr("No matches"));
        m_status->setToolTip({});
        pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    } else if (current >= 0) {
        m_status->setText(tr("%1 of %2").arg(current + 1).arg(m_matches.size()));
        m_status->setToolTip({});
    } else {
        // Without a loaded English translation "%n match(es)" would show verbatim.
        const int n = int(m_matches.size());
        m_status->setText(n == 1 ? tr("1 match") : tr("%n matches", nullptr, n));
        m_status->setToolTip({});
    }
    m_status->setPalette(pal);
}

QString FindReplaceBar::statusText() const
{
    return m_status->text();
}

int FindReplaceBar::matchCount()
{
    ensureMatches();
    return int(m_matches.size());
}

bool FindReplaceBar::isPatternValid()
{
    ensureMatches();
    return m_error.isEmpty();
}

int FindReplaceBar::matchIndexOfSelection()
{
    const QTextCursor cursor = m_editor->textCursor();
    return matchAtSelection(m_matches, cursor.selectionStart(), cursor.selectionEnd());
}

bool FindReplaceBar::selectMatch(int index)
{
    if (index < 0 || index >= m_matches.size())
        return false;
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(m_matches.at(index).start);
    cursor.setPosition(m_matches.at(index).end(), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    updateHighlights();
    updateStatus(index);
    return true;
}

// F3 with nothing to look for opens the bar; with no match it says so. True when there is a
// match to go to.
bool FindReplaceBar::readyToStep()
{
    if (!isVisible() && m_searchField->text().isEmpty()) {
        showFind();
        return false;
    }
    ensureMatches();
    if (m_matches.isEmpty()) {
        updateHighlights();
        updateStatus();
        return false;
    }
    return true;
}

bool FindReplaceBar::findNext()
{
    if (!readyToStep())
        return false;
    const QTextCursor cursor = m_editor->textCursor();
    return selectMatch(nextMatch(m_matches, cursor.selectionStart(), cursor.selectionEnd()));
}

bool FindReplaceBar::findPrevious()
{
    if (!readyToStep())
        return false;
    return selectMatch(previousMatch(m_matches, m_editor->textCursor().selectionStart()));
}

bool FindReplaceBar::replaceCurrent()
{
    ensureMatches();
    const int index = matchIndexOfSelection();
    if (index < 0)
        return findNext();
    const TextSearch current = search();
    const QRegularExpressionMatch match =
        current.matchAt(TextSearch::searchedText(m_editor->document()), m_matches.at(index).start);
    if (!match.hasMatch())
        return findNext();
    QTextCursor cursor = m_editor->textCursor();
    cursor.beginEditBlock();
    cursor.insertText(current.replacementFor(match, m_replaceField->text()));
    cursor.endEditBlock();
    m_editor->setTextCursor(cursor);
    refresh();
    return findNext();
}

int FindReplaceBar::replaceAll()
{
    ensureMatches();
    if (m_matches.isEmpty()) {
        updateStatus();
        return 0;
    }
    const int n = search().replaceAll(m_editor->document(), m_replaceField->text());
    refresh();
    m_status->setText(n == 1 ? tr("Replaced 1 match") : tr("Replaced %n matches", nullptr, n));
    return n;
}

bool FindReplaceBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && watched == m_searchField) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
        if (enter && watched == m_replaceField) {
            if (key->modifiers() & Qt::ControlModifier)
                replaceAll();
            else
                replaceCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pw::gui
