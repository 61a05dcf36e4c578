// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "markdownpositions.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace Protostar {

// Shows one document's text, a Markdown document formatted (headings, lists, emphasis; no markers) and any
// other as plain text with its paragraph structure (headings bold, paragraphs spaced), and highlights a cited
// chunk by its [start, end) offsets, and inside it the sentences the answer quoted, with candidate,
// document, page and heading path above. Lives on the GUI thread.
class DocumentViewer final : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentViewer(QWidget *parent = nullptr);

    // `quoted`: the answer's sentences citing the focused chunk (Citation::quoted), marked within it.
    void showDocument(const Document &document, const QList<Chunk> &chunks, ChunkId focus = 0, const QStringList &quoted = {});
    void clear();
    // The text currently highlighted as the cited paragraph; empty when none.
    QString highlightedText() const;
    // The quoted sentences marked inside it, one per line, in document order; empty when none was found.
    QString quotedText() const;
    QString locationText() const;
    DocumentId documentId() const { return m_document.info.id; }
    CandidateId candidateId() const { return m_document.info.candidateId; }
    QTextBrowser *textView() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showPlainText(const QList<Chunk> &chunks);
    void highlight(const Chunk &chunk, const QStringList &quoted);
    // The document positions showing [from, to) of Document::text.
    std::pair<int, int> shown(qsizetype from, qsizetype to) const;

    QLabel *m_location;
    QTextBrowser *m_text;
    Document m_document;
    QList<Chunk> m_chunks;
    ChunkId m_focus = 0;
    MarkdownPositions m_markdown; // empty unless the document is shown formatted from Markdown
};

} // namespace Protostar
