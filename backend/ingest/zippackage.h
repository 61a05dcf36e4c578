// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <functional>

namespace Protostar {

// The XML parts of a zip-based office file (DOCX, HWPX), read fully into memory with QuaZip.
// A plain value; load() is thread-safe.
class ZipPackage
{
public:
    // The zip bomb guard, checked on the sizes the zip declares before anything is inflated (an entry is
    // never read past its declared size, and one that unpacks to another size is refused as damaged):
    //  - all wanted entries together unpack to at most kMaxUnpackedBytes, or the caller's smaller bound.
    //    They are held in memory and parsed as a whole (reading a DOCX whose document.xml is 50 MB of text
    //    peaked at 482 MB resident, docs/TESTING.md). 128 MB is a judgement, not a measurement: room for a
    //    very long document's text and markup, a quarter of the old bound (10x the file-size limit, 500 MB
    //    by default), whose memory use was never measured.
    //  - an entry unpacking to more than kRatioFreeBytes is at most kMaxRatio times its compressed size.
    //    Deflate reaches about 1000:1 on repeated bytes, which is what a bomb is made of; Apache POI refuses
    //    100:1 in OOXML and reports false alarms on real spreadsheets there, so text documents get 200:1.
    static constexpr qint64 kMaxUnpackedBytes = 128ll * 1024 * 1024;
    static constexpr qint64 kMaxRatio = 200;
    static constexpr qint64 kRatioFreeBytes = 1024 * 1024;

    // Reads every entry for which `wanted` is true. Fails with CorruptDocument when the zip or a wanted
    // entry is damaged, EncryptedDocument when a wanted entry is encrypted, TooLarge when the wanted
    // entries break a bound above. `kind` names the format in messages.
    static Result<ZipPackage> load(const QString &path, const QString &kind,
                                   const std::function<bool(const QString &)> &wanted, qint64 maxUnpackedBytes);

    const QStringList &entries() const { return m_entries; }
    bool contains(const QString &name) const { return m_parts.contains(name); }
    QByteArray part(const QString &name) const { return m_parts.value(name); }

private:
    QStringList m_entries;
    QHash<QString, QByteArray> m_parts;
};

} // namespace Protostar
