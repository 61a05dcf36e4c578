// SPDX-License-Identifier: MIT
#include "ingest/documentbuilder.h"

#include "core/tr.h"

namespace Protostar {

namespace {
constexpr int kTitleMaxChars = 200;
// PDF fonts write "ﬁ", "ﬂ" as one ligature glyph, and the extracted text keeps it: "Certiﬁcations" would
// never match a question's "certification". NFC keeps ligatures; only these presentation forms are expanded.
QString expandLigatures(QString text)
{
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0xFB00 && c <= 0xFB06)
            text.replace(i, 1, QString(QChar(c)).normalized(QString::NormalizationForm_KC));
    }
    return text;
}

} // namespace

DocumentBuilder::DocumentBuilder(QString format)
{
    m_doc.format = std::move(format);
}

void DocumentBuilder::add(TextBlock::Kind kind, const QString &text, int level, int page)
{
    const QString clean = expandLigatures(text.normalized(QString::NormalizationForm_C)).simplified();
    if (clean.isEmpty()) {
        m_breakPending = m_breakPending || m_lineMode;
        return;
    }
    if (!m_doc.blocks.isEmpty()) {
        const TextBlock::Kind prev = m_doc.blocks.constLast().kind;
        const bool sameRun = (kind == TextBlock::Kind::ListItem || kind == TextBlock::Kind::TableRow) && kind == prev;
        if (m_lineMode && m_apartPending)
            m_doc.text += m_breakPending ? QStringLiteral("\n\n\n") : QStringLiteral("\n\n");
        else
            m_doc.text += (m_lineMode ? !m_breakPending : sameRun) ? QStringLiteral("\n") : QStringLiteral("\n\n");
    }
    m_breakPending = false;
    m_apartPending = false;
    TextBlock block;
    block.kind = kind;
    block.level = kind == TextBlock::Kind::Heading ? qMax(1, level) : 0;
    block.text = clean;
    block.page = page;
    block.offset = m_doc.text.size();
    m_doc.text += clean;
    m_doc.blocks.append(block);
}

void DocumentBuilder::setTitle(const QString &title)
{
    if (m_explicitTitle.isEmpty())
        m_explicitTitle = cleanTitle(title);
}

QString DocumentBuilder::cleanTitle(QString title)
{
    title = title.normalized(QString::NormalizationForm_C).simplified();
    if (title.size() > kTitleMaxChars)
        title = title.left(kTitleMaxChars).trimmed();
    return title;
}

Result<ParsedDocument> DocumentBuilder::finish(const QString &path)
{
    if (m_doc.blocks.isEmpty())
        return makeError(ErrorCode::EmptyDocument, Tr::tr("%1 contains no text to import.").arg(path));
    m_doc.title = m_explicitTitle;
    for (qsizetype i = 0; m_doc.title.isEmpty() && i < m_doc.blocks.size(); ++i) {
        if (m_doc.blocks[i].kind != TextBlock::Kind::TableRow)
            m_doc.title = cleanTitle(m_doc.blocks[i].text);
    }
    return std::move(m_doc);
}

} // namespace Protostar
