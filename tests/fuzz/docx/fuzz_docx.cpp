// SPDX-License-Identifier: MIT
// libFuzzer target: DocumentReader::read on a .docx file made of the fuzz input, then the chunker on the result.
// The size limit is lowered to 2 MB (20 MB unpacked) so that one run stays fast; the hostile-files test
// covers the default limits.
#include "fuzzcommon.h"
#include "ingest/documentreader.h"
#include "ingest/paragraphchunker.h"

using namespace Protostar;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::writeInput(data, size, QStringLiteral("docx"));
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
