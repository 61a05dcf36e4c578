// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "core/result.h"

namespace Protostar {

struct ReadOptions {
    qint64 maxBytes = 50ll * 1024 * 1024; // larger files are refused with ErrorCode::TooLarge
};

// Turns one file into a ParsedDocument (NFC text, CRLF/CR -> LF, blocks with offsets and pages).
// Block contract, so the chunker can rely on it:
//  - plain text (.txt, .md): one block per non-empty line, kind Paragraph (the chunker recognises
//    headings, list items and table rows in text); a blank line between two blocks is a paragraph break.
//  - .docx, .hwpx: one block per paragraph; kind Heading with level from the paragraph style,
//    ListItem for numbered/bulleted paragraphs; a table is read as a form (FormTable): TableRow blocks of
//    "label: value" lines, of rows labelled by their header row, or of cells joined by " | ", and a
//    Paragraph for a section name written across the table.
//  - .pdf: one block per text line with its 1-based page; a blank line in `text` separates paragraphs.
// Every error is a value with a message naming the file and what is wrong: Io (missing, a folder,
// unreadable), UnsupportedFormat, TooLarge (checked before reading), EmptyDocument (also a PDF without
// extractable text), BinaryContent, CorruptDocument, EncryptedDocument. Thread-safe (no shared state).
class DocumentReader
{
public:
    static Result<ParsedDocument> read(const QString &path, const ReadOptions &options = {});
    // Lower-case suffixes without the dot: txt, md, markdown, pdf, docx, hwpx.
    static QStringList supportedSuffixes();
    static bool isSupported(const QString &path);
    // The DocumentInfo::format for a path ("md" for .markdown), empty when unsupported.
    static QString formatOf(const QString &path);
};

} // namespace Protostar
