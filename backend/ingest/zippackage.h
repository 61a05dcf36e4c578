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
    // Reads every entry for which `wanted` is true. Fails with CorruptDocument when the zip or a wanted
    // entry is damaged, EncryptedDocument when a wanted entry is encrypted, TooLarge when the wanted
    // entries unpack to more than `maxUnpackedBytes` (a zip bomb guard). `kind` names the format in messages.
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
