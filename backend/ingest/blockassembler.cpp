// SPDX-License-Identifier: MIT
#include "ingest/blockassembler.h"

#include <QRegularExpression>

namespace Protostar {

namespace {
// Grid positions from a damaged file are bounded, so a bogus "colSpan=2147483647" cannot overflow a sum.
constexpr int kMaxColumns = 1000;
} // namespace

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
    m_table = FormTable();
    m_cells.clear();
    m_cell.clear();
}

void BlockAssembler::beginRow()
{
    if (m_tableDepth == 1) {
        m_cells.clear();
        m_rowStart = 0;
    }
}

void BlockAssembler::beginCell()
{
    if (m_tableDepth == 1) {
        m_cell.clear();
        m_cellColumn = -1;
        m_cellSpan = 1;
    }
}

void BlockAssembler::setCellColumn(int column)
{
    if (m_tableDepth == 1 && column >= 0 && column < kMaxColumns)
        m_cellColumn = column;
}

void BlockAssembler::setCellSpan(int span)
{
    if (m_tableDepth == 1 && span >= 1 && span < kMaxColumns)
        m_cellSpan = span;
}

void BlockAssembler::skipColumns(int columns)
{
    if (m_tableDepth == 1 && m_cells.isEmpty() && columns > 0 && columns < kMaxColumns)
        m_rowStart = columns;
}

void BlockAssembler::endCell()
{
    if (m_tableDepth == 1) {
        int column = m_cellColumn;
        if (column < 0 && m_cells.isEmpty() && m_rowStart > 0)
            column = m_rowStart;
        m_cells.append(FormTable::Cell{m_cell.simplified(), column, m_cellSpan});
        m_cell.clear();
    }
}

void BlockAssembler::endRow()
{
    if (m_tableDepth != 1)
        return;
    m_table.addRow(std::move(m_cells));
    m_cells.clear();
}

void BlockAssembler::endTable()
{
    if (m_tableDepth == 0 || --m_tableDepth > 0)
        return;
    for (const FormTable::Line &line : m_table.lines())
        m_builder.add(line.kind, line.text);
    m_table = FormTable();
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
