// SPDX-License-Identifier: MIT
#include "ingest/zippackage.h"

#include "core/tr.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <algorithm>

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
    const qint64 maxUnpacked = std::clamp<qint64>(maxUnpackedBytes, 0, kMaxUnpackedBytes);
    qint64 unpacked = 0;
    const QList<QuaZipFileInfo64> infos = zip.getFileInfoList64();
    if (zip.getZipError() != UNZ_OK)
        return corrupt(QStringLiteral("cannot list entries: zip error %1").arg(zip.getZipError()));
    QList<QuaZipFileInfo64> wantedInfos; // all checked against the bounds before any is inflated
    for (const QuaZipFileInfo64 &info : infos) {
        package.m_entries.append(info.name);
        if (!wanted(info.name))
            continue;
        if (info.flags & 1) // general purpose bit 0: the entry is encrypted
            return makeError(ErrorCode::EncryptedDocument,
                             Tr::tr("%1 is password-protected; save an unprotected copy and import that.").arg(path),
                             info.name);
        // Declared sizes are 64-bit and untrusted: compare before adding, so no sum can overflow.
        const quint64 size = info.uncompressedSize;
        if (size > quint64(maxUnpacked - unpacked))
            return makeError(ErrorCode::TooLarge,
                             Tr::tr("%1 unpacks to more than %2 MB of text; split it into smaller files.")
                                 .arg(path)
                                 .arg(maxUnpacked / (1024 * 1024)),
                             info.name);
        unpacked += qint64(size);
        if (qint64(size) > kRatioFreeBytes && qint64(size) / kMaxRatio > qint64(info.compressedSize))
            return makeError(ErrorCode::TooLarge,
                             Tr::tr("%1 looks like a zip bomb: its %2 unpacks to more than %3 times its packed "
                                    "size. If it is a real document, copy its text into a new file and import that.")
                                 .arg(path, info.name)
                                 .arg(kMaxRatio),
                             QStringLiteral("%1 bytes from %2").arg(size).arg(info.compressedSize));
        wantedInfos.append(info);
    }
    for (const QuaZipFileInfo64 &info : std::as_const(wantedInfos)) {
        const qint64 size = qint64(info.uncompressedSize); // within the bounds, so it fits
        if (!zip.setCurrentFile(info.name))
            return corrupt(QStringLiteral("cannot find entry %1").arg(info.name));
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return corrupt(QStringLiteral("cannot open entry %1: zip error %2").arg(info.name).arg(file.getZipError()));
        QByteArray bytes = file.read(size + 1); // one byte more shows an entry longer than declared
        file.close(); // checks the CRC
        if (file.getZipError() != UNZ_OK || bytes.size() != size)
            return corrupt(QStringLiteral("damaged entry %1: zip error %2").arg(info.name).arg(file.getZipError()));
        package.m_parts.insert(info.name, std::move(bytes));
    }
    return package;
}

} // namespace Protostar
