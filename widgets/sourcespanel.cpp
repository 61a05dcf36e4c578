// SPDX-License-Identifier: MIT
#include "sourcespanel.h"

#include "models/citationmodel.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace Protostar {

SourcesPanel::SourcesPanel(CitationModel *citations, QWidget *parent)
    : QWidget(parent), m_citations(citations), m_label(new QLabel(this)), m_view(new QListView(this))
{
    m_view->setObjectName(QStringLiteral("sources"));
    m_label->setObjectName(QStringLiteral("sourcesLabel"));
    m_view->setModel(m_citations);
    // Locations (candidate · file · page · heading path) run long: wrap them rather than scroll sideways.
    m_view->setWordWrap(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_label->setBuddy(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_view, 1);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT citationActivated(m_citations->citations().value(i.row()));
    });
    connect(m_view, &QAbstractItemView::clicked, m_view, &QAbstractItemView::activated);
    retranslate();
}

void SourcesPanel::setCitations(const QList<Citation> &citations, bool related)
{
    m_citations->setCitations(citations);
    m_related = related && !citations.isEmpty();
    retranslate();
}

void SourcesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SourcesPanel::retranslate()
{
    m_label->setText(m_related ? tr("Related passages (n&ot an answer)") : tr("S&ources of the last answer"));
}

} // namespace Protostar
