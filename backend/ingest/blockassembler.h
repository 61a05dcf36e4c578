// SPDX-License-Identifier: MIT
#pragma once

#include "ingest/documentbuilder.h"
#include "ingest/formtable.h"

#include <QList>
#include <QStringList>

namespace Protostar {

// Turns the paragraph and table events of a word-processor XML stream (DOCX, HWPX) into blocks.
// Paragraphs may nest (text boxes, HWPX tables inside a paragraph); a table is read as a form (FormTable:
// label/value rows as "label: value" lines, value rows labelled by their header row, a section name across
// the table as a paragraph), and tables inside a cell are flattened into that cell. Used by one reader on
// one thread.
class BlockAssembler
{
public:
    struct Paragraph {
        TextBlock::Kind kind = TextBlock::Kind::Paragraph;
        int level = 0;
        bool isTitle = false;
        QString text;
    };

    explicit BlockAssembler(DocumentBuilder &builder) : m_builder(builder) { }

    // Heading level a style name stands for: "heading 1", "Heading1", "제목 1", "개요 1", "Outline 1"
    // give 1; "Title" and Korean Word's "제목" give 1 and set *isTitle. 0 for any other name.
    static int headingLevelForStyleName(const QString &name, bool *isTitle = nullptr);

    void beginParagraph() { m_paragraphs.append(Paragraph{}); }
    // The innermost open paragraph, to set its kind once its properties are known; null outside one.
    Paragraph *current() { return m_paragraphs.isEmpty() ? nullptr : &m_paragraphs.last(); }
    void appendText(const QString &text);
    void endParagraph();

    void beginTable();
    void beginRow();
    void beginCell();
    void endCell();
    void endRow();
    void endTable();
    // Where the current cell of the outermost table sits in the table's grid, when the format says so:
    // HWPX hp:cellAddr/hp:cellSpan, DOCX w:gridSpan; DOCX w:gridBefore leaves columns empty at a row's start.
    void setCellColumn(int column);
    void setCellSpan(int span);
    void skipColumns(int columns);
    // DOCX (w:tbl/w:tr/w:tc) and HWPX (hp:tbl/hp:tr/hp:tc) share these local names: begins or ends the
    // table, row or cell named by `localName` and returns true, or returns false for any other element.
    bool tableElement(QStringView localName, bool start);

private:
    void flush(Paragraph paragraph);

    DocumentBuilder &m_builder;
    QList<Paragraph> m_paragraphs;
    int m_tableDepth = 0;
    FormTable m_table;
    QList<FormTable::Cell> m_cells;
    QString m_cell;
    int m_cellColumn = -1;
    int m_cellSpan = 1;
    int m_rowStart = 0;
    // How many paragraphs were open when the outermost table began: deeper ones belong to its cells.
    qsizetype m_paragraphsOutsideTable = 0;
};

} // namespace Protostar
