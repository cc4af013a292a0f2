// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/sites/publish_controller.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace pw::gui {

class Document;
class PublishPreview;
class Settings;
class SiteAccounts;

// File → Publish…: one sheet with everything a publish will do, before it is done (site,
// status, the categories and tags as the site will have them, the images to upload, the
// featured image, where the description goes, the findings still open), then its progress
// and its result. Modeless: show() it; the window stays usable while it runs, and nothing
// here waits for the network.
class PublishDialog : public QDialog {
    Q_OBJECT
public:
    // `settings`: the window's preferences (how code is coloured in what is sent).
    PublishDialog(Document *document, SiteAccounts *accounts, const Settings *settings,
                  QWidget *parent = nullptr);
    // Without the window's preferences (tests, tools): code is coloured as by default.
    PublishDialog(Document *document, SiteAccounts *accounts, QWidget *parent = nullptr)
        : PublishDialog(document, accounts, nullptr, parent)
    {
    }
    ~PublishDialog() override;

    PublishController *controller() const { return m_controller; }
    PublishPreview *preview() const { return m_preview; }
    // Replaces the conflict question (default: a dialog with ours beside theirs).
    void setResolver(PublishController::Resolver resolver);

    // The sheet's parts, for tests.
    QComboBox *siteBox() const { return m_site; }
    QComboBox *statusBox() const { return m_status; }
    QDateTimeEdit *dateEdit() const { return m_date; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *cancelButton() const { return m_cancel; }
    QCheckBox *publishAnywayBox() const { return m_anyway; }
    QListWidget *termList() const { return m_terms; }
    QListWidget *imageList() const { return m_images; }
    QLabel *featuredLabel() const { return m_featured; }
    QLabel *descriptionLabel() const { return m_description; }
    QListWidget *findingList() const { return m_findings; }
    QLabel *progressLabel() const { return m_progressText; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *openLinkButton() const { return m_openLink; }
    QPushButton *copyLinkButton() const { return m_copyLink; }

    // The status values the site takes: draft, pending, future, publish.
    QString chosenStatus() const;

public slots:
    // While a publish runs: cancels it, and the sheet goes once it has ended (a post the
    // site stored before the cancel reached it is still recorded in the document).
    void reject() override;

private:
    void siteChanged();
    void showPreview();
    void showFindings();
    void updateButtons();
    void startPublish();
    void stateChanged(PublishController::State state);
    void showResult();
    void askAboutConflict(const Post &ours, const Post &theirs, PublishController::Resolve resolve);
    bool blockedByWhitelist() const;

    QPointer<Document> m_document;
    SiteAccounts *m_accounts;
    PublishController *m_controller;
    PublishPreview *m_preview;
    QComboBox *m_site;
    QComboBox *m_status;
    QDateTimeEdit *m_date;
    QLabel *m_roleNote;
    QListWidget *m_terms;
    QLabel *m_featured;
    QListWidget *m_images;
    QLabel *m_description;
    QListWidget *m_findings;
    QCheckBox *m_anyway;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_openLink;
    QPushButton *m_copyLink;
    QDialogButtonBox *m_buttons;
    QPushButton *m_publish;
    QPushButton *m_cancel;
    bool m_closeWhenDone = false;
};

} // namespace pw::gui
