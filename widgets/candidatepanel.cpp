// SPDX-License-Identifier: MIT
#include "candidatepanel.h"

#include "models/candidatelistmodel.h"
#include "models/documentlistmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

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
      m_emptyNote(new QLabel(this)),
      m_candidateStack(new QStackedWidget(this)),
      m_documentsLabel(new QLabel(this)),
      m_documents(makeTable(this, QStringLiteral("documents")))
{
    m_search->setObjectName(QStringLiteral("candidateSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_proxy->setSourceModel(candidates);
    m_proxy->setFilterRole(CandidateListModel::SearchRole);
    m_proxy->setSortRole(CandidateListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(CandidateListModel::NameColumn);
    m_proxy->setDynamicSortFilter(true);

    m_candidates->setModel(m_proxy);
    // Tab leaves the table (arrow keys move between cells); otherwise Tab walks every cell of every row.
    m_candidates->setTabKeyNavigation(false);
    m_candidates->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_candidates->setSortingEnabled(true);
    m_candidates->sortByColumn(CandidateListModel::NameColumn, Qt::AscendingOrder);
    m_candidates->horizontalHeader()->setSectionResizeMode(CandidateListModel::NameColumn, QHeaderView::ResizeToContents);
    m_candidates->horizontalHeader()->setSectionResizeMode(CandidateListModel::DocumentsColumn, QHeaderView::ResizeToContents);
    m_candidates->horizontalHeader()->setSectionResizeMode(CandidateListModel::SkillsColumn, QHeaderView::Stretch);
    m_candidates->horizontalHeader()->setSectionResizeMode(CandidateListModel::LastImportColumn, QHeaderView::ResizeToContents);
    m_candidates->horizontalHeader()->setStretchLastSection(false);

    m_documents->setModel(documents);
    m_documents->setTabKeyNavigation(false);
    m_documents->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documents->horizontalHeader()->setSectionResizeMode(DocumentListModel::FileColumn, QHeaderView::Stretch);
    m_documents->horizontalHeader()->setStretchLastSection(false);
    for (int c = DocumentListModel::FormatColumn; c < DocumentListModel::ColumnCount; ++c)
        m_documents->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_documents->setColumnHidden(DocumentListModel::ImportedColumn, true);
    connect(documents, &QAbstractItemModel::modelReset, this, &CandidatePanel::updatePagesColumn);
    updatePagesColumn();
    m_documentsLabel->setBuddy(m_documents);

    m_emptyNote->setObjectName(QStringLiteral("candidatesEmpty"));
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setMargin(12);
    // Looks like the table it stands in for, not like a hole in the window.
    m_emptyNote->setFrameShape(QFrame::StyledPanel);
    m_emptyNote->setBackgroundRole(QPalette::Base);
    m_emptyNote->setAutoFillBackground(true);
    m_emptyNote->setStyleSheet(QStringLiteral("color:#666"));
    m_candidateStack->addWidget(m_candidates);
    m_candidateStack->addWidget(m_emptyNote);

    auto *docsBox = new QWidget(this);
    auto *docsLayout = new QVBoxLayout(docsBox);
    docsLayout->setContentsMargins(0, 0, 0, 0);
    docsLayout->addWidget(m_documentsLabel);
    docsLayout->addWidget(m_documents, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_candidateStack);
    split->addWidget(docsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    // The stretched skills column changes size whenever the pane does, and the date column's need with the rows.
    // Measuring a column sized to contents walks its rows, so one fit per event-loop pass, not one per row
    // inserted (a snapshot of 500 new candidates inserts row by row).
    connect(m_candidates->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == CandidateListModel::SkillsColumn)
            scheduleFit();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &CandidatePanel::updateEmptyNote);
        connect(m_proxy, signal, this, &CandidatePanel::scheduleFit);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CandidatePanel::updateEmptyNote);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CandidatePanel::updateEmptyNote);
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

bool CandidatePanel::eventFilter(QObject *watched, QEvent *event)
{
    // Esc in a non-empty search clears it; taking the override keeps the window's Esc (stop generating) out.
    if (watched == m_search && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            m_search->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CandidatePanel::scheduleFit()
{
    if (m_fitPending)
        return;
    m_fitPending = true;
    QTimer::singleShot(0, this, [this] {
        m_fitPending = false;
        fitColumns();
    });
}

void CandidatePanel::fitColumns()
{
    // In a narrow pane the last-import date would push the skills out of sight (behind a horizontal scroll
    // bar); the skills are what a recruiter scans, so the date goes first. Its tooltip stays on the name's row.
    QHeaderView *header = m_candidates->horizontalHeader();
    // Sized to contents, so a visible column's size is what it needs; a hidden one keeps its last need.
    if (!header->isSectionHidden(CandidateListModel::LastImportColumn))
        m_dateWidth = header->sectionSize(CandidateListModel::LastImportColumn);
    const int dateWidth = qMax(m_dateWidth, header->sectionSizeHint(CandidateListModel::LastImportColumn));
    const int skills = m_candidates->fontMetrics().averageCharWidth() * 16;
    const int needed = header->sectionSize(CandidateListModel::NameColumn)
        + header->sectionSize(CandidateListModel::DocumentsColumn) + dateWidth + skills;
    m_candidates->setColumnHidden(CandidateListModel::LastImportColumn, m_candidates->viewport()->width() < needed);
}

void CandidatePanel::updateDocumentsLabel()
{
    m_documentsLabel->setText(m_candidates->selectionModel()->hasSelection() ? tr("&Documents of the selected candidates")
                                                                             : tr("All &documents"));
}

void CandidatePanel::updateEmptyNote()
{
    const bool empty = m_proxy->rowCount() == 0;
    // An empty table says nothing; say why it is empty and what to do about it.
    if (!m_loadError.isEmpty())
        // Which file: the data folder is a setting, and the recruiter may not know which one was opened.
        m_emptyNote->setText(tr("The candidates could not be read.\n\n%1").arg(m_loadError)
                             + (m_loadErrorPath.isEmpty() ? QString() : QStringLiteral("\n\n") + tr("Database file: %1").arg(m_loadErrorPath)));
    else if (m_model->rowCount() == 0)
        m_emptyNote->setText(tr("No candidates yet.\n\nDrag résumés, career descriptions or portfolios onto this window, "
                                "or use File ▸ Import Files (Ctrl+I). PDF, DOCX, HWPX, Markdown and text files "
                                "are read."));
    else
        m_emptyNote->setText(tr("No candidate matches “%1”.\nClear the search (Esc) to see all %n candidate(s).", nullptr,
                                m_model->rowCount())
                                 .arg(m_search->text()));
    m_candidateStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyNote) : m_candidates);
}

void CandidatePanel::updatePagesColumn()
{
    // Only paged formats (PDF) have a page count: a column of empty cells would take the width that the
    // elided file names need in a narrow window.
    const auto *documents = qobject_cast<DocumentListModel *>(m_documents->model());
    const bool paged = documents && std::any_of(documents->documents().cbegin(), documents->documents().cend(),
                                                [](const DocumentInfo &d) { return d.pageCount > 0; });
    m_documents->setColumnHidden(DocumentListModel::PagesColumn, !paged);
}

void CandidatePanel::setLoadError(const QString &message, const QString &databasePath)
{
    m_loadError = message;
    m_loadErrorPath = databasePath;
    m_emptyNote->setStyleSheet(message.isEmpty() ? QStringLiteral("color:#666") : QStringLiteral("color:#b01e1e"));
    updateEmptyNote();
}

void CandidatePanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search candidates, skills, headings (Ctrl+K)"));
    updateDocumentsLabel();
    updateEmptyNote();
    m_model->retranslate();
    if (auto *docs = qobject_cast<DocumentListModel *>(m_documents->model()))
        docs->retranslate();
}

} // namespace Protostar
