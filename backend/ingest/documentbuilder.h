// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "core/result.h"

namespace Protostar {

// Collects a reader's blocks into a ParsedDocument: joins them into `text`, records offsets, picks a title.
// A plain value used by one reader on one thread.
class DocumentBuilder
{
public:
    explicit DocumentBuilder(QString format);

    // Adds one block; its text is NFC-normalised, Latin ligatures (ﬁ, ﬂ) spelled out and its whitespace
    // collapsed; empty blocks are dropped.
    // In the joined text a block follows the previous one after a blank line, except that a list item
    // after a list item, a table row after a table row and (with setLineMode) lines of one paragraph
    // follow after a single line break.
    void add(TextBlock::Kind kind, const QString &text, int level = 0, int page = 0);
    // Line mode (PDF): every block is a line; paragraphBreak() starts a new paragraph.
    void setLineMode(bool lineMode) { m_lineMode = lineMode; }
    void paragraphBreak() { m_breakPending = true; }
    // Line mode: the next line is a sentence of its own (a PDF's contact line, or the line after it) yet stays in its
    // paragraph: it follows after a blank line, which ends a sentence, and a paragraph break next to it is written as
    // two blank lines, which the chunker tells apart from the one that only sets the line apart.
    void lineApart() { m_apartPending = true; }
    // A title given by the document itself (DOCX "Title" style); otherwise the first block that is not
    // a table row (a résumé's first line is usually the person's name or the document's title).
    void setTitle(const QString &title);
    void setPageCount(int pages) { m_doc.pageCount = pages; }

    bool isEmpty() const { return m_doc.blocks.isEmpty(); }
    // Fails with EmptyDocument (naming `path`) when no block has text.
    Result<ParsedDocument> finish(const QString &path);

    static QString cleanTitle(QString title);

private:
    ParsedDocument m_doc;
    QString m_explicitTitle;
    bool m_lineMode = false;
    bool m_breakPending = false;
    bool m_apartPending = false;
};

} // namespace Protostar
