// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

#include <functional>

namespace Protostar {

struct ChunkerOptions {
    // Neighbouring small paragraphs under one heading merge while the chunk stays within this many characters.
    int mergeBudget = 700;
    // A paragraph longer than this is split on sentence boundaries into pieces of at most mergeBudget.
    int splitThreshold = 1000;
};

// Turns a ParsedDocument into paragraph chunks that carry their heading path, page and [start, end)
// offsets into ParsedDocument::text; Chunk::text is exactly that slice. Headings (markdown, numbered,
// bracketed, ■-marked, short title lines, reader Heading blocks) never appear in a chunk's text, only in
// its headingPath; list items and table rows stay under their heading. Plain and stateless: thread-safe.
class ParagraphChunker
{
public:
    explicit ParagraphChunker(ChunkerOptions options = {});

    QList<Chunk> chunk(const ParsedDocument &document) const;

private:
    // Splits [start, end) of `text` on sentence boundaries into pieces of at most mergeBudget characters.
    void splitLong(const QString &text, qsizetype start, qsizetype end,
                   const std::function<void(qsizetype, qsizetype)> &emit) const;

    ChunkerOptions m_options;
};

} // namespace Protostar
