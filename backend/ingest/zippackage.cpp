// SPDX-License-Identifier: MIT
#include "ingest/zippackage.h"

#include "core/tr.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace Protostar {

Result<ZipPackage> ZipPackage::load(const QString &path, const QString &kind,
                                    const std::function<bool(const QString &)> &wanted, qint64 maxUnpackedBytes)
{
    const auto corrupt = [&](const QString &detail) {
        return makeError(ErrorCode::CorruptDocument,
                         Tr::tr("%1 is not a readable %2 file (it may be damaged or truncated); "
                                "open and save it again in its editor.")
                             .arg(path, kind),
                         detail);
    };
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return corrupt(QStringLiteral("zip error %1").arg(zip.getZipError()));

    ZipPackage package;
    qint64 unpacked = 0;
    const QList<QuaZipFileInfo64> infos = zip.getFileInfoList64();
    if (zip.getZipError() != UNZ_OK)
        return corrupt(QStringLiteral("cannot list entries: zip error %1").arg(zip.getZipError()));
    for (const QuaZipFileInfo64 &info : infos) {
        package.m_entries.append(info.name);
        if (!wanted(info.name))
            continue;
        if (info.flags & 1) // general purpose bit 0: the entry is encrypted
            return makeError(ErrorCode::EncryptedDocument,
                             Tr::tr("%1 is password-protected; save an unprotected copy and import that.").arg(path),
                             info.name);
        unpacked += qint64(info.uncompressedSize);
        if (unpacked > maxUnpackedBytes)
            return makeError(ErrorCode::TooLarge,
                             Tr::tr("%1 unpacks to more than %2 MB of text; split it into smaller files.")
                                 .arg(path)
                                 .arg(maxUnpackedBytes / (1024 * 1024)),
                             info.name);
        if (!zip.setCurrentFile(info.name))
            return corrupt(QStringLiteral("cannot find entry %1").arg(info.name));
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return corrupt(QStringLiteral("cannot open entry %1: zip error %2").arg(info.name).arg(file.getZipError()));
        QByteArray bytes = file.readAll();
        file.close(); // checks the CRC
        if (file.getZipError() != UNZ_OK || bytes.size() != qint64(info.uncompressedSize))
            return corrupt(QStringLiteral("damaged entry %1: zip error %2").arg(info.name).arg(file.getZipError()));
        package.m_parts.insert(info.name, std::move(bytes));
    }
    return package;
}

} // namespace Protostar
