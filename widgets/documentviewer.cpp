// SPDX-License-Identifier: MIT
#include "documentviewer.h"

#include "engine/quotedsentences.h"

#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QPalette>
#include <QScrollBar>
#include <QSet>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Protostar {

DocumentViewer::DocumentViewer(QWidget *parent)
    : QWidget(parent), m_location(new QLabel(this)), m_text(new QTextBrowser(this))
{
    m_location->setWordWrap(true);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("documentText"));
    m_text->setOpenLinks(false);
    // A formatted résumé shows its links (portfolio, e-mail) as links: a click opens them outside, but only
    // web and mail links, never one that would open a local file or run something.
    connect(m_text, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == u"https" || url.scheme() == u"http" || url.scheme() == u"mailto")
            QDesktopServices::openUrl(url);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_location);
    layout->addWidget(m_text, 1);
    retranslate();
}

void DocumentViewer::showDocument(const Document &document, const QList<Chunk> &chunks, ChunkId focus, const QStringList &quoted)
{
    m_document = document;
    m_chunks = chunks;
    m_focus = focus;
    m_markdown = {};
    if (document.info.format == u"md") {
        // GitHub's dialect: résumés use its tables and autolinks. Raw HTML is shown as written: rendered, a tag
        // could hide text the citations point at or load a local file. Chunk offsets stay in the source's terms
        // and go through m_markdown.
        m_text->document()->setMarkdown(document.text, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                                         | QTextDocument::MarkdownNoHTML));
        m_markdown = MarkdownPositions(*m_text->document(), document.text);
    } else {
        showPlainText(chunks);
    }

    m_text->setExtraSelections({});
    for (const Chunk &c : chunks) {
        if (c.id == focus && focus != 0) {
            highlight(c, quoted);
            break;
        }
    }
    retranslate();
}

void DocumentViewer::showPlainText(const QList<Chunk> &chunks)
{
    // Plain text keeps document positions equal to QString offsets, which is what chunks carry.
    m_text->setPlainText(m_document.text);

    QSet<QString> headings;
    for (const Chunk &c : chunks) {
        for (const QString &h : c.headingPath)
            headings.insert(h.trimmed());
    }
    QTextCursor cursor(m_text->document());
    cursor.beginEditBlock();
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        const QString line = block.text().trimmed();
        QTextBlockFormat bf = block.blockFormat();
        bf.setBottomMargin(line.isEmpty() ? 0 : 3);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(bf);
        if (!line.isEmpty() && (headings.contains(line) || line.startsWith(u'#')
                                || (line.startsWith(u'[') && line.endsWith(u']')))) {
            QTextCharFormat cf;
            cf.setFontWeight(QFont::Bold);
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(cf);
        }
    }
    cursor.endEditBlock();
}

void DocumentViewer::clear()
{
    m_document = {};
    m_chunks.clear();
    m_focus = 0;
    m_markdown = {};
    m_text->clear();
    m_text->setExtraSelections({});
    retranslate();
}

void DocumentViewer::highlight(const Chunk &chunk, const QStringList &quoted)
{
    const qsizetype length = m_document.text.size();
    const qsizetype from = qBound(qsizetype(0), chunk.startOffset, length);
    const qsizetype to = qBound(from, chunk.endOffset, length);
    const auto [start, end] = shown(from, to);
    auto selectionOf = [&](int first, int past, const QColor &background) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_text->document());
        selection.cursor.setPosition(first);
        selection.cursor.setPosition(past, QTextCursor::KeepAnchor);
        selection.format.setBackground(background);
        selection.format.setForeground(QColor(0x20, 0x20, 0x20));
        return selection;
    };
    // The paragraph first (highlightedText), then the quoted sentences in a stronger colour on top of it.
    QList<QTextEdit::ExtraSelection> selections{selectionOf(start, end, QColor(0xff, 0xf1, 0xbf))};
    QList<std::pair<int, int>> spans;
    for (const QString &sentence : quoted) {
        // Located in the document's own text, then mapped to where it is shown.
        if (const auto span = QuotedSentences::locate(m_document.text, from, to, sentence)) {
            if (const auto at = shown(span->first, span->second); at.first < at.second && !spans.contains(at))
                spans.append(at);
        }
    }
    std::sort(spans.begin(), spans.end());
    for (const auto &[first, past] : std::as_const(spans))
        selections.append(selectionOf(first, past, QColor(0xff, 0xc9, 0x4d)));
    m_text->setExtraSelections(selections);

    // Put the paragraph near the top, not at the bottom edge where ensureCursorVisible leaves it.
    QTextCursor at(m_text->document());
    at.setPosition(start);
    m_text->setTextCursor(at);
    const int y = m_text->cursorRect(at).top() + m_text->verticalScrollBar()->value();
    m_text->verticalScrollBar()->setValue(qMax(0, y - m_text->viewport()->height() / 4));
}

std::pair<int, int> DocumentViewer::shown(qsizetype from, qsizetype to) const
{
    if (m_markdown.isEmpty()) // plain text: QTextDocument's positions equal document.text offsets
        return {int(from), int(to)};
    return m_markdown.span(from, to);
}

QString DocumentViewer::highlightedText() const
{
    const auto selections = m_text->extraSelections();
    if (selections.isEmpty())
        return {};
    // QTextCursor uses U+2029 between blocks; give callers the document's own line breaks.
    return selections.first().cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n');
}

QString DocumentViewer::quotedText() const
{
    const auto selections = m_text->extraSelections();
    QStringList out;
    for (qsizetype i = 1; i < selections.size(); ++i)
        out.append(selections.at(i).cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n'));
    return out.join(u'\n');
}

QString DocumentViewer::locationText() const
{
    return m_location->text();
}

void DocumentViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DocumentViewer::retranslate()
{
    if (m_document.info.id == 0) {
        m_location->setText(tr("Select a document, or click a citation [n] in an answer to see its source paragraph."));
        return;
    }
    QStringList parts{m_document.info.candidateName, m_document.info.fileName};
    for (const Chunk &c : m_chunks) {
        if (c.id != m_focus || m_focus == 0)
            continue;
        if (c.page > 0)
            parts << tr("page %1").arg(c.page);
        if (!c.headingPath.isEmpty())
            parts << c.headingPath.join(QStringLiteral(" › "));
    }
    parts.removeAll(QString());
    m_location->setText(QStringLiteral("<b>%1</b>").arg(parts.join(QStringLiteral(" · ")).toHtmlEscaped()));
}

} // namespace Protostar
