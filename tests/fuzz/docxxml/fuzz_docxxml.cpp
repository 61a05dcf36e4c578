// SPDX-License-Identifier: MIT
// libFuzzer target, structure-aware: the input is the XML parts of a .docx (split at NUL NUL, see
// Fuzz::writeZipInput), zipped and read with DocumentReader, then chunked. Reaches the XML handling of
// the reader and the BlockAssembler, which mutated zips rarely get past the CRC check to.
#include "fuzzcommon.h"
#include "ingest/documentreader.h"
#include "ingest/paragraphchunker.h"

using namespace Protostar;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::writeZipInput(data, size, {QStringLiteral("word/document.xml"), QStringLiteral("word/styles.xml")}, QStringLiteral("docx"));
    ReadOptions options;
    options.maxBytes = 2ll * 1024 * 1024;
    const auto parsed = DocumentReader::read(path, options);
    Fuzz::checkParsed(parsed);
    if (parsed.ok()) {
        for (const Chunk &c : ParagraphChunker().chunk(*parsed)) {
            if (c.startOffset < 0 || c.endOffset < c.startOffset || c.endOffset > parsed->text.size())
                Fuzz::fail("chunk offsets out of range");
        }
    }
    return 0;
}
