// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

#include <QWidget>

class QLabel;
class QListView;

namespace Protostar {

class CitationModel;

// The pane under the document viewer: the last answer's sources, or the passages a refusal offers as
// related (labelled so, never as sources). Activating a row asks for that passage. Lives on the GUI thread.
class SourcesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesPanel(CitationModel *citations, QWidget *parent = nullptr);

    void setCitations(const QList<Citation> &citations, bool related);
    QListView *view() const { return m_view; }

Q_SIGNALS:
    void citationActivated(const Protostar::Citation &citation);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    CitationModel *m_citations;
    QLabel *m_label;
    QListView *m_view;
    bool m_related = false;
};

} // namespace Protostar
