// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace Protostar {

// Shows one document's text with its paragraph structure (headings bold, paragraphs spaced) and
// highlights a cited chunk by its [start, end) offsets, with candidate, document, page and heading path
// above. Lives on the GUI thread.
class DocumentViewer final : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentViewer(QWidget *parent = nullptr);

    void showDocument(const Document &document, const QList<Chunk> &chunks, ChunkId focus = 0);
    void clear();
    // The text currently highlighted as the cited paragraph; empty when none.
    QString highlightedText() const;
    QString locationText() const;
    DocumentId documentId() const { return m_document.info.id; }
    QTextBrowser *textView() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void highlight(const Chunk &chunk);

    QLabel *m_location;
    QTextBrowser *m_text;
    Document m_document;
    QList<Chunk> m_chunks;
    ChunkId m_focus = 0;
};

} // namespace Protostar
