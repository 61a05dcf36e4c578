// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "core/result.h"

namespace Protostar {

// Reads a .hwpx (Hancom OWPML) file: Contents/section*.xml paragraphs (hp:p/hp:t) and tables, with
// heading levels from Contents/header.xml ("개요 N"/"Outline N" styles, outline paragraph headings)
// and list items from numbered/bulleted paragraph shapes. Thread-safe, stateless.
class HwpxReader
{
public:
    static Result<ParsedDocument> read(const QString &path, qint64 maxUnpackedBytes);
};

} // namespace Protostar
