// SPDX-License-Identifier: MIT
#include "ingest/blockassembler.h"

#include <QRegularExpression>

namespace Protostar {

int BlockAssembler::headingLevelForStyleName(const QString &name, bool *isTitle)
{
    static const QRegularExpression numbered(QStringLiteral("^(?:heading|제목|개요|outline)(\\d{1,2})$"));
    QString key = name.toLower();
    key.remove(u' ');
    if (isTitle)
        *isTitle = false;
    if (key == u"title" || key == u"제목") {
        if (isTitle)
            *isTitle = true;
        return 1;
    }
    const QRegularExpressionMatch m = numbered.match(key);
    return m.hasMatch() ? qBound(1, m.captured(1).toInt(), 9) : 0;
}

void BlockAssembler::appendText(const QString &text)
{
    if (!m_paragraphs.isEmpty())
        m_paragraphs.last().text += text;
    else if (m_tableDepth > 0)
        m_cell += text;
}

void BlockAssembler::endParagraph()
{
    if (m_paragraphs.isEmpty())
        return;
    Paragraph p = m_paragraphs.takeLast();
    if (m_tableDepth > 0 && m_paragraphs.size() >= m_paragraphsOutsideTable) {
        const QString text = p.text.simplified();
        if (!text.isEmpty())
            m_cell += (m_cell.isEmpty() ? QString() : QStringLiteral(" ")) + text;
        return;
    }
    flush(std::move(p));
}

void BlockAssembler::flush(Paragraph p)
{
    if (p.isTitle)
        m_builder.setTitle(p.text);
    m_builder.add(p.kind, p.text, p.level);
}

void BlockAssembler::beginTable()
{
    if (m_tableDepth++ > 0)
        return;
    // HWPX puts a table inside a paragraph: what that paragraph said so far comes before the table.
    for (Paragraph &open : m_paragraphs) {
        if (!open.text.simplified().isEmpty()) {
            flush(open);
            open.text.clear();
        }
    }
    m_paragraphsOutsideTable = m_paragraphs.size();
    m_cells.clear();
    m_cell.clear();
}

void BlockAssembler::beginRow()
{
    if (m_tableDepth == 1)
        m_cells.clear();
}

void BlockAssembler::beginCell()
{
    if (m_tableDepth == 1)
        m_cell.clear();
}

void BlockAssembler::endCell()
{
    if (m_tableDepth == 1) {
        m_cells.append(m_cell.simplified());
        m_cell.clear();
    }
}

void BlockAssembler::endRow()
{
    if (m_tableDepth != 1)
        return;
    bool any = false;
    for (const QString &c : std::as_const(m_cells))
        any = any || !c.isEmpty();
    if (any)
        m_builder.add(TextBlock::Kind::TableRow, m_cells.join(QStringLiteral(" | ")));
    m_cells.clear();
}

void BlockAssembler::endTable()
{
    if (m_tableDepth > 0)
        --m_tableDepth;
}

bool BlockAssembler::tableElement(QStringView localName, bool start)
{
    if (localName == u"tbl")
        start ? beginTable() : endTable();
    else if (localName == u"tr")
        start ? beginRow() : endRow();
    else if (localName == u"tc")
        start ? beginCell() : endCell();
    else
        return false;
    return true;
}

} // namespace Protostar
