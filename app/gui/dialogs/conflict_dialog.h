// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/post.h"
#include "core/text/line_diff.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace pw::gui {

// What to do when the post changed on the site since the document was opened or last
// published (the Publisher reported a conflict): ours and theirs side by side, first the
// metadata that differs, then the body line by line, with the ways out. Decides nothing itself:
// the caller reads choice() after the dialog closed.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Cancel, Overwrite, OpenTheirs, PublishAsNewDraft };

    // `theirs`: the post as the site has it now (its extra_key::wordpressModified and `author`
    // extras are shown when present). `siteName`: the site as the user knows it.
    ConflictDialog(const pw::Post &ours, const pw::Post &theirs, const QString &siteName,
                   QWidget *parent = nullptr);

    // Cancel until a button other than Cancel was pressed.
    Choice choice() const { return m_choice; }

    // For tests and the caller's wording.
    QString explanation() const;
    QString oursHeading() const;
    QString theirsHeading() const;
    // The metadata rows shown, by their field labels (Title, Meta description, Slug, Tags,
    // Categories, Status), only those that differ.
    QStringList differingFields() const;
    QTableWidget *metadataTable() const { return m_metadata; }
    const LineDiff &bodyDiff() const { return m_diff; }
    QPlainTextEdit *oursView() const { return m_oursView; }
    QPlainTextEdit *theirsView() const { return m_theirsView; }
    QPushButton *overwriteButton() const { return m_overwrite; }
    QPushButton *openTheirsButton() const { return m_openTheirs; }
    QPushButton *newDraftButton() const { return m_newDraft; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void fillMetadata(const Post &ours, const Post &theirs);
    void fillBody();
    void choose(Choice choice);

    Choice m_choice = Choice::Cancel;
    LineDiff m_diff;
    QLabel *m_explanation;
    QLabel *m_oursHeading;
    QLabel *m_theirsHeading;
    QTableWidget *m_metadata;
    QLabel *m_sameMetadata;
    QPlainTextEdit *m_oursView;
    QPlainTextEdit *m_theirsView;
    QPushButton *m_overwrite;
    QPushButton *m_openTheirs;
    QPushButton *m_newDraft;
    QPushButton *m_cancel = nullptr;
};

} // namespace pw::gui
