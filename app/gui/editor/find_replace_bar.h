// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/editor/text_search.h"

#include <QList>
#include <QWidget>

class QAction;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace pw::gui {

class MarkdownEditor;

// The find/replace strip that sits under the editor (put both in a QVBoxLayout). Hidden until
// Find or Replace is triggered; Esc hides it again and gives focus back to the editor.
//
// Matches are computed over the whole body by a TextSearch (text_search.h) and highlighted in
// the editor's SearchMatches layer; they are refreshed shortly after the text changes while
// the bar is open. The bar itself holds only the fields, the actions and the status.
class FindReplaceBar : public QWidget {
    Q_OBJECT
public:
    explicit FindReplaceBar(MarkdownEditor *editor, QWidget *parent = nullptr);
    ~FindReplaceBar() override;

    // Find (Ctrl+F), Replace (Ctrl+H), Find Next (F3) and Find Previous (Shift+F3). Active
    // while the editor or the bar has focus; the main window puts them in the Edit menu.
    QList<QAction *> searchActions() const { return m_actions; }
    QAction *findAction() const { return m_findAction; }
    QAction *replaceAction() const { return m_replaceAction; }
    QAction *findNextAction() const { return m_findNextAction; }
    QAction *findPreviousAction() const { return m_findPreviousAction; }

    void showFind();
    void showReplace();
    void dismiss();

    void setSearchText(const QString &text);
    QString searchText() const;
    void setReplaceText(const QString &text);
    void setRegularExpression(bool on);
    void setCaseSensitive(bool on);
    void setWholeWords(bool on);

    bool findNext();
    bool findPrevious();
    // Replaces the selected match, if the selection is one, and moves to the next match.
    bool replaceCurrent();
    // One undo step. Returns the number of replacements.
    int replaceAll();

    int matchCount();
    bool isPatternValid();
    QString statusText() const;

    QLineEdit *searchField() const { return m_searchField; }
    QLineEdit *replaceField() const { return m_replaceField; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int fieldWidth(int characters) const;
    int findRowWidth(bool options) const;
    void placeOptions();
    TextSearch search() const;
    void invalidate();
    void ensureMatches();
    bool readyToStep();
    void refresh();
    void updateHighlights();
    void updateStatus(int current = -1);
    bool selectMatch(int index);
    int matchIndexOfSelection();

    MarkdownEditor *m_editor;
    QLineEdit *m_searchField;
    QLineEdit *m_replaceField;
    QCheckBox *m_caseBox;
    QCheckBox *m_wordBox;
    QCheckBox *m_regexBox;
    QLabel *m_status;
    QWidget *m_replaceRow;
    QWidget *m_options; // the three check boxes
    QHBoxLayout *m_findRow = nullptr;
    QHBoxLayout *m_optionsRow = nullptr;
    QList<QWidget *> m_findRowWidgets; // all but the options
    QTimer *m_refreshTimer;
    QList<QAction *> m_actions;
    QAction *m_findAction;
    QAction *m_replaceAction;
    QAction *m_findNextAction;
    QAction *m_findPreviousAction;
    QAction *m_dismissAction;

    QList<TextMatch> m_matches;
    bool m_dirty = true;
    QString m_error;
};

} // namespace pw::gui
