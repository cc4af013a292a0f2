// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/wordpress_import.h"

#include <QDialog>
#include <QList>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace pw {
class CategoryWhitelist;
}

namespace pw::gui {

class WxrPostFilter;
class WxrPostList;
struct WxrListing;

// File → Import… of a WordPress export (WXR): the export's posts and pages listed to pick
// from, then the picked ones imported. Reading and importing run on a worker thread with
// progress and Cancel; the dialog is modeless, so the window stays usable. A few picked posts
// open as tabs, each with its review (importedPosts); more are written into a folder, one file
// each, as a pull writes them (openFolderRequested shows it). Escape cancels whatever runs and
// closes; Enter imports.
class WxrImportDialog : public QDialog {
    Q_OBJECT
public:
    // More picked posts than this are written into a folder instead of opening as tabs.
    static constexpr int kMaxTabs = 20;

    WxrImportDialog(const QString &path, std::shared_ptr<const CategoryWhitelist> whitelist,
                    QWidget *parent = nullptr);
    ~WxrImportDialog() override;

    QString path() const { return m_path; }
    bool isReading() const { return m_phase == Phase::Reading; }
    bool isImporting() const { return m_phase == Phase::Importing; }
    bool isBusy() const { return isReading() || isImporting(); }
    // Set when the export could not be read (or imported); the message says what.
    bool hasFailed() const { return m_failed; }

    // Imports the picked posts: into tabs when there are few, else into a folder the user
    // chooses.
    void startImport();
    // Imports the picked posts into `folder`, whatever their number.
    void importInto(const QString &folder);
    void cancel();

    // The parts, for tests.
    WxrPostList *list() const { return m_list; }
    WxrPostFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *statusBox() const { return m_status; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *messageLabel() const { return m_message; }

signals:
    // The export was read (or failed to be: see hasFailed()).
    void listed();
    // The picked posts, converted, for tabs; `source` is the export's path.
    void importedPosts(const QList<pw::ImportedPost> &posts, const QString &source);
    void openFolderRequested(const QString &folder);
    // An import ended: done, cancelled or failed.
    void importFinished();

public slots:
    void reject() override;

private:
    enum class Phase { Reading, Picking, Importing, Done };
    struct Work; // what the worker and the window share
    struct ImportOutcome;

    void startReading();
    void readingDone(const WxrListing &listing);
    void runImport(const QString &folder);
    void importDone(const ImportOutcome &outcome);
    void showProgress();
    void showFailure(const QString &text);
    void fillStatuses();
    void updateState();

    QString m_path;
    std::shared_ptr<const CategoryWhitelist> m_whitelist;
    WxrPostList *m_list;
    WxrPostFilter *m_filter;
    QLabel *m_source;
    QWidget *m_pickArea;
    QLabel *m_contents;
    QLineEdit *m_search;
    QComboBox *m_type;
    QComboBox *m_status;
    QTableView *m_table;
    QPushButton *m_all;
    QPushButton *m_none;
    QLabel *m_picked;
    QLabel *m_message;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_summary;
    QPushButton *m_openFolder;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QTimer *m_progressTimer;
    Phase m_phase = Phase::Reading;
    bool m_failed = false;
    QString m_folder; // where the last import wrote; empty for tabs
    std::shared_ptr<Work> m_work;
};

} // namespace pw::gui
