// SPDX-License-Identifier: MIT
#include "candidatepanel.h"

#include "models/candidatelistmodel.h"
#include "models/documentlistmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Protostar {

namespace {

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

} // namespace

CandidatePanel::CandidatePanel(CandidateListModel *candidates, DocumentListModel *documents, QWidget *parent)
    : QWidget(parent),
      m_model(candidates),
      m_proxy(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)),
      m_candidates(makeTable(this, QStringLiteral("candidates"))),
      m_documentsLabel(new QLabel(this)),
      m_documents(makeTable(this, QStringLiteral("documents")))
{
    m_search->setObjectName(QStringLiteral("candidateSearch"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(candidates);
    m_proxy->setFilterRole(CandidateListModel::SearchRole);
    m_proxy->setSortRole(CandidateListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(CandidateListModel::NameColumn);
    m_proxy->setDynamicSortFilter(true);

    m_candidates->setModel(m_proxy);
    m_candidates->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_candidates->setSortingEnabled(true);
    m_candidates->sortByColumn(CandidateListModel::NameColumn, Qt::AscendingOrder);
    m_candidates->horizontalHeader()->setSectionResizeMode(CandidateListModel::NameColumn, QHeaderView::ResizeToContents);
    m_candidates->horizontalHeader()->setSectionResizeMode(CandidateListModel::DocumentsColumn, QHeaderView::ResizeToContents);
    m_candidates->horizontalHeader()->setSectionResizeMode(CandidateListModel::HeadingsColumn, QHeaderView::Stretch);
    m_candidates->horizontalHeader()->setSectionResizeMode(CandidateListModel::LastImportColumn, QHeaderView::ResizeToContents);
    m_candidates->horizontalHeader()->setStretchLastSection(false);

    m_documents->setModel(documents);
    m_documents->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documents->horizontalHeader()->setSectionResizeMode(DocumentListModel::FileColumn, QHeaderView::Stretch);
    m_documents->horizontalHeader()->setStretchLastSection(false);
    for (int c = DocumentListModel::FormatColumn; c < DocumentListModel::ColumnCount; ++c)
        m_documents->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_documents->setColumnHidden(DocumentListModel::ImportedColumn, true);
    m_documentsLabel->setBuddy(m_documents);

    auto *docsBox = new QWidget(this);
    auto *docsLayout = new QVBoxLayout(docsBox);
    docsLayout->setContentsMargins(0, 0, 0, 0);
    docsLayout->addWidget(m_documentsLabel);
    docsLayout->addWidget(m_documents, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_candidates);
    split->addWidget(docsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_candidates->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDocumentsLabel();
        Q_EMIT selectionChanged(selectedCandidates());
    });
    connect(m_documents->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT documentActivated(current.data(DocumentListModel::DocumentIdRole).toLongLong());
            });
    connect(m_documents, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT documentActivated(index.data(DocumentListModel::DocumentIdRole).toLongLong());
    });
    // The candidate model only grows or shrinks by diff, so selection survives; keep the documents in step.
    connect(candidates, &QAbstractItemModel::rowsRemoved, this, [this] { Q_EMIT selectionChanged(selectedCandidates()); });
    retranslate();
}

QList<CandidateId> CandidatePanel::selectedCandidates() const
{
    QList<CandidateId> ids;
    for (const QModelIndex &i : m_candidates->selectionModel()->selectedRows())
        ids << i.data(CandidateListModel::CandidateIdRole).toLongLong();
    return ids;
}

void CandidatePanel::selectCandidates(const QList<CandidateId> &ids)
{
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex i = m_proxy->index(row, 0);
        if (ids.contains(i.data(CandidateListModel::CandidateIdRole).toLongLong()))
            selection.select(i, m_proxy->index(row, CandidateListModel::ColumnCount - 1));
    }
    m_candidates->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void CandidatePanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CandidatePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CandidatePanel::updateDocumentsLabel()
{
    m_documentsLabel->setText(m_candidates->selectionModel()->hasSelection() ? tr("&Documents of the selected candidates")
                                                                             : tr("All &documents"));
}

void CandidatePanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search candidates, skills, headings (Ctrl+K)"));
    updateDocumentsLabel();
    m_model->retranslate();
    if (auto *docs = qobject_cast<DocumentListModel *>(m_documents->model()))
        docs->retranslate();
}

} // namespace Protostar
