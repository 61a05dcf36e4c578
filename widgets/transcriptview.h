// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

#include <QSet>
#include <QTextBrowser>

namespace Protostar {

class TranscriptModel;

// Renders a TranscriptModel as rich text: questions, streamed answers with clickable [n] markers,
// "Not found in the documents" with related passages collapsed beneath. Re-renders at most once
// per event-loop pass however many tokens arrive. Keeps the latest question in view as its answer grows,
// unless the reader scrolled away. Lives on the GUI thread.
class TranscriptView final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit TranscriptView(QWidget *parent = nullptr);
    void setModel(TranscriptModel *model);
    // The HTML link of citation n in row `row`; tests click it through activateLink().
    static QString citationLink(int row, int n);
    void activateLink(const QUrl &url);
    // Renders now instead of on the next event-loop pass.
    void renderNow();
    // With no documents imported, the empty transcript says to import first rather than to ask.
    void setHasDocuments(bool has);
    // The database could not be read (empty: it can): the empty transcript says what to do about it.
    void setUnreadableDatabase(const QString &databasePath);

Q_SIGNALS:
    void citationActivated(const Protostar::Citation &citation);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRender();
    QString renderRow(int row) const;
    QString emptyHint() const;
    // Where row `row`'s question starts, in document coordinates (what the scroll bar's value means); -1 if absent.
    int questionTop(int row) const;

    TranscriptModel *m_model = nullptr;
    QSet<int> m_expanded;
    bool m_renderPending = false;
    bool m_hasDocuments = true; // until the catalogue says otherwise: no flash of the import hint
    QString m_unreadableDatabase;
    int m_renderedRows = -1; // rows in the last render; a new row is a new question
    int m_followedAt = 0;    // the scroll value the last render set to show the latest question
};

} // namespace Protostar
