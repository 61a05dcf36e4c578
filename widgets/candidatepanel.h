// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Protostar {

class CandidateListModel;
class DocumentListModel;

// The left column: candidate search, the sortable multi-select candidate table (or, when it would be
// empty, a note saying how to import or that the search matched nobody), and the documents of the
// selected candidates. Lives on the GUI thread.
class CandidatePanel final : public QWidget
{
    Q_OBJECT
public:
    CandidatePanel(CandidateListModel *candidates, DocumentListModel *documents, QWidget *parent = nullptr);

    QList<CandidateId> selectedCandidates() const;
    void selectCandidates(const QList<CandidateId> &ids);
    void focusSearch();
    QLineEdit *searchField() const { return m_search; }
    QTableView *candidateView() const { return m_candidates; }
    QTableView *documentView() const { return m_documents; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // The note shown instead of an empty candidate table; hidden while the table has rows.
    QLabel *emptyNote() const { return m_emptyNote; }
    // The candidates could not be read (e.g. a damaged or newer database): the note says so and why,
    // instead of inviting an import. Empty clears it.
    // Shows why the candidates could not be read, and from which file; an empty message clears it.
    void setLoadError(const QString &message, const QString &databasePath = {});

Q_SIGNALS:
    void selectionChanged(const QList<Protostar::CandidateId> &ids);
    void documentActivated(Protostar::DocumentId id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateDocumentsLabel();
    void updateEmptyNote();
    void updatePagesColumn();
    void scheduleFit();
    void fitColumns();

    CandidateListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_candidates;
    QLabel *m_emptyNote;
    QStackedWidget *m_candidateStack;
    QLabel *m_documentsLabel;
    QTableView *m_documents;
    QString m_loadError;
    QString m_loadErrorPath;
    int m_dateWidth = 0; // what the last-import column needed when last shown
    bool m_fitPending = false;
};

} // namespace Protostar
